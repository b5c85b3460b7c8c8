package vn.nq57.reporting.submission;

import java.text.Normalizer;

/**
 * One value as received, still text (null when left empty), with where it came from. Text
 * is normalised to Unicode NFC on the way in, so "Đạt" typed with combining accents (as
 * some keyboards and macOS file names produce) matches the catalog's "Đạt".
 */
public record RawField(String text, Location location) {

	public RawField {
		if (text != null) {
			text = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
			if (text.isEmpty()) {
				text = null;
			}
		}
	}

	public boolean isBlank() {
		return this.text == null;
	}

}

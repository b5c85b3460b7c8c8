package vn.nq57.reporting.submission;

/** One value as received, still text (null when left empty), with where it came from. */
public record RawField(String text, Location location) {

	public RawField {
		if (text != null) {
			text = text.strip();
			if (text.isEmpty()) {
				text = null;
			}
		}
	}

	public boolean isBlank() {
		return this.text == null;
	}

}

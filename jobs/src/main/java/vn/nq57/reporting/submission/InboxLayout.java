package vn.nq57.reporting.submission;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The inbox's folders: one per unit, {@code <inbox>/<PLAN>/<UNIT>/}, into which that unit
 * (and only it) drops its filled forms; the folder says whose a form is. Beside the forms
 * the pull keeps {@code processed/}, {@code rejected/} and {@code failed/} for that unit.
 * A form anywhere else (the top of the inbox, a plan's folder) belongs to no unit.
 */
final class InboxLayout {

	static final String PROCESSED = "processed";

	static final String REJECTED = "rejected";

	static final String FAILED = "failed";

	/** Forms found outside any unit's folder, set aside unread. */
	static final String UNSORTED = "unsorted";

	/**
	 * Names at the top of the inbox that are not plans (the last two from the old flat
	 * layout too).
	 */
	private static final Set<String> NOT_PLANS = Set.of(UNSORTED, PROCESSED, REJECTED, FAILED);

	private static final LinkOption[] NO_FOLLOW = { LinkOption.NOFOLLOW_LINKS };

	private InboxLayout() {
	}

	/** One unit's folder; codes as the folder names them (in NFC). */
	record UnitFolder(String planCode, String unitCode, Path path) {

		String label() {
			return this.planCode + "/" + this.unitCode;
		}

	}

	/** What the inbox holds: the units' folders, and forms outside them. */
	record Contents(List<UnitFolder> units, List<Path> misplaced) {
	}

	static Contents walk(Path inbox) throws IOException {
		List<UnitFolder> units = new ArrayList<>();
		List<Path> misplaced = new ArrayList<>();
		for (Path plan : entries(inbox)) {
			String planName = plan.getFileName().toString();
			if (planName.startsWith(".") || NOT_PLANS.contains(planName)) {
				continue;
			}
			if (!isFolder(plan)) {
				if (isForm(plan)) {
					misplaced.add(plan);
				}
				continue;
			}
			for (Path unit : entries(plan)) {
				String unitName = unit.getFileName().toString();
				if (unitName.startsWith(".")) {
					continue;
				}
				if (isFolder(unit)) {
					units.add(new UnitFolder(nfc(planName), nfc(unitName), unit));
				}
				else if (isForm(unit)) {
					misplaced.add(unit);
				}
			}
		}
		return new Contents(units, misplaced);
	}

	/** The forms dropped in a unit's folder, whatever kind of entry each is. */
	static List<Path> forms(Path unitFolder) throws IOException {
		return entries(unitFolder).stream().filter(InboxLayout::isForm).toList();
	}

	static Path unitFolder(Path inbox, String planCode, String unitCode) {
		return inbox.resolve(planCode).resolve(unitCode);
	}

	/**
	 * A form by its name (any kind of entry: what it really is gets checked before it is
	 * read). Uploads in progress under another name (.part) are left alone.
	 */
	static boolean isForm(Path entry) {
		return entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
	}

	private static boolean isFolder(Path entry) throws IOException {
		return Files.readAttributes(entry, BasicFileAttributes.class, NO_FOLLOW).isDirectory();
	}

	private static List<Path> entries(Path folder) throws IOException {
		List<Path> entries = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
			stream.forEach(entries::add);
		}
		entries.sort(null);
		return entries;
	}

	private static String nfc(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC);
	}

}

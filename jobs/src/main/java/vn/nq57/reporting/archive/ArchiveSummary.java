package vn.nq57.reporting.archive;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What {@code archive verify} counted. */
public final class ArchiveSummary {

	private final Map<FileCheck.Outcome, Integer> counts = new EnumMap<>(FileCheck.Outcome.class);

	private int versions;

	private int setAside;

	private long bytesRead;

	void add(FileCheck check) {
		this.counts.merge(check.outcome(), 1, Integer::sum);
		if (check.actualSize() != null && check.actualSha256() != null) {
			this.bytesRead += check.actualSize();
		}
	}

	void versionChecked() {
		this.versions++;
	}

	void setAsideFolder() {
		this.setAside++;
	}

	public int count(FileCheck.Outcome outcome) {
		return this.counts.getOrDefault(outcome, 0);
	}

	public Map<FileCheck.Outcome, Integer> counts() {
		return Collections.unmodifiableMap(this.counts);
	}

	/** Files that failed the check: missing, changed, unreadable or extra. */
	public int failures() {
		return this.counts.entrySet().stream().filter(e -> e.getKey().failure()).mapToInt(Map.Entry::getValue).sum();
	}

	public int files() {
		return this.counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** Recorded report versions whose files were checked. */
	public int versions() {
		return this.versions;
	}

	/**
	 * Folders moved aside by the archive ({@code v<n>.chua-ghi-nhan-<time>}), not
	 * checked.
	 */
	public int setAside() {
		return this.setAside;
	}

	public long bytesRead() {
		return this.bytesRead;
	}

}

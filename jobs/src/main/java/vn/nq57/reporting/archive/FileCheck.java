package vn.nq57.reporting.archive;

import java.nio.file.Path;

/**
 * What {@code archive verify} found for one file: the report version it belongs to (when
 * known), where it is, and what was recorded beside what is there. A field is
 * {@code null} where it does not apply (nothing recorded for an extra file, nothing there
 * for a missing one). A province report's file has its {@code province} (and no plan; its
 * {@code runId} is the province report's), a commune report's has none.
 */
public record FileCheck(Outcome outcome, String planCode, String reportType, String periodCode, Integer version,
		Long runId, String kind, Path file, String recordedSha256, String actualSha256, Long recordedSize,
		Long actualSize, String problem, String province) {

	/** A commune report's file. */
	public FileCheck(Outcome outcome, String planCode, String reportType, String periodCode, Integer version,
			Long runId, String kind, Path file, String recordedSha256, String actualSha256, Long recordedSize,
			Long actualSize, String problem) {
		this(outcome, planCode, reportType, periodCode, version, runId, kind, file, recordedSha256, actualSha256,
				recordedSize, actualSize, problem, null);
	}

	public boolean provinceReport() {
		return this.province != null;
	}

	/** What a file's check came to, in the words an operator reads. */
	public enum Outcome {

		/** recorded, present, same size and SHA-256 */
		MATCHES("khớp", false),
		/** recorded but not in the archive */
		MISSING("thiếu tệp", true),
		/** recorded, present, with another size or SHA-256 */
		CHANGED("nội dung khác bản ghi", true),
		/** recorded, present, but cannot be read */
		UNREADABLE("không đọc được", true),
		/** in a sealed folder of a recorded version, but not recorded */
		EXTRA("tệp lạ trong thư mục đã niêm phong", true),
		/**
		 * a sealed folder the database records no version for: left by a run stopped
		 * between writing its manifest and committing, or archived after the database
		 * backup was taken; the next run of that version moves it aside
		 */
		UNRECORDED_VERSION("phiên bản chưa được ghi nhận", false);

		private final String label;

		private final boolean failure;

		Outcome(String label, boolean failure) {
			this.label = label;
			this.failure = failure;
		}

		public String label() {
			return this.label;
		}

		public boolean failure() {
			return this.failure;
		}

	}

}

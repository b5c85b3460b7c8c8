package vn.nq57.reporting.archive;

/**
 * A file of a report version as the database recorded it when the version was archived
 * (table {@code report_file}), with the run it belongs to.
 */
public record RecordedFile(long runId, String planCode, String reportType, String periodCode, int version, String kind,
		String path, String sha256, long sizeBytes) {

}

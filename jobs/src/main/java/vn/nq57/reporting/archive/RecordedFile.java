package vn.nq57.reporting.archive;

/**
 * A file of a report version as the database recorded it when the version was archived
 * (table {@code report_file}, or {@code province_report_file} for a province report: then
 * {@code province} is set, {@code planCode} is not and {@code runId} is the province
 * report's), with the run it belongs to.
 */
public record RecordedFile(long runId, String planCode, String reportType, String periodCode, int version, String kind,
		String path, String sha256, long sizeBytes, String province) {

}

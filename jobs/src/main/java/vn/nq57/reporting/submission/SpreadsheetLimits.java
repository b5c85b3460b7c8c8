package vn.nq57.reporting.submission;

/**
 * How large a received workbook may be: the file, each part once unzipped, and the rows
 * of a sheet. A form is tens of kilobytes and tens of rows; the limits leave room for
 * long notes, not for attacks.
 */
public record SpreadsheetLimits(long maxFileBytes, int maxRowsPerSheet, long maxPartBytes) {

	public static SpreadsheetLimits defaults() {
		return new SpreadsheetLimits(10L * 1024 * 1024, 2000, 20L * 1024 * 1024);
	}

}

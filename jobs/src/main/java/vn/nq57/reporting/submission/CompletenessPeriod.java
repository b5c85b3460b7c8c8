package vn.nq57.reporting.submission;

/**
 * The plan version and period whose expected submissions are counted (report type as
 * stored, MONTHLY).
 */
public record CompletenessPeriod(long planId, long planVersionId, String reportType, String periodCode) {
}

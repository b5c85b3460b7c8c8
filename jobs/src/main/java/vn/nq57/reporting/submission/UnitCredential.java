package vn.nq57.reporting.submission;

/** Who a valid API token speaks for: one unit of one plan. */
public record UnitCredential(long id, String planCode, String unitCode) {
}

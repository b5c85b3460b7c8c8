package vn.nq57.reporting.catalog;

/**
 * One kind of report a stored plan version owes (catalog {@code reporting:}).
 *
 * @param reportType monthly, quarterly, half-year, annual, ad-hoc, three-year-review,
 * five-year-review or periodic
 * @param dueFrom whose deadline {@code dueText} is: units or issuer, or null
 */
public record StoredReporting(String reportType, String recipient, String dueText, String dueFrom, String source) {
}

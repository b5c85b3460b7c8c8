package vn.nq57.reporting.catalog;

/**
 * One kind of report a stored plan version owes (catalog {@code reporting:}).
 *
 * @param reportType monthly, quarterly, half-year, annual, ad-hoc, three-year-review,
 * five-year-review or periodic
 * @param dueFrom whose deadline {@code dueText} is: units or issuer, or null
 */
public record StoredReporting(String reportType, String recipient, String dueText, String dueFrom, String source) {

	/** "Báo cáo năm", "Báo cáo sơ kết 3 năm", ... */
	public String label() {
		return switch (this.reportType) {
			case "monthly" -> "Báo cáo tháng";
			case "quarterly" -> "Báo cáo quý";
			case "half-year" -> "Báo cáo 6 tháng";
			case "annual" -> "Báo cáo năm";
			case "ad-hoc" -> "Báo cáo đột xuất";
			case "three-year-review" -> "Báo cáo sơ kết 3 năm";
			case "five-year-review" -> "Báo cáo tổng kết 5 năm";
			case "periodic" -> "Báo cáo định kỳ (kế hoạch không nêu kỳ)";
			default -> this.reportType;
		};
	}

}

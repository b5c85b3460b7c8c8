package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one report shows, in the order it shows it. The PDF, the JSON data file and the email
 * summary are all made from this one object, so they cannot disagree.
 */
public record ReportDocument(Header header, Completeness completeness, TaskSummary tasks,
		List<IndicatorLine> indicators, List<UnitLine> units, List<UnitText> difficulties, List<UnitText> proposals,
		List<UnitText> nextFocus, Signature signature, List<Long> submissionsUsed, Revision revision) {

	/**
	 * What a re-run changed: the version it replaces and every indicator whose figure or verdict differs
	 * from it (null for a first version).
	 */
	public record Revision(int replacesVersion, String replacedAt, List<Change> changes, String note) {
	}

	/** One corrected figure: the indicator, its old and new value and verdict. */
	public record Change(String code, String name, String oldValue, String newValue, String oldStatus,
			String newStatus) {
	}

	public record Header(String planCode, int planVersion, String planTitle, String reportType,
			String reportTypeName, String reportTitle, String periodCode, String periodLabel, String dataWindow, String deadline,
			int reportVersion, String generatedAt, String issuerParent, String issuerName, String issuerShort,
			String documentNumber,
			String placeAndDate, String summaryLine, String recipient, String estimateNote) {
	}

	public record Completeness(int expected, int submitted, int onTime, int late, int missing,
			BigDecimal sharePercent, String shareText) {
	}

	public record TaskSummary(int total, int done, int inProgress, int notStarted, int notReported, int overdue,
			List<TaskLine> overdueTasks) {
	}

	public record TaskLine(String code, String number, String name, String lead, String deadline, String status) {
	}

	public record IndicatorLine(String code, String group, String number, String name, String unit,
			Integer milestoneYear, String target, BigDecimal expectedValue, String expected, BigDecimal actualValue,
			String actual, BigDecimal ratioValue, String ratio, String status, String statusName, String onTrack,
			BigDecimal changeValue, String change) {
	}

	public record UnitLine(String code, String name, String receivedAt, String timeliness, String timelinessName) {
	}

	public record UnitText(String unit, String text) {
	}

	public record Signature(List<String> blockLines, String name, List<String> distribution) {
	}

}

package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one report shows, in the order it shows it. The PDF, the JSON data file and
 * the email summary are all made from this one object, so they cannot disagree.
 */
public record ReportDocument(Header header, Completeness completeness, TaskSummary tasks,
		List<IndicatorLine> indicators, List<UnitLine> units, List<UnitText> difficulties, List<UnitText> proposals,
		List<UnitText> nextFocus, Signature signature, List<Long> submissionsUsed, List<TaskGroupLine> taskGroups,
		List<IndicatorGroupLine> indicatorGroups, Comparison comparison, List<MilestoneLine> milestones,
		Revision revision) {

	/**
	 * What a re-run changed: the version it replaces and every indicator whose figure or
	 * verdict differs from it (null for a first version).
	 */
	public record Revision(int replacesVersion, String replacedAt, List<Change> changes, String note) {
	}

	/** One corrected figure: the indicator, its old and new value and verdict. */
	public record Change(String code, String name, String oldValue, String newValue, String oldStatus,
			String newStatus) {
	}

	public record Header(String planCode, int planVersion, String planTitle, String reportType, String reportTypeName,
			String reportTitle, String periodCode, String periodLabel, String dataWindow, String deadline,
			int reportVersion, String generatedAt, String issuerParent, String issuerName, String issuerShort,
			String documentNumber, String placeAndDate, String summaryLine, String recipient, String estimateNote) {
	}

	public record Completeness(int expected, int submitted, int onTime, int late, int missing, BigDecimal sharePercent,
			String shareText) {
	}

	/**
	 * @param overdue tasks past a deadline the plan prints, not finished
	 * @param withoutPrintedDeadline tasks whose deadline the plan does not print (read
	 * from the plan's period, or none at all): listed apart, neither overdue nor on time
	 */
	public record TaskSummary(int total, int done, int inProgress, int notStarted, int notReported, int overdue,
			List<TaskLine> overdueTasks, List<TaskLine> withoutPrintedDeadline) {

		public TaskSummary(int total, int done, int inProgress, int notStarted, int notReported, int overdue,
				List<TaskLine> overdueTasks) {
			this(total, done, inProgress, notStarted, notReported, overdue, overdueTasks, List.of());
		}

	}

	/**
	 * @param note what a reader must know about the task's deadline ("sớm hơn ngày ký Kế
	 * hoạch"), or null
	 */
	public record TaskLine(String code, String number, String name, String lead, String deadline, String status,
			String note) {

		public TaskLine(String code, String number, String name, String lead, String deadline, String status) {
			this(code, number, name, lead, deadline, status, null);
		}

	}

	/**
	 * @param name the indicator's wording at the milestone judged
	 * @param target the target judged with its year, or with what the plan prints instead
	 * ("thường xuyên", "kế hoạch không ghi mốc thời gian")
	 * @param note the catalog's note where the plan is unclear, or null
	 */
	public record IndicatorLine(String code, String group, String number, String name, String unit,
			Integer milestoneYear, String target, BigDecimal expectedValue, String expected, BigDecimal actualValue,
			String actual, BigDecimal ratioValue, String ratio, String status, String statusName, String onTrack,
			BigDecimal changeValue, String change, BigDecimal previousValue, String previous, BigDecimal numerator,
			BigDecimal denominator, String note) {

		public IndicatorLine(String code, String group, String number, String name, String unit, Integer milestoneYear,
				String target, BigDecimal expectedValue, String expected, BigDecimal actualValue, String actual,
				BigDecimal ratioValue, String ratio, String status, String statusName, String onTrack,
				BigDecimal changeValue, String change, BigDecimal previousValue, String previous, BigDecimal numerator,
				BigDecimal denominator) {
			this(code, group, number, name, unit, milestoneYear, target, expectedValue, expected, actualValue, actual,
					ratioValue, ratio, status, statusName, onTrack, changeValue, change, previousValue, previous,
					numerator, denominator, null);
		}

	}

	/**
	 * Task counts of one task group, as the engine's {@code TaskStatusSummary} gives
	 * them.
	 */
	public record TaskGroupLine(String group, int total, int done, int inProgress, int notStarted, int notReported,
			int overdue) {
	}

	/**
	 * How one indicator group fares: the chart of attainment by group is drawn from
	 * these.
	 */
	public record IndicatorGroupLine(String group, int total, int exceeded, int achieved, int notAchieved, int other,
			BigDecimal achievedSharePercent, String achievedShareText) {
	}

	/**
	 * The comparison with the previous period of the same type (quarterly, six-month and
	 * annual reports); each indicator's previous value and change are in
	 * {@link IndicatorLine}.
	 */
	public record Comparison(String previousPeriodCode, String previousPeriodLabel, int withPreviousValue,
			int increased, int decreased, int unchanged) {
	}

	/**
	 * The annual report's comparison with the plan's milestones: the year's own target
	 * and the next one.
	 */
	public record MilestoneLine(String code, String number, String name, String yearTarget, String actual,
			String statusName, String nextTarget) {
	}

	public record UnitLine(String code, String name, String receivedAt, String timeliness, String timelinessName) {
	}

	public record UnitText(String unit, String text) {
	}

	public record Signature(List<String> blockLines, String name, List<String> distribution) {
	}

}

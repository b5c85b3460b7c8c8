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
		Revision revision, Judging judging) {

	/**
	 * The same document as issued: its number from the register and the place and date of
	 * issue.
	 */
	public ReportDocument issued(String documentNumber, String placeAndDate) {
		Header h = this.header;
		Header issued = new Header(h.planCode(), h.planVersion(), h.planTitle(), h.reportType(), h.reportTypeName(),
				h.reportTitle(), h.periodCode(), h.periodLabel(), h.dataWindow(), h.deadline(), h.reportVersion(),
				h.generatedAt(), h.issuerParent(), h.issuerName(), h.issuerShort(), documentNumber, placeAndDate,
				h.summaryLine(), h.recipient(), h.estimateNote());
		return new ReportDocument(issued, this.completeness, this.tasks, this.indicators, this.units, this.difficulties,
				this.proposals, this.nextFocus, this.signature, this.submissionsUsed, this.taskGroups,
				this.indicatorGroups, this.comparison, this.milestones, this.revision, this.judging);
	}

	/**
	 * What the report's statuses judge: the roadmap toward the year's target (monthly,
	 * quarterly, six-month and ad hoc reports within the year) or the year (the annual
	 * report, and in a milestone year the milestone).
	 *
	 * @param judgement ROADMAP or YEAR
	 * @param name "lộ trình" or "năm"
	 * @param statusColumn the heading of the status column: "Đánh giá lộ trình", "Đánh
	 * giá năm"
	 * @param year the year whose target the figures are measured against
	 */
	public record Judging(String judgement, String name, String statusColumn, int year) {
	}

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
	 * One indicator, with the columns the PDF, the XLSX and the JSON all carry.
	 *
	 * @param name the indicator's wording at the milestone judged
	 * @param milestoneTarget the target of the milestone the year's target comes from or
	 * leads to, with its year or what the plan prints instead ("thường xuyên")
	 * @param yearTarget Chỉ tiêu năm: "≥ 60% (2026)", "≥ 80% (nội suy 2026–2030)"
	 * @param yearTargetSource how the year's target was found (MILESTONE, LINE, PER_YEAR,
	 * UNDATED, WORDS, NO_TARGET, AFTER_LAST, UNKNOWN), null for an old run
	 * @param expectedByPeriod Cần đạt đến kỳ này: on the roadmap at the end of the data
	 * window (interim), the year's target (annual)
	 * @param roadmapStart where the roadmap of an interim report starts (PLAN, RECORDED,
	 * ZERO_COUNT, TIME_SHARE, STANDING), else null
	 * @param actual Thực hiện
	 * @param countBasis what a count counts: "lũy kế từ đầu năm", "lũy kế từ đầu Kế
	 * hoạch", else null
	 * @param percentOfYearTarget Đạt % chỉ tiêu năm ("96,7%"), or where the figure stands
	 * in a range ("trong khoảng 45–50%"); null for ranks, indices, words
	 * @param judgement ROADMAP or YEAR (null for a run made before issue 15)
	 * @param judgementName what the status judges: "lộ trình", "năm", "năm và mốc 2026"
	 * @param statusName Đánh giá
	 * @param verdictBasis "so với lộ trình", "so với chỉ tiêu năm 2027", "so với mục tiêu
	 * đến năm 2026"; null for a status that judges nothing
	 * @param milestoneVerdict the figure against the milestone: "Vượt (mốc 2026)", "đạt
	 * 75,0% mục tiêu 2030"
	 * @param sameTimeLastYear Cùng kỳ năm trước
	 * @param selfAssessment the unit's own verdict on a qualitative target ("Đạt"), else
	 * null
	 * @param assessedBy who made it: the unit, and the person who sent its report
	 * @param evidenceUrl the evidence link the reporting unit sent
	 * @param published a published figure's source, date and period, else null
	 * @param aggregationNote from how many of the units asked a pooled or summed figure
	 * comes, else null
	 * @param note the catalog's note where the plan is unclear, or null
	 */
	public record IndicatorLine(String code, String group, String number, String name, String unit,
			Integer milestoneYear, String milestoneTarget, String yearTarget, BigDecimal yearTargetValue,
			String yearTargetSource, String expectedByPeriod, BigDecimal expectedByPeriodValue, String roadmapStart,
			String actual, BigDecimal actualValue, String countBasis, BigDecimal numerator, BigDecimal denominator,
			String percentOfYearTarget, BigDecimal percentOfYearTargetValue, String judgement, String judgementName,
			String status, String statusName, String verdictBasis, String milestoneVerdict, String onTrack,
			String previous, BigDecimal previousValue, String change, BigDecimal changeValue, String sameTimeLastYear,
			BigDecimal sameTimeLastYearValue, String changeSinceLastYear, BigDecimal changeSinceLastYearValue,
			String selfAssessment, String assessedBy, String evidenceUrl, String published, String aggregationNote,
			String note) {

	}

	/**
	 * Task counts of one task group, as the engine's {@code TaskStatusSummary} gives
	 * them.
	 */
	public record TaskGroupLine(String group, int total, int done, int inProgress, int notStarted, int notReported,
			int overdue) {
	}

	/**
	 * How one indicator group fares, counted by the statuses the report gives: the chart
	 * of results by group is drawn from these. An annual report counts Vượt, Đạt, Chưa
	 * đạt; an interim one Đã đạt chỉ tiêu năm, Đúng lộ trình, Chậm so với lộ trình.
	 *
	 * @param other no data, no target, words, no year's target or no roadmap
	 * @param achievedSharePercent the share of the group's indicators exceeded or
	 * achieved (annual), or with the year's target reached or on the roadmap (interim)
	 */
	public record IndicatorGroupLine(String group, int total, int exceeded, int achieved, int notAchieved,
			int yearTargetReached, int onRoadmap, int behindRoadmap, int other, BigDecimal achievedSharePercent,
			String achievedShareText) {
	}

	/**
	 * The comparison with the previous period of the same type and with the same period a
	 * year earlier (every report but an ad hoc one; in an annual report both are the year
	 * before, in a review the review before it); each indicator's earlier values and
	 * changes are in {@link IndicatorLine}.
	 *
	 * @param fromPlanStart a plan's first review: both earlier values are the figure at
	 * the plan's start (the first one recorded from the plan's year), labelled "khi bắt
	 * đầu thực hiện kế hoạch (năm 2025)"
	 */
	public record Comparison(String previousPeriodCode, String previousPeriodLabel, int withPreviousValue,
			int increased, int decreased, int unchanged, String yearAgoPeriodCode, String yearAgoPeriodLabel,
			int withYearAgoValue, int increasedSinceYearAgo, int decreasedSinceYearAgo, int unchangedSinceYearAgo,
			boolean fromPlanStart) {

		/** An annual report: the previous period is the same period a year earlier. */
		public boolean previousIsYearAgo() {
			return this.previousPeriodCode.equals(this.yearAgoPeriodCode);
		}

	}

	/**
	 * The annual report's comparison with the plan's milestones: the target of the
	 * milestone the year's target comes from or leads to, the year's figure against it
	 * (its verdict in a milestone year, else the progress toward it), and the next one.
	 */
	public record MilestoneLine(String code, String number, String name, String milestoneTarget, String actual,
			String milestoneVerdict, String nextTarget) {
	}

	public record UnitLine(String code, String name, String receivedAt, String timeliness, String timelinessName) {
	}

	public record UnitText(String unit, String text) {
	}

	public record Signature(List<String> blockLines, String name, List<String> distribution) {
	}

}

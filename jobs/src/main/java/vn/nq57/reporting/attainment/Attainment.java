package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one indicator stands in one period. Fields that have no meaning in a case are null
 * (no milestone, no figure, a qualitative target...).
 *
 * @param judgement what the headline status judges: the roadmap (interim reports) or the
 * year (annual reports)
 * @param milestoneYear the milestone the year's target comes from or leads to, or null
 * when the indicator has no targets or its target has no year
 * @param afterLastMilestone the period is past the last milestone, whose target is used
 * @param target that milestone's target, or null
 * @param yearTarget the year's target (chỉ tiêu năm) and how it was found
 * @param actual the period's figure, or null
 * @param ratio the figure against the year's target: actual ÷ target (higher is better)
 * or target ÷ actual (lower is better), 4 decimals; null for ranks and indices (a ratio
 * of ranks means nothing), ranges ({@code rangePosition} instead), words, no figure
 * @param rangePosition for a range: "trong khoảng 45–50%", else null
 * @param status the headline status
 * @param selfAssessment for a qualitative target, the responsible unit's own verdict, or
 * null
 * @param milestoneStatus in an annual report whose year's target is the milestone's own
 * (the milestone year, or past the last one): the verdict against the milestone; else
 * null
 * @param milestoneRatio the figure against the milestone's target (progress toward it),
 * where a ratio means something; else null
 * @param changeSincePrevious actual minus the previous period's figure, or null
 * @param changeSinceYearAgo actual minus the figure of the same period a year earlier, or
 * null
 * @param expectedByPeriod what the figure should be by the end of the period's data
 * window (cần đạt đến kỳ này): on the roadmap in an interim report, the year's target in
 * an annual one; null when unknown
 * @param roadmap the roadmap of an interim report, or null
 * @param onTrack whether the figure keeps to the roadmap (interim) or met the year's
 * target (annual)
 * @param horizon {@link TargetHorizon#MILESTONE}, or how the plan printed a target
 * without a year (then {@code milestoneYear} is null)
 * @param basis what the target's figure is (a level, a total, a per-year count), or null
 * without a target
 */
public record Attainment(String indicatorCode, Period period, Judgement judgement, Integer milestoneYear,
		boolean afterLastMilestone, Target target, YearTarget yearTarget, BigDecimal actual, BigDecimal ratio,
		String rangePosition, AttainmentStatus status, AttainmentStatus selfAssessment,
		AttainmentStatus milestoneStatus, BigDecimal milestoneRatio, BigDecimal changeSincePrevious,
		BigDecimal changeSinceYearAgo, BigDecimal expectedByPeriod, Roadmap roadmap, OnTrack onTrack,
		TargetHorizon horizon, CountBasis basis) {

	public Attainment {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(judgement, "judgement");
		Objects.requireNonNull(yearTarget, "yearTarget");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(onTrack, "onTrack");
		horizon = (horizon == null) ? TargetHorizon.MILESTONE : horizon;
		if (horizon != TargetHorizon.MILESTONE && milestoneYear != null) {
			throw new IllegalArgumentException("A target printed without a year has no milestone year");
		}
	}

	/**
	 * "Vượt", "Đúng lộ trình", or for a qualitative target "Đánh giá định tính: Đạt (đơn
	 * vị tự đánh giá)".
	 */
	public String statusText() {
		return this.status.text(this.selfAssessment, this.judgement);
	}

	/**
	 * The ratio as per cent with one decimal ("91,7%"), or "—" where it has no meaning.
	 */
	public String ratioText() {
		return ratio == null ? "—" : VietnameseNumbers.ratioAsPercent(ratio);
	}

	/** The year's target as a number (its least meeting value), or null. */
	public BigDecimal expectedThisYear() {
		return this.yearTarget.referenceValue();
	}

	/**
	 * What the headline status is judged against: "so với lộ trình đến chỉ tiêu năm", "so
	 * với chỉ tiêu năm 2027", "so với mục tiêu đến năm 2030"; null for a status that
	 * judges nothing.
	 */
	public String verdictBasis() {
		if (!this.status.isJudged()) {
			return null;
		}
		if (this.judgement == Judgement.ROADMAP) {
			return "so với lộ trình đến chỉ tiêu năm " + this.period.year();
		}
		if (this.milestoneStatus != null && this.milestoneYear != null) {
			return "so với mục tiêu đến năm " + this.milestoneYear;
		}
		return "so với chỉ tiêu năm " + this.period.year();
	}

	/**
	 * The figure against the milestone: "Vượt (mốc 2026)" when the year's target is the
	 * milestone's own, else the progress toward it ("đạt 75,0% mục tiêu 2030"); null when
	 * neither means anything.
	 */
	public String milestoneText() {
		return milestoneText(this.milestoneStatus, this.milestoneRatio, this.milestoneYear);
	}

	/** {@link #milestoneText()} from stored figures. */
	public static String milestoneText(AttainmentStatus milestoneStatus, BigDecimal milestoneRatio,
			Integer milestoneYear) {
		if (milestoneStatus != null && milestoneYear != null) {
			return milestoneStatus.vietnameseName() + " (mốc " + milestoneYear + ")";
		}
		if (milestoneRatio != null && milestoneYear != null) {
			return "đạt " + VietnameseNumbers.ratioAsPercent(milestoneRatio) + " mục tiêu " + milestoneYear;
		}
		return null;
	}

	/**
	 * Which milestone was used and why, for the report's notes; empty when nothing needs
	 * saying.
	 */
	public String milestoneNote() {
		if (horizon != TargetHorizon.MILESTONE) {
			return horizon.note();
		}
		if (milestoneYear == null) {
			return "Chỉ tiêu chưa có mốc nào";
		}
		if (afterLastMilestone) {
			return "Kỳ báo cáo sau mốc cuối cùng của kế hoạch; so với chỉ tiêu năm " + milestoneYear;
		}
		return "";
	}
}

package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one indicator stands in one period. Fields that have no meaning in a case are null
 * (no milestone, no figure, a qualitative target...).
 *
 * @param milestoneYear the milestone judged against, or null when the indicator has no
 * targets
 * @param afterLastMilestone the period is past the last milestone, whose target is used
 * @param target that milestone's target, or null
 * @param actual the period's figure, or null
 * @param ratio actual/target (higher is better) or target/actual (lower is better), 4
 * decimals
 * @param selfAssessment for a qualitative target, the responsible unit's own verdict, or
 * null
 * @param changeSincePrevious actual minus the previous period's figure, or null
 * @param expectedThisYear the straight-line value for the period's year, or null
 * @param horizon {@link TargetHorizon#MILESTONE}, or how the plan printed a target
 * without a year (then {@code milestoneYear} is null)
 * @param basis what the target's figure is (a level, a total, a per-year count), or null
 * without a target
 */
public record Attainment(String indicatorCode, Period period, Integer milestoneYear, boolean afterLastMilestone,
		Target target, BigDecimal actual, BigDecimal ratio, AttainmentStatus status, AttainmentStatus selfAssessment,
		BigDecimal changeSincePrevious, BigDecimal expectedThisYear, OnTrack onTrack, TargetHorizon horizon,
		CountBasis basis) {

	public Attainment {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(onTrack, "onTrack");
		horizon = (horizon == null) ? TargetHorizon.MILESTONE : horizon;
		if (horizon != TargetHorizon.MILESTONE && milestoneYear != null) {
			throw new IllegalArgumentException("A target printed without a year has no milestone year");
		}
	}

	/**
	 * "Vượt", or for a qualitative target "Đánh giá định tính: Đạt (đơn vị tự đánh giá)".
	 */
	public String statusText() {
		if (status != AttainmentStatus.QUALITATIVE) {
			return status.vietnameseName();
		}
		return selfAssessment == null ? status.vietnameseName() + ": đơn vị chưa tự đánh giá"
				: status.vietnameseName() + ": " + selfAssessment.vietnameseName() + " (đơn vị tự đánh giá)";
	}

	/**
	 * The ratio as per cent with one decimal ("91,7%"), or "—" where it has no meaning.
	 */
	public String ratioText() {
		return ratio == null ? "—" : VietnameseNumbers.ratioAsPercent(ratio);
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

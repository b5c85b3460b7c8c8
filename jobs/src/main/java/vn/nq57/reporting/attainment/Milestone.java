package vn.nq57.reporting.attainment;

import java.util.Objects;

/**
 * The target a period is judged against.
 *
 * @param year the milestone year; for a target printed without a year, the period's year
 * @param target the target printed for that year
 * @param afterLast true when the period's year is past the plan's last milestone, so the
 * last target is used
 * @param horizon {@link TargetHorizon#MILESTONE}, or how the plan printed a target
 * without a year
 * @param basis what the target's figure is: a level, a total or a per-year count
 */
public record Milestone(int year, Target target, boolean afterLast, TargetHorizon horizon, CountBasis basis) {

	public Milestone {
		Objects.requireNonNull(target, "target");
		Objects.requireNonNull(horizon, "horizon");
		Objects.requireNonNull(basis, "basis");
	}

	public Milestone(int year, Target target, boolean afterLast) {
		this(year, target, afterLast, TargetHorizon.MILESTONE, CountBasis.of(target));
	}

	/**
	 * A target for every year, at one level: printed without a year, or a count per year.
	 */
	public boolean appliesEveryYear() {
		return this.horizon != TargetHorizon.MILESTONE || this.basis == CountBasis.PER_YEAR;
	}

}

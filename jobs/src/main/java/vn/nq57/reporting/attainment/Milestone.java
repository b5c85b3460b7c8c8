package vn.nq57.reporting.attainment;

import java.util.Objects;

/**
 * The milestone year a period is judged against, with its target.
 *
 * @param year the milestone year
 * @param target the target printed for that year
 * @param afterLast true when the period's year is past the plan's last milestone, so the
 * last target is used
 */
public record Milestone(int year, Target target, boolean afterLast) {

	public Milestone {
		Objects.requireNonNull(target, "target");
	}
}

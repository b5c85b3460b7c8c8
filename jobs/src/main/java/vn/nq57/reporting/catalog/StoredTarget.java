package vn.nq57.reporting.catalog;

import java.math.BigDecimal;

import vn.nq57.reporting.attainment.CountBasis;
import vn.nq57.reporting.attainment.PrintedTarget;
import vn.nq57.reporting.attainment.TargetHorizon;

/**
 * A target as printed ({@code targetText}) beside the form it was read as.
 *
 * @param milestoneYear the milestone year, or null for a target printed without one
 * @param horizon milestone, standing ("Thường xuyên"), yearly ("Hằng năm") or unstated
 * (no time printed)
 * @param printedText the plan's own wording where {@code targetText} corrects a typo
 * @param name the indicator's wording at this milestone where the plan prints another
 * one, else null
 * @param basis level (a level at the date), total (counted since the plan's start) or
 * per_year (counted within each year)
 */
public record StoredTarget(String indicatorCode, Integer milestoneYear, String horizon, String targetText,
		String printedText, String name, String kind, String comparator, BigDecimal value, BigDecimal upperValue,
		boolean perYear, String basis, String qualifier) {

	/** The target as the attainment engine reads it. */
	public PrintedTarget printed() {
		return new PrintedTarget(this.milestoneYear, TargetHorizon.fromCatalogName(this.horizon), this.targetText,
				CountBasis.fromCatalogName(this.basis));
	}

	/** "2030", or the horizon's Vietnamese words for a target printed without a year. */
	public String when() {
		TargetHorizon read = TargetHorizon.fromCatalogName(this.horizon);
		return (read == TargetHorizon.MILESTONE) ? String.valueOf(this.milestoneYear) : read.label();
	}

}

package vn.nq57.reporting.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator with its targets exactly as printed.
 *
 * @param name the wording reports print (the plan's wording, its typos corrected)
 * @param printedName the plan's own wording where it differs from {@code name}, else null
 * @param basis for counts: what the targets count unless a target says otherwise (level,
 * total or per_year), else null
 * @param aggregate how the commune's figure is made from its units' (single, pooled, sum,
 * published), or null for the default derived from the unit and the responsible units
 * @param ratePer for a rate: how many of the base the figure is per (10000 for "trên 01
 * vạn dân"), else null
 * @param publishedBy for a published figure: who publishes it, where the catalog says
 * @param reportNote a Vietnamese note the reports print beside the indicator, where the
 * plan is unclear
 */
public record CatalogIndicator(String code, String number, String shared, String group, String parent, String name,
		String printedName, String unit, String direction, List<String> responsible, String leader, String officer,
		String output, List<CatalogTarget> targets, String basis, String aggregate, BigDecimal ratePer,
		String publishedBy, String reportNote, String reading, int line) {

	/**
	 * One target as printed, and where it stands in the file.
	 *
	 * @param year the milestone year, or null for a target the plan prints without one
	 * @param horizon {@code milestone} (a year), {@code standing} ("Thường xuyên"),
	 * {@code yearly} ("Hằng năm") or {@code unstated} (no time printed)
	 * @param printedText the target as printed where {@code text} corrects a typo of the
	 * plan's, else null
	 * @param name the indicator's wording at this milestone where the plan prints another
	 * one, else null
	 * @param basis for counts: level, total or per_year, where the target says so; null
	 * leaves it to the indicator's {@code basis} or to the wording ("Mỗi năm ...")
	 */
	public record CatalogTarget(Integer year, String horizon, String text, String printedText, String name,
			String basis, int line) {

		public static final String MILESTONE = "milestone";

		/** The key of the target in the file: its year or its horizon. */
		public String key() {
			return (this.year != null) ? String.valueOf(this.year) : this.horizon;
		}

	}

}

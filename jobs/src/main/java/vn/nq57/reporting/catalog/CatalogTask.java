package vn.nq57.reporting.catalog;

import java.util.List;

/**
 * A task with its lead and coordinating bodies and its typed deadline; {@code name} is
 * the wording reports print, {@code printedName} the plan's own where it differs.
 */
public record CatalogTask(String code, String number, String group, String name, String printedName, List<String> lead,
		List<String> coordinating, String leader, String officer, String output, CatalogDeadline deadline,
		String deadlineText, String reading, int line) {

	/**
	 * Deadline as typed in the catalog: {@code kind} is ongoing, yearly, recurring, by,
	 * plan_period, conditional or unspecified; {@code value} is a date, month (YYYY-MM),
	 * quarter (YYYY-Qn) or year for "by"; {@code month} for "yearly"; "unspecified" where
	 * the plan gives no time at all.
	 */
	public record CatalogDeadline(String kind, String value, String from, Integer month, String text) {
	}

}

package vn.nq57.reporting.catalog;

/**
 * A task of a stored plan version; unit lists are comma-separated codes.
 *
 * @param deadlineBeforePlan the printed deadline ends before the plan was signed
 */
public record StoredTask(String code, String number, String groupCode, String name, String printedName,
		String leadUnits, String reportingUnit, String coordinatingUnits, String leader, String officer, String output,
		String deadlineKind, String deadlineValue, String deadlineFrom, Integer deadlineMonth, String deadlineText,
		boolean deadlineBeforePlan, String reading, int position) {
}

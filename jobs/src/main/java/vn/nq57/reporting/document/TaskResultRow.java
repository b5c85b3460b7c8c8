package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One task's stored status in a report run; {@code leadNames} are the lead bodies' names.
 */
public record TaskResultRow(String taskCode, int position, String groupCode, String groupName, String number,
		String name, String leadNames, String deadlineText, LocalDate dueDate, String status, BigDecimal percentDone,
		boolean overdue, boolean late, boolean active, LocalDate completedOn, String output) {
}

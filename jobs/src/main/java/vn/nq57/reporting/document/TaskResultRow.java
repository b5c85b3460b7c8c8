package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One task's stored status in a report run; {@code leadNames} are the lead bodies' names;
 * {@code deadlineKind}, {@code deadlineValue} and {@code deadlineBeforePlan} are the
 * catalog's (null for a run whose plan version is gone).
 */
public record TaskResultRow(String taskCode, int position, String groupCode, String groupName, String number,
		String name, String leadNames, String deadlineText, LocalDate dueDate, String status, BigDecimal percentDone,
		boolean overdue, boolean late, boolean active, LocalDate completedOn, String output, String deadlineKind,
		String deadlineValue, boolean deadlineBeforePlan) {

	/**
	 * The same task, not counted as overdue (its deadline is not printed in the plan).
	 */
	TaskResultRow withoutOverdue() {
		return new TaskResultRow(this.taskCode, this.position, this.groupCode, this.groupName, this.number, this.name,
				this.leadNames, this.deadlineText, this.dueDate, this.status, this.percentDone, false, this.late,
				this.active, this.completedOn, this.output, this.deadlineKind, this.deadlineValue,
				this.deadlineBeforePlan);
	}

}

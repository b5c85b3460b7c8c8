package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The engine's assessment of one task, as stored in report_task_result. */
public record TaskResult(long runId, String taskCode, int position, String groupCode, String number, String name,
		String leadUnits, String deadlineText, LocalDate dueDate, String status, BigDecimal percentDone,
		boolean overdue, boolean late, boolean active, LocalDate completedOn, String output) {
}

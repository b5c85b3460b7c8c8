package vn.nq57.reporting.province;

import java.time.LocalDate;

/** One task result stored by a commune report the province report used. */
public record CommuneTask(long reportRunId, String taskCode, String number, String name, String status, boolean overdue,
		LocalDate dueDate, String deadlineText) {
}

package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.util.Optional;

/** Judges one task for one period from its deadline and what its lead unit reported. */
public final class TaskStatusEvaluator {

	/**
	 * @param progress what the lead unit reported for the period; empty means it sent
	 * nothing, which counts as not finished
	 */
	public TaskAssessment evaluate(TaskDeadline deadline, Optional<TaskProgress> progress, Period period,
			DataWindowPolicy policy) {
		DateWindow window = period.dataWindow(policy);
		LocalDate due = deadline.dueDate(period).orElse(null);
		TaskStatus status = progress.map(TaskProgress::status).orElse(TaskStatus.NOT_REPORTED);
		int percent = progress.map(TaskProgress::percent).orElse(0);
		LocalDate completedOn = progress.map(TaskProgress::completedOn).orElse(null);

		// the due day lies wholly inside the window, so by the window's end it has passed
		boolean overdue = status != TaskStatus.DONE && due != null && !due.isAfter(window.to());
		boolean late = status == TaskStatus.DONE && due != null && completedOn != null && completedOn.isAfter(due);
		boolean active = progress.map(TaskProgress::activityReported).orElse(false)
				|| (completedOn != null && window.contains(completedOn));
		boolean beforeStart = deadline instanceof TaskDeadline.By by && by.from() != null
				&& by.from().first().isAfter(window.to());
		return new TaskAssessment(status, percent, due, overdue, late, active, deadline.isRecurring(), beforeStart);
	}

}

package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.util.Optional;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.TaskAssessment;
import vn.nq57.reporting.attainment.TaskDeadline;
import vn.nq57.reporting.attainment.TaskProgress;
import vn.nq57.reporting.attainment.TaskStatus;
import vn.nq57.reporting.attainment.TaskStatusEvaluator;

/**
 * Judges the tasks of one run for its period with the task status rules of the engine.
 */
public class TaskJudge {

	private final DataWindowPolicy windows;

	private final TaskStatusEvaluator evaluator = new TaskStatusEvaluator();

	private final ReportRun run;

	private final Period period;

	public TaskJudge(ReportRun run, DataWindowPolicy windows) {
		this.run = run;
		this.period = run.period();
		this.windows = windows;
	}

	public TaskResult judge(TaskInput in) {
		TaskAssessment assessment = this.evaluator.evaluate(deadline(in), progress(in), this.period, this.windows);
		return new TaskResult(this.run.id(), in.code(), in.position(), in.groupCode(), in.number(), in.name(),
				in.leadUnits(), (in.deadlineText() != null) ? in.deadlineText() : deadline(in).text(),
				assessment.dueDate(), assessment.status().name(),
				(in.progressStatus() != null) ? BigDecimal.valueOf(assessment.percent()) : null, assessment.overdue(),
				assessment.late(), assessment.activeInPeriod(), in.completedOn(), in.output());
	}

	static TaskDeadline deadline(TaskInput in) {
		return TaskDeadline.fromCatalog(in.deadlineKind(), in.deadlineValue(), in.deadlineFrom(), in.deadlineMonth(),
				in.deadlineText());
	}

	private static Optional<TaskProgress> progress(TaskInput in) {
		if (in.progressStatus() == null) {
			return Optional.empty();
		}
		TaskStatus status = TaskStatus.valueOf(in.progressStatus());
		int percent = (in.percentDone() != null) ? in.percentDone().intValue() : 0;
		boolean activity = status != TaskStatus.NOT_STARTED || (in.result() != null && !in.result().isBlank());
		return Optional.of(new TaskProgress(status, percent, (status == TaskStatus.DONE) ? in.completedOn() : null,
				in.output(), activity));
	}

}

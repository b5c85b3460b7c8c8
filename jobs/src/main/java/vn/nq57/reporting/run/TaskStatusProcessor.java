package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.util.Optional;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.nq57.reporting.attainment.CalendarSpan;
import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.TaskAssessment;
import vn.nq57.reporting.attainment.TaskDeadline;
import vn.nq57.reporting.attainment.TaskProgress;
import vn.nq57.reporting.attainment.TaskStatus;
import vn.nq57.reporting.attainment.TaskStatusEvaluator;

/**
 * Judges one task for the run's period with the task status rules of the engine (run
 * loaded before the step).
 */
public class TaskStatusProcessor implements ItemProcessor<TaskInput, TaskResult>, StepExecutionListener {

	private final ReportRunMapper runs;

	private final DataWindowPolicy windows;

	private final TaskStatusEvaluator evaluator = new TaskStatusEvaluator();

	private ReportRun run;

	private Period period;

	public TaskStatusProcessor(ReportRunMapper runs, DataWindowPolicy windows) {
		this.runs = runs;
		this.windows = windows;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.run = this.runs.findRun(stepExecution.getJobParameters().getLong("runId"));
		this.period = this.run.period();
	}

	@Override
	public TaskResult process(TaskInput in) {
		TaskAssessment assessment = this.evaluator.evaluate(deadline(in), progress(in), this.period, this.windows);
		return new TaskResult(this.run.id(), in.code(), in.position(), in.groupCode(), in.number(), in.name(),
				in.leadUnits(), (in.deadlineText() != null) ? in.deadlineText() : "Không ghi thời hạn",
				assessment.dueDate(), assessment.status().name(),
				(in.progressStatus() != null) ? BigDecimal.valueOf(assessment.percent()) : null, assessment.overdue(),
				assessment.late(), assessment.activeInPeriod(), in.completedOn(), in.output());
	}

	static TaskDeadline deadline(TaskInput in) {
		return switch (in.deadlineKind()) {
			case "ongoing" -> new TaskDeadline.Ongoing();
			case "yearly" -> new TaskDeadline.Yearly(in.deadlineMonth());
			case "by" -> new TaskDeadline.By(CalendarSpan.parse(in.deadlineValue()),
					(in.deadlineFrom() != null) ? CalendarSpan.parse(in.deadlineFrom()) : null);
			case "conditional" -> new TaskDeadline.Conditional(in.deadlineText());
			default -> new TaskDeadline.Unspecified();
		};
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

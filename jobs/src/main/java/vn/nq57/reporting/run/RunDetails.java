package vn.nq57.reporting.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.document.ArchivedFile;
import vn.nq57.reporting.document.ReportContentMapper;

/**
 * What operators see of a run: its row, its steps with durations, its files and its
 * deliveries.
 */
@Component
public class RunDetails {

	private final ReportRunMapper runs;

	private final ReportContentMapper content;

	private final OutboxMapper outbox;

	private final JobRepository jobRepository;

	public RunDetails(ReportRunMapper runs, ReportContentMapper content, OutboxMapper outbox,
			JobRepository jobRepository) {
		this.runs = runs;
		this.content = content;
		this.outbox = outbox;
		this.jobRepository = jobRepository;
	}

	public record StepLine(String name, String status, LocalDateTime started, String duration) {
	}

	public record Details(ReportRun run, String duration, List<StepLine> steps, List<ArchivedFile> files,
			List<OutboxMessage> deliveries) {
	}

	public Details of(long runId) {
		ReportRun run = this.runs.findRun(runId);
		if (run == null) {
			return null;
		}
		List<StepLine> steps = new ArrayList<>();
		if (run.jobExecutionId() != null) {
			JobExecution execution = this.jobRepository.getJobExecution(run.jobExecutionId());
			if (execution != null) {
				for (StepExecution step : execution.getStepExecutions()) {
					steps.add(new StepLine(step.getStepName(), step.getStatus().name(), step.getStartTime(),
							duration(step.getStartTime(), step.getEndTime())));
				}
			}
		}
		else {
			steps.addAll(stagesOf(run));
		}
		return new Details(run, duration(run.createdAt(), run.finishedAt()), steps, this.content.findFiles(runId),
				this.outbox.findByRun(runId));
	}

	/**
	 * A plan of a batch has no job of its own: its steps are read from the stages the run
	 * recorded.
	 */
	static List<StepLine> stagesOf(ReportRun run) {
		List<StepLine> lines = new ArrayList<>();
		boolean completed = "COMPLETED".equals(run.status());
		for (String step : ReportSteps.IN_ORDER) {
			LocalDateTime doneAt = switch (step) {
				case ReportSteps.RECORD_INPUTS, ReportSteps.ASSESS_INDICATORS, ReportSteps.ASSESS_TASKS ->
					run.assessedAt();
				case ReportSteps.WRITE_DOCUMENTS, ReportSteps.ARCHIVE_AND_QUEUE -> run.archivedAt();
				default -> completed ? run.finishedAt() : null;
			};
			if (step.equals(run.failedStep())) {
				lines.add(new StepLine(step, "FAILED", run.finishedAt(), ""));
				break;
			}
			if (doneAt == null) {
				// not done, or rolled back with the step that failed in the same
				// transaction
				continue;
			}
			lines.add(new StepLine(step, "COMPLETED", doneAt, ""));
		}
		return lines;
	}

	public List<ReportRun> latest(String planCode, int limit) {
		return this.runs.findRuns(planCode, limit);
	}

	public ArchivedFile file(long runId, String kind) {
		return this.content.findFiles(runId)
			.stream()
			.filter(f -> f.kind().equalsIgnoreCase(kind))
			.findFirst()
			.orElse(null);
	}

	static String duration(LocalDateTime from, LocalDateTime to) {
		if (from == null || to == null) {
			return "";
		}
		Duration duration = Duration.between(from, to);
		return String.format("%d,%01d giây", duration.toSeconds(), duration.toMillisPart() / 100);
	}

}

package vn.nq57.reporting.run;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;

/**
 * What operators see of a run — in the console, the API and {@code ./reports runs --id}
 * alike: its row, every attempt's stages with their durations, its files and its
 * deliveries, and what to do next.
 */
@Component
public class RunDetails {

	private final ReportRunMapper runs;

	private final ReportStages stages;

	private final ReportArchive archive;

	private final OutboxMapper outbox;

	private final IssuanceMapper issuance;

	public RunDetails(ReportRunMapper runs, ReportStages stages, ReportArchive archive, OutboxMapper outbox,
			IssuanceMapper issuance) {
		this.runs = runs;
		this.stages = stages;
		this.archive = archive;
		this.outbox = outbox;
		this.issuance = issuance;
	}

	/**
	 * One stage of one attempt.
	 *
	 * @param name the stage's stable name
	 * @param label what operators read for it
	 */
	public record StepLine(int attempt, String name, String label, StageStatus status, LocalDateTime started,
			String duration, String message) {
	}

	/**
	 * @param failedStage what operators read for the stage the run failed in, or null
	 * @param nextAction the command that continues a failed run, or null
	 * @param transitions the version's life as an official document: draft, approved or
	 * returned, issued, sent — who, when, why
	 */
	public record Details(ReportRun run, String duration, List<StepLine> steps, List<ArchivedFile> files,
			List<OutboxMessage> deliveries, String failedStage, String nextAction, List<Transition> transitions) {

		/** Whether the version waits for a signer's approval. */
		public boolean awaitingApproval() {
			return this.run.status() == RunStatus.COMPLETED && this.run.issuanceStatus() == IssuanceStatus.DRAFT;
		}

	}

	public Details of(long runId) {
		ReportRun run = this.runs.findRun(runId);
		if (run == null) {
			return null;
		}
		List<StepLine> steps = new ArrayList<>();
		for (StageLine line : this.runs.findStageLines(runId)) {
			steps.add(new StepLine(line.attempt(), line.stage(), this.stages.label(line.stage()), line.status(),
					line.startedAt(), duration(line.duration()), line.message()));
		}
		if (steps.isEmpty()) {
			steps.addAll(stagesOf(run, this.stages.all()));
		}
		String failedStage = (run.failedStep() != null) ? this.stages.label(run.failedStep()) : null;
		String next = (run.status() == RunStatus.FAILED) ? "./reports restart " + run.id() : null;
		return new Details(run, duration(run.createdAt(), run.finishedAt()), steps, this.archive.files(runId),
				this.outbox.findByRun(runId), failedStage, next, this.issuance.findTransitions(runId));
	}

	/**
	 * A run made before stages were recorded one by one: its stages are read from the
	 * stage columns it kept.
	 */
	static List<StepLine> stagesOf(ReportRun run, List<ReportStage> stages) {
		List<StepLine> lines = new ArrayList<>();
		for (ReportStage stage : stages) {
			if (stage.name().equals(run.failedStep())) {
				lines.add(new StepLine(run.attempts(), stage.name(), stage.label(), StageStatus.FAILED,
						run.finishedAt(), "", run.failureMessage()));
				break;
			}
			LocalDateTime doneAt = switch (stage.group()) {
				case ASSESSMENT -> run.assessedAt();
				case DOCUMENTS, ARCHIVE -> run.archivedAt();
				case ISSUANCE -> run.issuedAt();
				case DELIVERY -> run.status().isCompleted() ? run.finishedAt() : null;
			};
			if (doneAt != null) {
				lines.add(new StepLine(run.attempts(), stage.name(), stage.label(), StageStatus.COMPLETED, doneAt, "",
						null));
			}
		}
		return lines;
	}

	public List<ReportRun> latest(String planCode, int limit) {
		return this.runs.findRuns(planCode, limit);
	}

	static String duration(LocalDateTime from, LocalDateTime to) {
		return (from == null || to == null) ? "" : duration(Duration.between(from, to));
	}

	static String duration(Duration duration) {
		return String.format("%d,%01d giây", duration.toSeconds(), duration.toMillisPart() / 100);
	}

}

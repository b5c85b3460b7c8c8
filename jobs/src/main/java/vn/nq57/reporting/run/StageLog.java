package vn.nq57.reporting.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The stage lines of one attempt of one plan's run, kept in memory while it runs and
 * written at its end in one statement; each stage is also timed into the batch's
 * {@link StepTimes}.
 */
final class StageLog {

	private final int attempt;

	private final StepTimes times;

	private final Clock clock;

	private final List<Done> done = new ArrayList<>();

	private ReportStage current;

	private LocalDateTime currentStarted;

	private record Done(ReportStage stage, LocalDateTime started, LocalDateTime finished, int written) {
	}

	StageLog(int attempt, StepTimes times, Clock clock) {
		this.attempt = attempt;
		this.times = times;
		this.clock = clock;
	}

	void run(ReportStage stage, PlanRun plan) throws Exception {
		this.current = stage;
		this.currentStarted = LocalDateTime.now(this.clock);
		int written = this.times.time(stage.name(), () -> stage.run(plan));
		this.done.add(new Done(stage, this.currentStarted, LocalDateTime.now(this.clock), written));
		this.current = null;
	}

	/** The stage that was running when the attempt failed; null when none was. */
	ReportStage current() {
		return this.current;
	}

	/**
	 * The lines to record: each stage done, those whose transaction was rolled back by a
	 * failure in their group marked so, then the stage that failed with its reason.
	 * @param failure why the attempt failed; null when it did not
	 */
	List<StageLine> lines(String failure) {
		List<StageLine> lines = new ArrayList<>();
		StageGroup rolledBack = (failure != null && this.current != null && this.current.group().transactional())
				? this.current.group() : null;
		for (Done stage : this.done) {
			StageStatus status = (stage.stage().group() == rolledBack) ? StageStatus.ROLLED_BACK
					: StageStatus.COMPLETED;
			lines.add(new StageLine(this.attempt, lines.size() + 1, stage.stage().name(), status, stage.started(),
					stage.finished(), stage.written(), null));
		}
		if (failure != null && this.current != null) {
			lines.add(new StageLine(this.attempt, lines.size() + 1, this.current.name(), StageStatus.FAILED,
					this.currentStarted, LocalDateTime.now(this.clock), 0, failure));
		}
		return lines;
	}

}

package vn.nq57.reporting.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report engine: runs one plan's report, the {@link ReportStages} group by group —
 * each transactional group in one transaction, ending with its stage column — and
 * continues after the groups an earlier attempt finished, so a retry uses the same
 * inputs. A single run and every plan of a batch go through here. A failure is recorded
 * on the run, with the stage and the reason, and does not reach other plans; every
 * attempt's stage lines are kept (report_run_stage).
 */
@Component
public class PlanReporter {

	private static final Logger log = LoggerFactory.getLogger(PlanReporter.class);

	private static final int MESSAGE_LENGTH = 2000;

	private final ReportStages stages;

	private final ReportRunMapper runs;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PlanReporter(ReportStages stages, ReportRunMapper runs, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.stages = stages;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * @param retryCommand what an operator runs to continue it after a failure
	 * @return whether the plan's report is complete
	 */
	public boolean report(long runId, boolean deliver, String retryCommand, StepTimes times) {
		ReportRun run = this.runs.findRun(runId);
		if (run.status() == RunStatus.COMPLETED) {
			return true;
		}
		return work(run, deliver, retryCommand, times);
	}

	/**
	 * Continues a completed draft once a signer approved it: the groups not done yet
	 * (issuance, then delivery) as a new attempt of the same run, with its stage lines; a
	 * failure is recorded on the run like any other, and {@code ./reports restart}
	 * continues it.
	 * @return whether the version was issued (and its mail worked)
	 */
	boolean continueApproved(long runId, boolean deliver, String retryCommand) {
		return work(this.runs.findRun(runId), deliver, retryCommand, new StepTimes());
	}

	private boolean work(ReportRun run, boolean deliver, String retryCommand, StepTimes times) {
		long runId = run.id();
		this.runs.markStartedInBatch(runId);
		PlanRun plan = new PlanRun(run, deliver);
		StageLog stageLog = new StageLog(run.attempts() + 1, times, this.clock);
		String failure = null;
		try {
			for (StageGroup group : StageGroup.values()) {
				if (!group.isDone(run)) {
					runGroup(group, plan, stageLog);
				}
			}
			this.runs.markFinished(runId, RunStatus.COMPLETED, now());
			return true;
		}
		catch (Exception ex) {
			Throwable cause = (ex instanceof StageFailedException failed) ? failed.getCause() : ex;
			failure = reason(cause);
			String stage = (stageLog.current() != null) ? stageLog.current().name() : null;
			this.runs.markFailed(runId, stage, failure, now());
			log.error("Báo cáo {} {} kỳ {} (phiên bản {}) thất bại ở bước {}: {}. Sửa nguyên nhân rồi chạy lại: {}",
					run.planCode(), run.reportType(), run.periodCode(), run.version(), stage, failure, retryCommand);
			log.debug("Chi tiết lỗi của lần chạy {}", runId, cause);
			return false;
		}
		finally {
			List<StageLine> lines = stageLog.lines(failure);
			if (!lines.isEmpty()) {
				this.runs.insertStageLines(runId, lines);
			}
		}
	}

	private void runGroup(StageGroup group, PlanRun plan, StageLog stageLog) throws Exception {
		List<ReportStage> inGroup = this.stages.of(group);
		if (!group.transactional()) {
			for (ReportStage stage : inGroup) {
				stageLog.run(stage, plan);
			}
			return;
		}
		this.transaction.executeWithoutResult(status -> {
			try {
				for (ReportStage stage : inGroup) {
					stageLog.run(stage, plan);
				}
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new StageFailedException(ex);
			}
			markDone(group, plan.run().id());
		});
	}

	private void markDone(StageGroup group, long runId) {
		switch (group) {
			case ASSESSMENT -> this.runs.markAssessed(runId, now());
			case ARCHIVE -> this.runs.markArchived(runId, now());
			default -> {
			}
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/**
	 * Why a run failed, as recorded on it and logged: the first cause that says
	 * something, with its type, cut to the column's length.
	 */
	static String reason(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getMessage() == null) {
			cause = cause.getCause();
		}
		String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
		if (message.endsWith(".")) {
			message = message.substring(0, message.length() - 1);
		}
		return (message.length() > MESSAGE_LENGTH) ? message.substring(0, MESSAGE_LENGTH) : message;
	}

	/** A checked exception of a stage, carried out of its transaction's callback. */
	private static final class StageFailedException extends RuntimeException {

		StageFailedException(Exception cause) {
			super(cause);
		}

	}

}

package vn.nq57.reporting.run;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Reports one plan of a batch: the steps of {@link ReportSteps} in two transactions (the
 * assessment, then the archive record with the outbox), continuing after the stages an
 * earlier attempt finished, so a retry uses the same inputs. A failure is recorded on the
 * run, with the step and the reason, and does not reach the other plans.
 */
@Component
public class BatchPlanReporter {

	private static final Logger log = LoggerFactory.getLogger(BatchPlanReporter.class);

	private static final int MESSAGE_LENGTH = 2000;

	private final ReportSteps steps;

	private final ReportRunMapper runs;

	private final TransactionTemplate transaction;

	BatchPlanReporter(ReportSteps steps, ReportRunMapper runs, PlatformTransactionManager transactionManager) {
		this.steps = steps;
		this.runs = runs;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * @return whether the plan's report is complete
	 */
	public boolean report(long runId, boolean deliver, String retryCommand, StepTimes times) {
		ReportRun run = this.runs.findRun(runId);
		if ("COMPLETED".equals(run.status())) {
			return true;
		}
		this.runs.markStartedInBatch(runId);
		StepTracker step = new StepTracker(times);
		try {
			if (run.assessedAt() == null) {
				this.transaction.executeWithoutResult(status -> {
					step.run(ReportSteps.RECORD_INPUTS, () -> this.steps.recordInputs(run));
					step.run(ReportSteps.ASSESS_INDICATORS, () -> this.steps.assessIndicators(run));
					step.run(ReportSteps.ASSESS_TASKS, () -> this.steps.assessTasks(run));
				});
			}
			if (run.archivedAt() == null) {
				step.run(ReportSteps.WRITE_DOCUMENTS, () -> {
					this.steps.writeDocuments(run);
					return null;
				});
				step.run(ReportSteps.ARCHIVE_AND_QUEUE,
						() -> this.transaction.execute(status -> this.steps.archiveAndQueue(run, deliver)));
			}
			step.run(ReportSteps.SEND_MAIL, () -> this.steps.sendMail(run));
			this.runs.markFinished(runId, "COMPLETED", LocalDateTime.now(ReportingZone.ZONE));
			return true;
		}
		catch (Exception ex) {
			String reason = reason(ex);
			this.runs.markFailed(runId, step.current, reason, LocalDateTime.now(ReportingZone.ZONE));
			log.error("Báo cáo {} {} kỳ {} (phiên bản {}) thất bại ở bước {}: {}. Sửa nguyên nhân rồi chạy lại: {}",
					run.planCode(), run.reportType(), run.periodCode(), run.version(), step.current, reason,
					retryCommand);
			log.debug("Chi tiết lỗi của lần chạy {}", runId, ex);
			return false;
		}
	}

	/** Runs and times the plan's steps, remembering which one is running. */
	private static final class StepTracker {

		private final StepTimes times;

		private String current;

		StepTracker(StepTimes times) {
			this.times = times;
		}

		<T, E extends Exception> T run(String step, StepTimes.Work<T, E> work) throws E {
			this.current = step;
			return this.times.time(step, work);
		}

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

}

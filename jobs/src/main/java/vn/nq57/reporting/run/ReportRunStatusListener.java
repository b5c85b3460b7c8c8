package vn.nq57.reporting.run;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Keeps report_run's status in step with its Spring Batch execution and logs a summary
 * line.
 */
public class ReportRunStatusListener implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ReportRunStatusListener.class);

	private final ReportRunMapper runs;

	public ReportRunStatusListener(ReportRunMapper runs) {
		this.runs = runs;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		this.runs.markStarted(runId(execution), execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		long runId = runId(execution);
		LocalDateTime now = LocalDateTime.now(ReportingZone.ZONE);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			this.runs.markFinished(runId, "COMPLETED", now);
			return;
		}
		var p = execution.getJobParameters();
		String failedStep = execution.getStepExecutions()
			.stream()
			.filter(step -> step.getStatus() == BatchStatus.FAILED)
			.map(step -> step.getStepName())
			.findFirst()
			.orElse("?");
		String reason = execution.getAllFailureExceptions()
			.stream()
			.map(BatchPlanReporter::reason)
			.findFirst()
			.orElse("");
		this.runs.markFailed(runId, failedStep, reason, now);
		log.error(
				"Báo cáo {} {} kỳ {} (phiên bản {}) thất bại ở bước {}: {}. Sửa nguyên nhân rồi chạy lại: "
						+ "./reports restart {}",
				p.getString("plan"), p.getString("reportType"), p.getString("period"), p.getLong("version"), failedStep,
				reason, runId);
	}

	private static long runId(JobExecution execution) {
		return execution.getJobParameters().getLong("runId");
	}

}

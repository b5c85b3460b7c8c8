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
		String status = (execution.getStatus() == BatchStatus.COMPLETED) ? "COMPLETED" : "FAILED";
		this.runs.markFinished(runId, status, LocalDateTime.now(ReportingZone.ZONE));
		var p = execution.getJobParameters();
		if ("FAILED".equals(status)) {
			String failedStep = execution.getStepExecutions()
				.stream()
				.filter(step -> step.getStatus() == BatchStatus.FAILED)
				.map(step -> step.getStepName())
				.findFirst()
				.orElse("?");
			log.error(
					"Báo cáo {} {} kỳ {} (phiên bản {}) thất bại ở bước {}: {}. Sửa nguyên nhân rồi chạy lại: "
							+ "./reports restart {}",
					p.getString("plan"), p.getString("reportType"), p.getString("period"), p.getLong("version"),
					failedStep,
					execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst().orElse(""),
					runId);
		}
	}

	private static long runId(JobExecution execution) {
		return execution.getJobParameters().getLong("runId");
	}

}

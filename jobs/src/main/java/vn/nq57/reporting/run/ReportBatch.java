package vn.nq57.reporting.run;

import java.time.LocalDateTime;

/**
 * One report type and period run for one or many plans (a single plan, a province, or all
 * plans): every run belongs to one.
 *
 * @param deliver whether its reports are sent when made
 * @param attempts how many times its job ran (a retry is a new attempt)
 */
public record ReportBatch(long id, String reportType, String periodCode, String scope, int plans, RunStatus status,
		Long jobExecutionId, LocalDateTime createdAt, LocalDateTime finishedAt, boolean deliver, int attempts) {
}

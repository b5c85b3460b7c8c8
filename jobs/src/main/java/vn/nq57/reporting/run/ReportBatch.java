package vn.nq57.reporting.run;

import java.time.LocalDateTime;

/** One report type and period run for many plans (a province, or all plans). */
public record ReportBatch(long id, String reportType, String periodCode, String scope, int plans, String status,
		Long jobExecutionId, LocalDateTime createdAt, LocalDateTime finishedAt) {
}

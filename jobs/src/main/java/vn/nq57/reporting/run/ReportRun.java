package vn.nq57.reporting.run;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;

/**
 * A report run: one version of one plan's report for one period.
 *
 * @param issuanceStatus where the version stands as an official document, null for one
 * made before issuance existed
 * @param issuedAt when it was issued (numbered and signed), else null
 */
public record ReportRun(long id, long planId, long planVersionId, String planCode, String reportType, String periodCode,
		int version, RunStatus status, long batchId, LocalDate dataFrom, LocalDate dataTo, LocalDate deadline,
		LocalDateTime createdAt, LocalDateTime finishedAt, LocalDateTime assessedAt, LocalDateTime archivedAt,
		int attempts, String failedStep, String failureMessage, IssuanceStatus issuanceStatus, LocalDateTime issuedAt) {

	public ReportType type() {
		return ReportType.valueOf(this.reportType);
	}

	public Period period() {
		return Period.parse(type(), this.periodCode);
	}

}

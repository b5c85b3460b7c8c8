package vn.nq57.reporting.scheduler;

import java.time.LocalDateTime;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;

/**
 * One plan's part of a scheduled run's firing (table schedule_plan_fire): what happened
 * to it, how many times it was tried and whether it is tried again.
 */
public record PlanFire(long id, String runKey, String planCode, String reportType, String periodCode,
		LocalDateTime scheduledFor, LocalDateTime retryUntil, PlanFireStatus status, int attempts, String reason,
		Long reportRunId, String owner, LocalDateTime nextAttemptAt, LocalDateTime finishedAt, int alertedAttempt) {

	public Period period() {
		return Period.parse(ReportType.valueOf(this.reportType), this.periodCode);
	}

	/** Whether nothing more will be tried for it. */
	public boolean givenUp() {
		return (this.status == PlanFireStatus.SKIPPED || this.status == PlanFireStatus.FAILED)
				&& this.nextAttemptAt == null;
	}

}

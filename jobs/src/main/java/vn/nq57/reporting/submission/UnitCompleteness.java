package vn.nq57.reporting.submission;

import java.time.LocalDateTime;

/**
 * A unit expected to report: its first accepted submission for the period, if any, and
 * timeliness.
 */
public record UnitCompleteness(String unitCode, int position, String unitName, Long submissionId,
		LocalDateTime receivedAt, String timeliness) {
}

package vn.nq57.reporting.submission;

import java.time.LocalDateTime;

/** One stored version of a unit's submission. */
public record StoredSubmission(long id, String unitCode, String reportType, String periodCode, int version,
		String status, String channel, LocalDateTime receivedAt) {
}

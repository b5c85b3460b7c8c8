package vn.nq57.reporting.submission;

import java.time.LocalDateTime;

/**
 * A receipt accepted earlier with the same bytes for the same plan and unit, and the
 * version it made.
 */
public record AcceptedCopy(long receiptId, long submissionId, int version, String reportType, String periodCode,
		LocalDateTime receivedAt) {
}

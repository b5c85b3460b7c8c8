package vn.nq57.reporting.document;

import java.time.LocalDateTime;

/**
 * Whether a unit expected to report for the period did, on time ({@code ON_TIME}),
 * {@code LATE} or not ({@code MISSING}).
 */
public record UnitStatusRow(String unitCode, int position, String unitName, Long submissionId, LocalDateTime receivedAt,
		String timeliness) {
}

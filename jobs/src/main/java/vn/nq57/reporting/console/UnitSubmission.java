package vn.nq57.reporting.console;

import java.time.LocalDateTime;

/** One submission as its own unit sees it in the console. */
public record UnitSubmission(long id, String reportType, String periodCode, int version, String status, String channel,
		LocalDateTime receivedAt) {
}

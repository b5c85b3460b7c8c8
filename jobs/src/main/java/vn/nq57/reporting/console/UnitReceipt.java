package vn.nq57.reporting.console;

import java.time.LocalDateTime;

/**
 * One thing a unit sent, as the unit sees it: when, how, what for, and whether it was
 * accepted.
 */
public record UnitReceipt(long id, String channel, LocalDateTime receivedAt, String fileName, String status,
		String reportType, String periodCode, Integer version) {
}

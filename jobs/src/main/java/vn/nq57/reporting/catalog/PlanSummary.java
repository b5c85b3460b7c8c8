package vn.nq57.reporting.catalog;

import java.time.LocalDateTime;

/** A line of {@code plan list}: a plan's latest version and what it holds. */
public record PlanSummary(String code, String localityKind, String localityName, String province, int version,
		LocalDateTime importedAt, int units, int indicators, int tasks) {
}

package vn.nq57.reporting.province;

import java.time.LocalDateTime;

/**
 * A commune whose report of the period was made again after a province report used it
 * ({@code usedVersion} null: it had none then).
 */
public record NewerCommuneReport(String planCode, String localityName, Integer usedVersion, int latestVersion,
		LocalDateTime madeAt) {
}

package vn.nq57.reporting.province;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A commune of the province as a province report recorded it: the version of its report
 * that was used, or none (missing); when its first version of the period was made and
 * first mailed, and its deadline (the day before which it is due).
 */
public record CommuneInput(int position, long planId, String planCode, String localityName, Long reportRunId,
		Integer reportVersion, LocalDateTime madeAt, LocalDateTime firstMadeAt, LocalDateTime firstSentAt,
		LocalDate deadline) {

	public boolean reported() {
		return this.reportRunId != null;
	}

	public boolean sent() {
		return this.firstSentAt != null;
	}

	/**
	 * On time when the first version was mailed — or, never mailed, made — before the
	 * deadline day; null when there is no report or no deadline.
	 */
	public Boolean onTime() {
		if (!reported() || this.deadline == null) {
			return null;
		}
		LocalDateTime when = (this.firstSentAt != null) ? this.firstSentAt : this.firstMadeAt;
		return when != null && when.toLocalDate().isBefore(this.deadline);
	}

}

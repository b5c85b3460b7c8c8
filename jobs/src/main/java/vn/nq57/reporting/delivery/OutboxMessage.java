package vn.nq57.reporting.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A row of the mail outbox: a report version for one recipient in one sending round (kind
 * REPORT; a province report version, PROVINCE_REPORT), a reminder to a unit (REMINDER) or
 * an alert to an operator (ALERT).
 *
 * @param reportDeadline the report's "before day" D (a report message is retried until
 * the end of D-1), or null
 * @param provinceReportRunId the province report version of a PROVINCE_REPORT message
 * @param bodyText the plain-text part beside the HTML, or null (reminders, alerts)
 */
public record OutboxMessage(long id, MessageKind kind, Long reportRunId, String recipient, int sendRound,
		String dedupeKey, String subject, String bodyHtml, MessageStatus status, int attempts,
		LocalDateTime nextAttemptAt, LocalDateTime claimedAt, String lastError, String serverReply, String messageFile,
		LocalDateTime sentAt, LocalDate reportDeadline, Long provinceReportRunId, String bodyText) {

	/** A report's message (a commune's or a province's): it must carry the PDF. */
	public boolean isReport() {
		return this.kind == MessageKind.REPORT || this.kind == MessageKind.PROVINCE_REPORT;
	}

	/** How the message is named in logs and alerts. */
	public String describe() {
		return switch (this.kind) {
			case REPORT -> "thư báo cáo (lần chạy " + this.reportRunId + ") tới " + this.recipient;
			case PROVINCE_REPORT -> "thư báo cáo tổng hợp cấp tỉnh (báo cáo tỉnh số " + this.provinceReportRunId
					+ ") tới " + this.recipient;
			case REMINDER -> "thư nhắc tới " + this.recipient;
			case ALERT -> "thư cảnh báo tới " + this.recipient;
		};
	}

}

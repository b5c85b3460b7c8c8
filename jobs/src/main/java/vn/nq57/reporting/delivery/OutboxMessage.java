package vn.nq57.reporting.delivery;

import java.time.LocalDateTime;

/** A row of the mail outbox: one report version for one recipient, in one sending round. */
public record OutboxMessage(long id, long reportRunId, String recipient, int sendRound, String subject,
		String bodyHtml, String status, int attempts, LocalDateTime nextAttemptAt, String lastError,
		String serverReply, String messageFile, LocalDateTime sentAt) {
}

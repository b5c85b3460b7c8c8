package vn.nq57.reporting.submission;

import java.time.LocalDateTime;

/**
 * Something received, as kept: the payload byte for byte, who the channel says sent it,
 * and what became of it (RECEIVED while not yet processed; ACCEPTED, REJECTED, or
 * DUPLICATE of an earlier accepted receipt).
 */
public record StoredReceipt(long id, String channel, String sender, LocalDateTime receivedAt, String fileName,
		String contentType, long sizeBytes, String sha256, byte[] payload, String status, String planCode,
		String unitCode, String reportType, String periodCode, Long submissionId, Long duplicateOf) {
}

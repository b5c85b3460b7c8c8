package vn.nq57.reporting.submission;

import java.time.LocalDateTime;

/** Something received, as kept: the payload byte for byte and what became of it. */
public record StoredReceipt(long id, String channel, LocalDateTime receivedAt, String fileName, String contentType,
		long sizeBytes, String sha256, byte[] payload, String status, String planCode, String unitCode,
		String reportType, String periodCode, Long submissionId) {
}

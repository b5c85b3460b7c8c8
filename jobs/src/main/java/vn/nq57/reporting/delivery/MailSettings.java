package vn.nq57.reporting.delivery;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail delivery settings ({@code reports.mail.*}). With no {@code spring.mail.host}, messages are written
 * as .eml files to {@code outboxFolder} instead of being sent.
 */
@ConfigurationProperties("reports.mail")
public record MailSettings(Path outboxFolder, String from, int maxAttempts, Duration firstRetryDelay,
		long maxAttachmentBytes) {

	public MailSettings {
		if (outboxFolder == null) {
			outboxFolder = Path.of("data/outbox");
		}
		if (from == null) {
			from = "baocao-nq57@localhost";
		}
		if (maxAttempts <= 0) {
			maxAttempts = 6;
		}
		if (firstRetryDelay == null) {
			firstRetryDelay = Duration.ofMinutes(1);
		}
		if (maxAttachmentBytes <= 0) {
			maxAttachmentBytes = 20L * 1024 * 1024;
		}
	}

}

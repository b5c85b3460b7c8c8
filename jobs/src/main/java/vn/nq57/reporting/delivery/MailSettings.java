package vn.nq57.reporting.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mail delivery settings ({@code reports.mail.*}). With no {@code spring.mail.host},
 * messages are written as .eml files to {@code outboxFolder} instead of being sent.
 *
 * @param maxAttempts attempts before a message is given up; a report is retried at least
 * until its last day to send has passed
 * @param maxRetryDelay the longest wait between two attempts (the wait doubles from
 * {@code firstRetryDelay})
 * @param sendingLease how long a message may stay SENDING before its sender is taken to
 * have died
 * @param operators who is told when a message cannot be delivered or a scheduled report
 * fails or is missed
 */
@ConfigurationProperties("reports.mail")
public record MailSettings(Path outboxFolder, String from, int maxAttempts, Duration firstRetryDelay,
		Duration maxRetryDelay, long maxAttachmentBytes, Duration sendingLease, List<String> operators) {

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
		if (maxRetryDelay == null) {
			maxRetryDelay = Duration.ofHours(1);
		}
		if (maxAttachmentBytes <= 0) {
			maxAttachmentBytes = 20L * 1024 * 1024;
		}
		if (sendingLease == null) {
			sendingLease = Duration.ofMinutes(10);
		}
		operators = (operators == null) ? List.of()
				: operators.stream().map(String::trim).filter(address -> !address.isEmpty()).toList();
	}

}

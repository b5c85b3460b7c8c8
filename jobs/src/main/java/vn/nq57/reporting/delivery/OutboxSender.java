package vn.nq57.reporting.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Works the mail outbox: each due message is claimed, composed with its attachments and sent through
 * SMTP, or written as an .eml file when no SMTP host is configured. A failure is recorded on that
 * recipient's row alone and retried later with a growing delay.
 */
@Service
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxMapper outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	private final ReportMessageComposer composer;

	public OutboxSender(OutboxMapper outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
		this.composer = new ReportMessageComposer(settings);
	}

	public record DeliveryResult(int delivered, int failed, int retrying) {
	}

	/** Sends every message that is due, for one report run or (runId null) for all. */
	public DeliveryResult sendDue(Long runId) {
		int delivered = 0;
		int failed = 0;
		int retrying = 0;
		for (OutboxMessage message : this.outbox.findDue(runId, now())) {
			int attempt = message.attempts() + 1;
			if (this.outbox.claim(message.id(), attempt) == 0) {
				continue;
			}
			try {
				deliver(message);
				delivered++;
			}
			catch (AttachmentProblemException ex) {
				this.outbox.markFailed(message.id(), "FAILED", ex.getMessage(), now());
				log.error("Không gửi thư tới {} (báo cáo lần chạy {}): {}", message.recipient(), message.reportRunId(),
						ex.getMessage());
				failed++;
			}
			catch (MailException | MessagingException | IOException ex) {
				if (attempt >= this.settings.maxAttempts()) {
					this.outbox.markFailed(message.id(), "FAILED", describe(ex), now());
					log.error("Gửi thư tới {} thất bại sau {} lần: {}", message.recipient(), attempt, describe(ex));
					failed++;
				}
				else {
					LocalDateTime next = now().plus(this.settings.firstRetryDelay().multipliedBy(1L << (attempt - 1)));
					this.outbox.markFailed(message.id(), "PENDING", describe(ex), next);
					log.warn("Gửi thư tới {} lỗi (lần {}), sẽ thử lại lúc {}: {}", message.recipient(), attempt, next,
							describe(ex));
					retrying++;
				}
			}
		}
		return new DeliveryResult(delivered, failed, retrying);
	}

	private void deliver(OutboxMessage message) throws MessagingException, IOException {
		List<Attachment> attachments = this.outbox.findAttachments(message.reportRunId());
		JavaMailSender sender = this.mailSender.getIfAvailable();
		MimeMessage mime = this.composer.compose(message, attachments, null);
		if (sender != null) {
			sender.send(mime);
			this.outbox.markDelivered(message.id(), "SENT", null, null, now());
			log.info("Đã gửi thư tới {}: {}", message.recipient(), message.subject());
		}
		else {
			Path file = writeEml(message, mime);
			this.outbox.markDelivered(message.id(), "WRITTEN", null, file.toString(), now());
			log.info("Chưa cấu hình máy chủ SMTP: thư tới {} đã được ghi ra {}", message.recipient(), file);
		}
	}

	private Path writeEml(OutboxMessage message, MimeMessage mime) throws IOException, MessagingException {
		Files.createDirectories(this.settings.outboxFolder());
		String name = "run-" + message.reportRunId() + "-round-" + message.sendRound() + "-"
				+ message.recipient().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
		Path file = this.settings.outboxFolder().resolve(name).toAbsolutePath();
		try (OutputStream out = Files.newOutputStream(file)) {
			mime.writeTo(out);
		}
		return file;
	}

	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root == ex) ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + root.getMessage() + ")";
	}

	private static LocalDateTime now() {
		return LocalDateTime.now(ReportingZone.ZONE);
	}

}

package vn.nq57.reporting.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Works the mail outbox: each due message is claimed, composed and sent through SMTP (the
 * server's reply is recorded), or written as an .eml file when no SMTP host is
 * configured. A failure is recorded on that recipient's row alone and retried later with
 * a doubling delay; after the last attempt, or at once when the server refuses for good
 * or an attachment is missing or too large, the row fails and operators are told.
 * <p>
 * A message left SENDING by a sender that died (claimed longer ago than
 * {@code reports.mail.sending-lease}) may or may not have reached the server. It is never
 * resent silently: it becomes UNCERTAIN and operators are asked to check and, if needed,
 * resend it ({@code ./reports outbox resend ID}).
 */
@Service
public class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final OutboxMapper outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	private final OperatorAlerts alerts;

	private final ReportMessageComposer composer;

	private final Clock clock;

	private final String senderId = ManagementFactory.getRuntimeMXBean().getName();

	public OutboxSender(OutboxMapper outbox, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
			OperatorAlerts alerts, Clock clock) {
		this.clock = clock;
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.settings = settings;
		this.alerts = alerts;
		this.composer = new ReportMessageComposer(settings);
	}

	public record DeliveryResult(int delivered, int failed, int retrying) {
	}

	/**
	 * Sends every message that is due, for one report run (and any due alert) or (runId
	 * null) for all.
	 */
	public DeliveryResult sendDue(Long runId) {
		resolveInterrupted();
		DeliveryResult result = send(this.outbox.findDue(runId, now()));
		// alerts raised by this pass go out with it, not at the next one
		send(this.outbox.findDueAlerts(now()));
		return result;
	}

	private DeliveryResult send(List<OutboxMessage> due) {
		int delivered = 0;
		int failed = 0;
		int retrying = 0;
		for (OutboxMessage message : due) {
			int attempt = message.attempts() + 1;
			if (this.outbox.claim(message.id(), attempt, this.senderId, now()) == 0) {
				continue;
			}
			try {
				deliver(message);
				delivered++;
			}
			catch (AttachmentProblemException ex) {
				giveUp(message, ex.getMessage());
				failed++;
			}
			catch (MailException | MessagingException | IOException ex) {
				if (attempt >= this.settings.maxAttempts() || SmtpDelivery.isPermanent(ex)) {
					giveUp(message, describe(ex) + " (sau " + attempt + " lần gửi)");
					failed++;
				}
				else {
					LocalDateTime next = now().plus(this.settings.firstRetryDelay().multipliedBy(1L << (attempt - 1)));
					this.outbox.markFailed(message.id(), MessageStatus.PENDING, describe(ex), next);
					log.warn("Gửi {} lỗi (lần {}), sẽ thử lại lúc {}: {}", message.describe(), attempt, next,
							describe(ex));
					retrying++;
				}
			}
		}
		return new DeliveryResult(delivered, failed, retrying);
	}

	/**
	 * Rows whose sender died while sending: neither resent nor forgotten, but handed to
	 * the operators.
	 */
	public int resolveInterrupted() {
		int resolved = 0;
		for (OutboxMessage stuck : this.outbox.findStuckSending(now().minus(this.settings.sendingLease()))) {
			String why = "Tiến trình gửi đã dừng giữa chừng khi đang gửi (nhận gửi lúc " + stuck.claimedAt()
					+ "): không biết máy chủ thư đã nhận thư hay chưa, nên không tự gửi lại.";
			if (this.outbox.markUncertain(stuck.id(), why) == 1) {
				resolved++;
				if (stuck.kind() != MessageKind.ALERT) {
					this.alerts.raise("uncertain/" + stuck.id(), "Không rõ " + stuck.describe() + " đã đi hay chưa",
							why + "\nThư số " + stuck.id() + ": \"" + stuck.subject()
									+ "\".\nHãy hỏi người nhận; nếu họ "
									+ "chưa nhận được, gửi lại bằng: ./reports outbox resend " + stuck.id());
				}
			}
		}
		return resolved;
	}

	private void giveUp(OutboxMessage message, String reason) {
		this.outbox.markFailed(message.id(), MessageStatus.FAILED, reason, now());
		if (message.kind() == MessageKind.ALERT) {
			log.error("Không gửi được {}: {}", message.describe(), reason);
			return;
		}
		this.alerts.raise("undelivered/" + message.id(), "Không gửi được " + message.describe(),
				"Thư số " + message.id() + ": \"" + message.subject() + "\".\nLý do: " + reason
						+ "\nSửa nguyên nhân rồi gửi lại bằng: ./reports outbox resend " + message.id());
	}

	private void deliver(OutboxMessage message) throws MessagingException, IOException {
		List<Attachment> attachments = message.isReport() ? this.outbox.findAttachments(message.reportRunId())
				: List.of();
		JavaMailSender sender = this.mailSender.getIfAvailable();
		Session session = (sender instanceof JavaMailSenderImpl impl) ? impl.getSession() : null;
		MimeMessage mime = this.composer.compose(message, attachments, session);
		if (sender instanceof JavaMailSenderImpl impl) {
			String reply = new SmtpDelivery(impl).send(mime);
			this.outbox.markDelivered(message.id(), MessageStatus.SENT, reply, null, now());
			log.info("Đã gửi {}: {} — máy chủ trả lời: {}", message.describe(), message.subject(), reply);
		}
		else if (sender != null) {
			sender.send(mime);
			this.outbox.markDelivered(message.id(), MessageStatus.SENT, null, null, now());
			log.info("Đã gửi {}: {}", message.describe(), message.subject());
		}
		else {
			Path file = writeEml(message, mime);
			this.outbox.markDelivered(message.id(), MessageStatus.WRITTEN, null, file.toString(), now());
			log.info("Chưa cấu hình máy chủ SMTP: {} đã được ghi ra {}", message.describe(), file);
		}
	}

	private Path writeEml(OutboxMessage message, MimeMessage mime) throws IOException, MessagingException {
		Files.createDirectories(this.settings.outboxFolder());
		String prefix = message.isReport() ? "run-" + message.reportRunId() + "-round-" + message.sendRound()
				: message.kind().name().toLowerCase() + "-" + message.id();
		String name = prefix + "-" + message.recipient().replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
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

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

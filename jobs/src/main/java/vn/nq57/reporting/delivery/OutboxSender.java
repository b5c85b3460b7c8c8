package vn.nq57.reporting.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
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

	private final String senderId = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ Long.toHexString(System.nanoTime());

	private ApplicationEventPublisher events;

	/**
	 * Set by Spring: each report email that reaches the server is announced
	 * ({@link ReportMailDelivered}); a sender made by hand (tests) announces nothing.
	 */
	@Autowired(required = false)
	void setEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

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
	 * Whether an SMTP server is configured ({@code spring.mail.host}); without one,
	 * messages are only written as .eml files.
	 */
	public boolean hasMailServer() {
		return this.mailSender.getIfAvailable() != null;
	}

	/**
	 * Sends every message that is due for one province report version (and any due
	 * alert).
	 */
	public DeliveryResult sendDueOfProvinceReport(long provinceRunId) {
		resolveInterrupted();
		DeliveryResult result = send(this.outbox.findDueOfProvinceReport(provinceRunId, now()));
		send(this.outbox.findDueAlerts(now()));
		return result;
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
		int retrying = 0;
		List<GivenUp> givenUp = new ArrayList<>();
		for (OutboxMessage message : due) {
			int attempt = message.attempts() + 1;
			if (this.outbox.claim(message.id(), attempt, this.senderId) == 0) {
				continue;
			}
			try {
				deliver(message, attempt);
				delivered++;
			}
			catch (AttachmentProblemException ex) {
				givenUp.add(giveUp(message, attempt, ex.getMessage()));
			}
			catch (MailException | MessagingException | IOException ex) {
				LocalDateTime next = nextAttempt(message, attempt);
				if (next == null || SmtpDelivery.isPermanent(ex)) {
					givenUp.add(giveUp(message, attempt, describe(ex) + " (sau " + attempt + " lần gửi)"));
				}
				else {
					this.outbox.markFailed(message.id(), MessageStatus.PENDING, describe(ex), next, this.senderId,
							attempt);
					log.warn("Gửi {} lỗi (lần {}), sẽ thử lại lúc {}: {}", message.describe(), attempt, next,
							describe(ex));
					retrying++;
				}
			}
		}
		tellOperators(givenUp);
		return new DeliveryResult(delivered, givenUp.size(), retrying);
	}

	/**
	 * When to try a message again, or null to give up: the delay doubles from the first
	 * one up to the largest; a report keeps being retried until its last day to send has
	 * passed, and any message for at least {@code reports.mail.max-attempts} attempts.
	 */
	LocalDateTime nextAttempt(OutboxMessage message, int attempt) {
		LocalDateTime now = now();
		boolean beforeDeadline = message.isReport() && message.reportDeadline() != null
				&& now.isBefore(message.reportDeadline().atStartOfDay());
		if (attempt >= this.settings.maxAttempts() && !beforeDeadline) {
			return null;
		}
		Duration delay = this.settings.firstRetryDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
		if (delay.compareTo(this.settings.maxRetryDelay()) > 0) {
			delay = this.settings.maxRetryDelay();
		}
		return now.plus(delay);
	}

	/**
	 * Rows whose sender died while sending: neither resent nor forgotten, but handed to
	 * the operators.
	 */
	public int resolveInterrupted() {
		int resolved = 0;
		for (OutboxMessage stuck : this.outbox.findStuckSending(this.settings.sendingLease().toSeconds())) {
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

	private record GivenUp(OutboxMessage message, String reason) {
	}

	private GivenUp giveUp(OutboxMessage message, int attempt, String reason) {
		this.outbox.markFailed(message.id(), MessageStatus.FAILED, reason, now(), this.senderId, attempt);
		log.error("Không gửi được {}: {}", message.describe(), reason);
		return new GivenUp(message, reason);
	}

	/**
	 * One alert for every message this pass gave up on (alerts themselves only in the
	 * log), with the commands that send them again.
	 */
	private void tellOperators(List<GivenUp> givenUp) {
		List<GivenUp> told = givenUp.stream().filter(g -> g.message().kind() != MessageKind.ALERT).toList();
		if (told.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		for (GivenUp g : told) {
			text.append("- Thư số ")
				.append(g.message().id())
				.append(" (")
				.append(g.message().describe())
				.append("): \"")
				.append(g.message().subject())
				.append("\"\n  Lý do: ")
				.append(g.reason())
				.append('\n');
		}
		text.append("\nSửa nguyên nhân rồi gửi lại: từng thư bằng ./reports outbox resend SỐ");
		told.stream()
			.map(g -> g.message().reportRunId())
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach(run -> text.append(", hoặc mọi thư chưa đi của lần chạy ")
				.append(run)
				.append(" bằng ./reports outbox resend --run ")
				.append(run));
		text.append('.');
		String key = "undelivered/" + told.stream()
			.map(g -> String.valueOf(g.message().id()))
			.collect(java.util.stream.Collectors.joining(","));
		String subject = (told.size() == 1) ? "Không gửi được " + told.get(0).message().describe()
				: "Không gửi được " + told.size() + " thư";
		this.alerts.raise(key.length() > 250 ? key.substring(0, 250) : key, subject, text.toString());
	}

	private void deliver(OutboxMessage message, int attempt) throws MessagingException, IOException {
		List<Attachment> attachments = switch (message.kind()) {
			case REPORT -> this.outbox.findAttachments(message.reportRunId());
			case PROVINCE_REPORT -> this.outbox.findProvinceAttachments(message.provinceReportRunId());
			default -> List.of();
		};
		JavaMailSender sender = this.mailSender.getIfAvailable();
		Session session = (sender instanceof JavaMailSenderImpl impl) ? impl.getSession() : null;
		MimeMessage mime = this.composer.compose(message, attachments, session);
		if (sender instanceof JavaMailSenderImpl impl) {
			String reply = new SmtpDelivery(impl).send(mime);
			delivered(message, attempt, MessageStatus.SENT, reply, null);
			log.info("Đã gửi {}: {} — máy chủ trả lời: {}", message.describe(), message.subject(), reply);
		}
		else if (sender != null) {
			sender.send(mime);
			delivered(message, attempt, MessageStatus.SENT, null, null);
			log.info("Đã gửi {}: {}", message.describe(), message.subject());
		}
		else {
			Path file = writeEml(message, mime);
			delivered(message, attempt, MessageStatus.WRITTEN, null, file.toString());
			log.info("Chưa cấu hình máy chủ SMTP: {} đã được ghi ra {}", message.describe(), file);
		}
	}

	/**
	 * Records a delivery on the row this sender claimed. When another node meanwhile took
	 * it for stuck (UNCERTAIN, maybe already put back by an operator), the row is set
	 * right — it did go — and the operators are told not to send it again.
	 */
	private void delivered(OutboxMessage message, int attempt, MessageStatus status, String reply, String file) {
		if (this.outbox.markDelivered(message.id(), status, reply, file, now(), this.senderId, attempt) == 1) {
			announce(message, status);
			return;
		}
		if (this.outbox.markDeliveredAfterAll(message.id(), status, reply, file, now(), this.senderId, attempt) == 1
				&& message.kind() != MessageKind.ALERT) {
			announce(message, status);
			this.alerts.raise("delivered-late/" + message.id(), message.describe() + " đã đi: không cần gửi lại",
					"Thư số " + message.id() + " (\"" + message.subject() + "\") đã được máy chủ thư nhận"
							+ ((reply != null) ? " (" + reply + ")" : "")
							+ " sau khi bị đánh dấu là không rõ đã gửi hay chưa. Không gửi lại thư này.");
		}
	}

	/**
	 * Tells the report's version its email went (it becomes SENT), whichever pass sent
	 * it; a failure there leaves the delivery recorded and the rest of the pass going.
	 */
	private void announce(OutboxMessage message, MessageStatus status) {
		if (this.events == null || !message.isReport() || status != MessageStatus.SENT) {
			return;
		}
		try {
			this.events.publishEvent(new ReportMailDelivered(message.reportRunId(), message.id()));
		}
		catch (RuntimeException ex) {
			log.warn("Đã gửi {} nhưng chưa ghi được trạng thái \"đã gửi\" của phiên bản: {}", message.describe(),
					ex.getMessage());
		}
	}

	private Path writeEml(OutboxMessage message, MimeMessage mime) throws IOException, MessagingException {
		Files.createDirectories(this.settings.outboxFolder());
		String prefix = switch (message.kind()) {
			case REPORT -> "run-" + message.reportRunId() + "-round-" + message.sendRound();
			case PROVINCE_REPORT -> "province-run-" + message.provinceReportRunId() + "-round-" + message.sendRound();
			default -> message.kind().name().toLowerCase() + "-" + message.id();
		};
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

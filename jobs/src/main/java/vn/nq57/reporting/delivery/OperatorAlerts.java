package vn.nq57.reporting.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Tells the operators ({@code reports.mail.operators}) that something needs a person: a
 * message that could not be delivered, a scheduled run that failed or was missed. Alerts
 * go through the outbox like any mail (so an SMTP outage delays them, never loses them)
 * and each is queued once per key and operator.
 */
@Service
public class OperatorAlerts {

	private static final Logger log = LoggerFactory.getLogger(OperatorAlerts.class);

	private final OutboxMapper outbox;

	private final MailSettings settings;

	private final MailTemplates templates;

	private final Clock clock;

	public OperatorAlerts(OutboxMapper outbox, MailSettings settings, MailTemplates templates, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * Queues an alert to every operator, once per {@code key}; returns how many were
	 * newly queued. A new alert is logged as an error too; with no operator address
	 * configured, every call is.
	 */
	public int raise(String key, String subject, String text) {
		return raise(key, subject, text, java.util.List.of());
	}

	/**
	 * Queues an alert to every operator and to the given addresses too (e.g. the signers
	 * a report waits for), once per {@code key} and address.
	 */
	public int raise(String key, String subject, String text, java.util.List<String> alsoTo) {
		java.util.List<String> recipients = new java.util.ArrayList<>(this.settings.operators());
		alsoTo.stream().filter(address -> !recipients.contains(address)).forEach(recipients::add);
		if (recipients.isEmpty()) {
			log.error("{}: {}", subject, text);
			log.error(
					"Chưa cấu hình địa chỉ thư của người vận hành (reports.mail.operators): cảnh báo chỉ có trong nhật ký.");
			return 0;
		}
		String body = this.templates.render("mail/alert", Map.of("subject", subject, "text", text));
		LocalDateTime now = LocalDateTime.now(this.clock);
		int queued = 0;
		for (String operator : recipients) {
			queued += Math.min(1, this.outbox.insertOnce(MessageKind.ALERT, operator, key + " → " + operator,
					"[Cảnh báo NQ57] " + subject, body, now));
		}
		if (queued > 0) {
			log.error("{}: {}", subject, text);
		}
		return queued;
	}

}

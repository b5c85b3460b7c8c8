package vn.nq57.reporting.delivery;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import vn.nq57.reporting.attainment.ReportingZone;

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

	public OperatorAlerts(OutboxMapper outbox, MailSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
	}

	/**
	 * Queues an alert to every operator, once per {@code key}; returns how many were
	 * newly queued. A new alert is logged as an error too; with no operator address
	 * configured, every call is.
	 */
	public int raise(String key, String subject, String text) {
		if (this.settings.operators().isEmpty()) {
			log.error("{}: {}", subject, text);
			log.error(
					"Chưa cấu hình địa chỉ thư của người vận hành (reports.mail.operators): cảnh báo chỉ có trong nhật ký.");
			return 0;
		}
		String body = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head><body>" + "<p><b>"
				+ HtmlUtils.htmlEscape(subject, "UTF-8") + "</b></p><pre style=\"white-space:pre-wrap\">"
				+ HtmlUtils.htmlEscape(text, "UTF-8") + "</pre></body></html>";
		LocalDateTime now = LocalDateTime.now(ReportingZone.ZONE);
		int queued = 0;
		for (String operator : this.settings.operators()) {
			queued += Math.min(1, this.outbox.insertOnce("ALERT", operator, key + " → " + operator,
					"[Cảnh báo NQ57] " + subject, body, now));
		}
		if (queued > 0) {
			log.error("{}: {}", subject, text);
		}
		return queued;
	}

}

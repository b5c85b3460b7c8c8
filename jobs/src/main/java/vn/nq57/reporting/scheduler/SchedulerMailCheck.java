package vn.nq57.reporting.scheduler;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.MailSettings;
import vn.nq57.reporting.delivery.OutboxSender;

/**
 * A scheduler sends reports on its own, so it does not start without an SMTP server: the
 * .eml files it would write instead reach nobody (and never count as delivered). A trial
 * says so ({@code ./reports scheduler --no-mail}, or
 * {@code reports.scheduler.no-mail=true} for {@code serve}).
 */
@Component
public class SchedulerMailCheck {

	private final OutboxSender sender;

	private final MailSettings mail;

	public SchedulerMailCheck(OutboxSender sender, MailSettings mail) {
		this.sender = sender;
		this.mail = mail;
	}

	/**
	 * Nothing with an SMTP server; the trial's warning without one when it is a trial.
	 * @throws NoMailServerException without an SMTP server, unless a trial
	 */
	public Optional<String> check(boolean trial) {
		if (this.sender.hasMailServer()) {
			return Optional.empty();
		}
		if (!trial) {
			throw new NoMailServerException(
					"Chưa cấu hình máy chủ thư (SPRING_MAIL_HOST): bộ lập lịch không khởi động, "
							+ "vì báo cáo sẽ chỉ được ghi ra tệp .eml và không đến tay ai. Cấu hình SMTP (xem README, "
							+ "\"Schedules and delivery\"), hoặc chạy thử bằng ./reports scheduler --no-mail "
							+ "(với serve: --reports.scheduler.no-mail=true), hoặc chỉ mở giao diện web và API bằng "
							+ "./reports serve --no-scheduler.");
		}
		return Optional
			.of("CHẠY THỬ, KHÔNG GỬI THƯ: chưa cấu hình máy chủ thư, báo cáo và cảnh báo chỉ được ghi ra tệp "
					+ ".eml trong " + this.mail.outboxFolder().toAbsolutePath()
					+ "; tệp .eml không được tính là đã gửi, nên mọi báo cáo đến hạn vẫn bị cảnh báo quá hạn.");
	}

	/** The scheduler was asked to start without an SMTP server and without --no-mail. */
	public static class NoMailServerException extends IllegalStateException {

		NoMailServerException(String message) {
			super(message);
		}

	}

}

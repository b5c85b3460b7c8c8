package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.nq57.reporting.delivery.MailSettings;
import vn.nq57.reporting.delivery.OperatorAlerts;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A scheduler without an SMTP server (issue 19 item 13): {@code serve} with the scheduler
 * on refuses to start unless it is a trial ({@code reports.scheduler.no-mail=true}); with
 * a server configured nothing is said. No SMTP host in the tests' configuration.
 */
@DatabaseTest
class SchedulerMailCheckTests {

	@Autowired
	SchedulerMailCheck check;

	@Autowired
	ScheduleTriggers triggers;

	@Autowired
	OutboxMapper outbox;

	@Autowired
	MailSettings mail;

	@Autowired
	OperatorAlerts alerts;

	@Autowired
	Clock clock;

	@Test
	void serveWithTheSchedulerOnRefusesToStartWithoutAMailServerUnlessATrial() {
		assertThatThrownBy(() -> new SchedulerStarter(this.triggers, this.check, properties(false), this.clock))
			.isInstanceOf(SchedulerMailCheck.NoMailServerException.class)
			.hasMessageContaining("Chưa cấu hình máy chủ thư (SPRING_MAIL_HOST): bộ lập lịch không khởi động")
			.hasMessageContaining("--no-mail");

		new SchedulerStarter(this.triggers, this.check, properties(true), this.clock);
		assertThat(this.check.check(true)).get()
			.asString()
			.startsWith("CHẠY THỬ, KHÔNG GỬI THƯ")
			.contains("không được tính là đã gửi");
	}

	@Test
	void withAMailServerTheSchedulerStartsWithoutAWord() {
		ObjectProvider<JavaMailSender> server = new StaticListableBeanFactory(
				Map.of("mailSender", new JavaMailSenderImpl()))
			.getBeanProvider(JavaMailSender.class);
		SchedulerMailCheck withServer = new SchedulerMailCheck(
				new OutboxSender(this.outbox, server, this.mail, this.alerts, this.clock), this.mail);

		assertThat(withServer.check(false)).isEmpty();
	}

	private static SchedulerProperties properties(boolean noMail) {
		return new Binder(new MapConfigurationPropertySource(Map.of("reports.scheduler.no-mail", noMail)))
			.bindOrCreate("reports.scheduler", Bindable.of(SchedulerProperties.class));
	}

}

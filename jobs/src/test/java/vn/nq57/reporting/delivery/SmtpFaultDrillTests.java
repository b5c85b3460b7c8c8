package vn.nq57.reporting.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.run.RunStatus;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestSigners;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail servers that misbehave (RELIABILITY.md, "Mail"): one that accepts and never
 * answers must not hold a run (connect, read and write time out; the message waits for
 * its next attempt); one that refuses for good (5xx) fails the message at once, with one
 * alert for all.
 */
@DatabaseTest
@Tag("faults")
@TestPropertySource(properties = { "spring.mail.properties.mail.smtp.connectiontimeout=1500",
		"spring.mail.properties.mail.smtp.timeout=1500", "spring.mail.properties.mail.smtp.writetimeout=1500",
		"reports.mail.operators=van-hanh@example.gov.vn" })
class SmtpFaultDrillTests {

	static ScriptedSmtpServer silent = start(ScriptedSmtpServer.Behaviour.SILENT);

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	OutboxMapper outbox;

	@Autowired
	ResendService resend;

	@Autowired
	ConsoleUsers users;

	@Autowired
	VersionLifecycle lifecycle;

	@Autowired
	MailSettings settings;

	@Autowired
	OperatorAlerts alerts;

	@Autowired
	Clock clock;

	@DynamicPropertySource
	static void mailServerThatNeverAnswers(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", silent::port);
	}

	@AfterAll
	static void stopServers() throws Exception {
		silent.close();
	}

	@Test
	void aServerThatNeverAnswersDoesNotHoldTheRun() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		long started = System.nanoTime();

		ReportRunLauncher.Outcome outcome = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-10", true);

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		DrillLog.print("mail", "server that never answers", "run with --send took " + took.toMillis() + " ms");
		assertThat(outcome.run().status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(took).as("one read timeout per message, not ten minutes").isLessThan(Duration.ofSeconds(60));
		assertThat(this.outbox.findByRun(outcome.run().id())).isNotEmpty().allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
			assertThat(message.lastError()).containsIgnoringCase("timed out");
		});
		assertThat(silent.connections.get()).isPositive();
	}

	@Test
	void aServerThatRefusesForGoodFailsEachMessageAtOnceWithOneAlert() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		long runId = TestSigners
			.approve(this.users, this.lifecycle,
					this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-11", false).run())
			.id();
		this.resend.resendRun(runId, List.of("a@example.gov.vn", "b@example.gov.vn"));
		try (ScriptedSmtpServer refusing = new ScriptedSmtpServer(ScriptedSmtpServer.Behaviour.REFUSE_RECIPIENTS)) {
			OutboxSender sender = new OutboxSender(this.outbox, senderTo(refusing.port()), this.settings, this.alerts,
					this.clock);

			OutboxSender.DeliveryResult result = sender.sendDue(runId);

			assertThat(result.failed()).isEqualTo(2);
			assertThat(result.retrying()).isZero();
			assertThat(this.outbox.findByRun(runId)).allSatisfy(message -> {
				assertThat(message.status()).isEqualTo(MessageStatus.FAILED);
				assertThat(message.attempts()).isOne();
				assertThat(message.lastError()).contains("550");
			});
			assertThat(this.outbox.findByKind(MessageKind.ALERT))
				.filteredOn(alert -> alert.subject().contains("Không gửi được 2 thư"))
				.hasSize(1);
		}
	}

	private static ObjectProvider<JavaMailSender> senderTo(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.setProtocol("smtp");
		Properties properties = new Properties();
		properties.put("mail.smtp.timeout", "1500");
		properties.put("mail.smtp.connectiontimeout", "1500");
		sender.setJavaMailProperties(properties);
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", sender);
		return beans.getBeanProvider(JavaMailSender.class);
	}

	private static ScriptedSmtpServer start(ScriptedSmtpServer.Behaviour behaviour) {
		try {
			return new ScriptedSmtpServer(behaviour);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.nq57.reporting.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestSigners;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.MutableClock;
import vn.nq57.reporting.system.TestPlans;

import vn.nq57.reporting.system.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail server down for two hours before a report's deadline, then back
 * (RELIABILITY.md, "Mail"): the messages are retried past their usual number of attempts
 * because the report is not due yet, and each recipient gets the report exactly once when
 * the server is back; past the last day they fail and the operators are told.
 */
@DatabaseTest
@Tag("faults")
@Import(MailOutageDrillTests.Time.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "reports.mail.first-retry-delay=5m",
		"reports.mail.max-retry-delay=30m", "reports.mail.max-attempts=3",
		"reports.mail.operators=van-hanh@example.gov.vn" })
class MailOutageDrillTests {

	static final List<String> RECIPIENTS = List.of("so-khcn@example.gov.vn", "ubnd-tinh@example.gov.vn");

	/** Five days before "before 20 December 2026". */
	static final LocalDateTime START = LocalDateTime.of(2026, 12, 15, 9, 0);

	static final ServerSetup SMTP = TestSmtp.onFreePort();

	@DynamicPropertySource
	static void mailPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP);

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ResendService resend;

	@Autowired
	ConsoleUsers users;

	@Autowired
	VersionLifecycle lifecycle;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMapper outbox;

	@Autowired
	MutableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(START);
		}

	}

	@Test
	void twoHoursDownBeforeTheDeadlineThenBackDeliversEachReportOnce() throws Exception {
		long runId = queuedReport("2026-12");
		smtp.stop();
		int passes = 0;
		for (Duration down = Duration.ZERO; down.compareTo(Duration.ofHours(2)) <= 0; down = down
			.plus(Duration.ofMinutes(10))) {
			this.sender.sendDue(runId);
			this.clock.advance(Duration.ofMinutes(10));
			passes++;
		}
		List<OutboxMessage> during = this.outbox.findByRun(runId);
		assertThat(during).allSatisfy(message -> assertThat(message.status()).isEqualTo(MessageStatus.PENDING));
		int attempts = during.get(0).attempts();
		assertThat(attempts).as("retried past reports.mail.max-attempts before the deadline").isGreaterThan(3);

		smtp.start();
		this.clock.advance(Duration.ofMinutes(31));
		OutboxSender.DeliveryResult back = this.sender.sendDue(runId);
		this.clock.advance(Duration.ofHours(1));
		OutboxSender.DeliveryResult again = this.sender.sendDue(runId);

		DrillLog.print("mail", "server down 2 h before the deadline, then back", passes + " sending passes, " + attempts
				+ " attempts per message while down, " + back.delivered() + " delivered when back");
		assertThat(back.delivered()).isEqualTo(2);
		assertThat(again.delivered()).isZero();
		assertThat(OutboxDeliveryTests.recipientsOf(smtp.getReceivedMessages()))
			.containsExactlyInAnyOrderElementsOf(RECIPIENTS);
	}

	@Test
	void aServerStillDownAfterTheLastDayFailsTheReportAndTellsTheOperators() throws Exception {
		this.clock.set(START);
		long runId = queuedReport("2026-11");
		smtp.stop();
		// "before 20 November 2026": the last day to send was the 19th
		for (int pass = 0; pass < 4; pass++) {
			this.sender.sendDue(runId);
			this.clock.advance(Duration.ofHours(1));
		}

		assertThat(this.outbox.findByRun(runId))
			.allSatisfy(message -> assertThat(message.status()).isEqualTo(MessageStatus.FAILED));
		assertThat(this.outbox.findByKind(MessageKind.ALERT))
			.filteredOn(alert -> alert.subject().contains("Không gửi được 2 thư"))
			.hasSize(1);
		smtp.start();
	}

	private long queuedReport(String month) throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		long runId = TestSigners
			.approve(this.users, this.lifecycle, this.launcher.run("VU-QUANG", ReportType.MONTHLY, month, false).run())
			.id();
		this.resend.resendRun(runId, RECIPIENTS);
		return runId;
	}

}

package vn.nq57.reporting.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestSigners;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes whose clocks disagree (RELIABILITY.md, "Mail"): a node whose clock runs a
 * quarter of an hour ahead must not take another node's message, claimed a minute ago,
 * for one whose sender died — sending leases are measured by the database's clock, not by
 * either node's.
 */
@DatabaseTest
@Tag("faults")
class ClockSkewDrillTests {

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
	OutboxMapper outbox;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@Autowired
	MailSettings settings;

	@Autowired
	OperatorAlerts alerts;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNodeWithItsClockAheadDoesNotTakeAMessageBeingSentForStuck() throws Exception {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		long runId = TestSigners
			.approve(this.users, this.lifecycle,
					this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2030-09", false).run())
			.id();
		this.resend.resendRun(runId, List.of("so-khcn@example.gov.vn"));
		OutboxMessage message = this.outbox.findByRun(runId).get(0);
		// node A claimed it a minute ago and is still talking to the mail server
		this.outbox.claim(message.id(), 1, "node-a");
		this.outbox.backdateClaim(message.id(), 60);
		Clock aheadBy15Minutes = Clock.offset(this.clock, Duration.ofMinutes(15));
		OutboxSender nodeB = new OutboxSender(this.outbox, this.mailSender, this.settings, this.alerts,
				aheadBy15Minutes);

		int resolved = nodeB.resolveInterrupted();

		DrillLog.print("mail", "a node 15 min ahead checks a message claimed 1 min ago (lease "
				+ this.settings.sendingLease().toMinutes() + " min)", resolved + " taken for stuck");
		assertThat(resolved).isZero();
		assertThat(this.outbox.findById(message.id()).status()).isEqualTo(MessageStatus.SENDING);
	}

}

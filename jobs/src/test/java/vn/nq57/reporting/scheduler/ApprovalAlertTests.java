package vn.nq57.reporting.scheduler;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;
import vn.nq57.reporting.system.TestSigners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline watch tells the plan's signers and the operators, once, about a report
 * version still waiting for approval on its last day: unapproved, it is neither numbered
 * nor sent.
 */
@DatabaseTest
@TestPropertySource(properties = "reports.mail.operators=van-hanh@example.gov.vn")
class ApprovalAlertTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ScheduledRuns scheduledRuns;

	@Autowired
	ConsoleUsers users;

	@Autowired
	vn.nq57.reporting.run.VersionLifecycle lifecycle;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDraftStillWaitingOnItsLastDayAlertsTheSignersAndTheOperatorsOnce() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		this.samples.generate("VU-QUANG", Period.parse(ReportType.QUARTERLY, "2026-Q2"), 57L);
		ReportRun draft = this.launcher.run("VU-QUANG", ReportType.QUARTERLY, "2026-Q2", true).run();
		this.users.save("tra", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "VU-QUANG", null);
		this.users.setEmail("tra", "tra@vuquang.example.gov.vn");
		this.users.save("hoang", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "YEN-HOA", null);
		this.users.setEmail("hoang", "hoang@yenhoa.example.gov.vn");
		this.jdbc.update("DELETE FROM mail_outbox WHERE kind = 'ALERT'");

		// due "before 10 June": the last day is Tuesday 9 June 2026
		assertThat(this.scheduledRuns.alertAwaitingApproval(at(2026, 6, 8))).as("the day before").isZero();
		assertThat(this.scheduledRuns.alertAwaitingApproval(at(2026, 6, 9))).isEqualTo(2);
		assertThat(this.scheduledRuns.alertAwaitingApproval(at(2026, 6, 9))).as("once").isZero();

		List<String> recipients = this.jdbc
			.queryForList("SELECT recipient FROM mail_outbox WHERE kind = 'ALERT' ORDER BY recipient", String.class);
		assertThat(recipients).containsExactly("tra@vuquang.example.gov.vn", "van-hanh@example.gov.vn");
		assertThat(this.jdbc.queryForList("SELECT subject FROM mail_outbox WHERE kind = 'ALERT'", String.class))
			.allSatisfy(
					subject -> assertThat(subject).contains("Chờ duyệt đến hạn", "VU-QUANG", "lần chạy " + draft.id()));

		TestSigners.approve(this.users, this.lifecycle, draft);
		this.jdbc.update("DELETE FROM mail_outbox WHERE kind = 'ALERT'");
		assertThat(this.scheduledRuns.alertAwaitingApproval(at(2026, 6, 10))).as("issued: nothing to wait for")
			.isZero();
	}

	private static ZonedDateTime at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 9, 0).atZone(ReportingZone.ZONE);
	}

}

package vn.nq57.reporting.scheduler;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.UnitStatusRow;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ReportRunMapper;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission;
import vn.nq57.reporting.submission.SubmissionStore;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.TestPlans;
import vn.nq57.reporting.system.TestSigners;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission accepted after the run that made a report and before the report's deadline
 * makes a new version automatically, which is the one sent, and which lists the unit as
 * late (issue 14 item 10; before, the late figure stayed out of the report sent). Vũ
 * Quang's annual report of 2026: units' cut-off 23/11/2026, run 24/11, deadline "trước
 * ngày 30/11/2026".
 */
@DatabaseTest
class LateSubmissionRunTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	SubmissionStore store;

	@Autowired
	LateSubmissionRuns lateRuns;

	@Autowired
	ReportContentMapper content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConsoleUsers users;

	@Autowired
	VersionLifecycle lifecycle;

	@Autowired
	ReportRunMapper runs;

	@Test
	void aSubmissionAcceptedAfterTheRunAndBeforeTheDeadlineMakesANewVersionThatIsSentAndSaysItWasLate()
			throws Exception {
		this.importer.importText("plans/yen-hoa.yaml", TestPlans.text("yen-hoa.yaml"));
		long first = this.launcher.run("YEN-HOA", ReportType.ANNUAL, "2026", true).run().id();
		LocalDate beforeTheDeadline = LocalDate.of(2026, 11, 27);
		assertThat(this.lateRuns.rerun(beforeTheDeadline)).isZero();

		LocalDateTime afterTheRun = LocalDateTime.now(ReportingZone.ZONE).plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
		this.store.storeAccepted(new NewSubmission("YEN-HOA", "VHXH", "ANNUAL", "2026", "TEST", afterTheRun, "kiểm thử",
				List.of(), List.of(), new Narrative(null, null, null, null)));
		// nothing is made again until the watch looks
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM report_run WHERE period_code = '2026'", Integer.class))
			.isOne();

		int rerun = this.lateRuns.rerun(beforeTheDeadline);

		List<Long> versions = this.jdbc.queryForList(
				"SELECT id FROM report_run WHERE period_code = '2026' AND status = 'COMPLETED' ORDER BY version",
				Long.class);
		assertThat(rerun).isOne();
		assertThat(versions).hasSize(2).startsWith(first);
		long second = versions.get(1);
		assertThat(this.content.findUnitStatuses(second)).filteredOn(unit -> unit.unitCode().equals("VHXH"))
			.extracting(UnitStatusRow::timeliness)
			.containsExactly("LATE");
		// the annual report is approved by a person: the new version waits for its
		// signer,
		// and once approved it is issued and queued
		assertThat(
				this.jdbc.queryForObject("SELECT issuance_status FROM report_run WHERE id = ?", String.class, second))
			.isEqualTo("DRAFT");
		TestSigners.approve(this.users, this.lifecycle, this.runs.findRun(second));
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM mail_outbox WHERE report_run_id = ? AND kind = 'REPORT'", Integer.class, second))
			.isPositive();
		// once used, the submission makes no third version
		assertThat(this.lateRuns.rerun(beforeTheDeadline)).isZero();
		// and from the plan's "before day D" on, a late submission makes no new version
		this.store.storeAccepted(new NewSubmission("YEN-HOA", "VHXH", "ANNUAL", "2026", "TEST",
				afterTheRun.plusHours(1), "kiểm thử", List.of(), List.of(), new Narrative(null, null, null, null)));
		assertThat(this.lateRuns.rerun(LocalDate.of(2026, 11, 30))).isZero();
		DrillLog.print("schedules", "a unit's submission accepted after the annual run, before the deadline",
				"version 2 made and queued to its recipients, the unit listed as late; no third version");
	}

}

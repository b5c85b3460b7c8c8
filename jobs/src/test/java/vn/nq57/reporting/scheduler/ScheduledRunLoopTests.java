package vn.nq57.reporting.scheduler;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduled runs that must not stop silently (issue 19 item 12; RELIABILITY.md,
 * "Schedules"): each plan's part of a firing is recorded with its outcome, a failure or a
 * database error while raising its alert does not stop the loop over the other plans,
 * skipped and failed plans are retried and the operators told of each, and the plans of a
 * node that died mid-loop are taken up by the next watch. No SMTP server here: reports
 * and alerts are written as .eml files, which never count as delivered.
 */
@DatabaseTest
@Tag("faults")
@TestPropertySource(
		properties = { "reports.mail.operators=van-hanh@example.gov.vn", "reports.scheduler.retry-delay=PT1S",
				"reports.scheduler.loop-lease=PT2S", "reports.scheduler.loop-heartbeat=PT0.5S" })
class ScheduledRunLoopTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ScheduledRuns scheduledRuns;

	@Autowired
	PlanFireLoop loop;

	@Autowired
	PlanFireMapper fires;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenTwoPlansThatOweMonthlyReportsAndOneThatDoesNot() throws Exception {
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM plan", Integer.class) == 0) {
			// both plans on the report's own timeline (Vũ Quang's printed days are its
			// units' deadlines, which put it on a timeline of its own)
			this.importer.importText("plans/vu-quang.yaml",
					TestPlans.text("vu-quang.yaml").replace("due_from: \"units\"", "due_from: \"issuer\""));
			this.importer.importText("plans/yen-hoa.yaml", TestPlans.text("yen-hoa.yaml"));
			this.importer.importText("plans/loc-hung.yaml", TestPlans.text("loc-hung.yaml"));
		}
	}

	@AfterEach
	void removeTheFaults() {
		this.jdbc.execute("DROP TRIGGER IF EXISTS drill_refuse_run");
		this.jdbc.execute("DROP TRIGGER IF EXISTS drill_refuse_alert");
		this.jdbc.update("DELETE FROM report_run_claim");
		this.jdbc.update("DELETE FROM mail_outbox WHERE kind = 'ALERT'");
		this.jdbc.update("DELETE FROM QRTZ_SIMPLE_TRIGGERS");
		this.jdbc.update("DELETE FROM QRTZ_TRIGGERS");
	}

	@Test
	void aDatabaseErrorWhileRaisingAnAlertDoesNotStopTheLoopAndTheAlertIsRaisedLater() throws Exception {
		// Vũ Quang's run fails (its report_run row refused), and so does every alert
		refuseRunsOf("VU-QUANG");
		this.jdbc.execute("CREATE TRIGGER drill_refuse_alert BEFORE INSERT ON mail_outbox FOR EACH ROW "
				+ "BEGIN IF NEW.kind = 'ALERT' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'drill: alert refused';"
				+ " END IF; END");

		this.scheduledRuns.fireReport(fired(Period.month(2027, 5)));

		Map<String, PlanFire> loop = loopOf("report/monthly/2027-05");
		// the plan after the failing one ran; Lộc Hưng owes no monthly report
		assertThat(loop).containsOnlyKeys("VU-QUANG", "YEN-HOA");
		assertThat(loop.get("YEN-HOA").status()).isEqualTo(PlanFireStatus.RAN);
		assertThat(loop.get("VU-QUANG").status()).isEqualTo(PlanFireStatus.FAILED);
		assertThat(loop.get("VU-QUANG").reason()).contains("drill: report_run refused");
		assertThat(loop.get("VU-QUANG").nextAttemptAt()).isNotNull();
		assertThat(loop.get("VU-QUANG").alertedAttempt()).isZero();
		assertThat(alerts()).isEmpty();
		assertThat(this.jdbc
			.queryForObject("SELECT outcome FROM schedule_fire WHERE run_key = 'report/monthly/2027-05'", String.class))
			.contains("VU-QUANG: thất bại", "YEN-HOA: đã chạy");

		// the database takes alerts again: the next watch raises the one that was lost
		this.jdbc.execute("DROP TRIGGER drill_refuse_alert");
		this.loop.raiseUnalerted();
		assertThat(alerts()).singleElement()
			.asString()
			.contains("Báo cáo tháng 5 năm 2027 của VU-QUANG theo lịch không chạy được");
		assertThat(alertTexts()).singleElement().asString().contains("drill: report_run refused", "Sẽ tự thử lại lúc");

		// the cause is fixed; the retry, once due, runs it and says so
		this.jdbc.execute("DROP TRIGGER drill_refuse_run");
		Thread.sleep(1200);
		int taken = this.loop.resume();

		PlanFire retried = loopOf("report/monthly/2027-05").get("VU-QUANG");
		DrillLog.print("schedules",
				"a plan's run fails and its alert hits a database error (2 plans owe the monthly report)",
				"the other plan RAN; the failed plan recorded FAILED with its reason; alert raised by the next "
						+ "watch; retried " + taken + " time, then " + retried.status() + " at attempt "
						+ retried.attempts());
		assertThat(taken).isOne();
		assertThat(retried.status()).isEqualTo(PlanFireStatus.RAN);
		assertThat(retried.attempts()).isEqualTo(2);
		assertThat(alerts()).hasSize(2)
			.anyMatch(subject -> subject.contains("VU-QUANG theo lịch đã chạy được sau 1 lần lỗi"));
	}

	@Test
	void aRunSkippedBecauseAnotherIsInProgressIsRecordedToldAndRetried() throws Exception {
		long planId = this.jdbc.queryForObject("SELECT id FROM plan WHERE code = 'YEN-HOA'", Long.class);
		// another node is making Yên Hòa's April report right now
		this.jdbc.update("INSERT INTO report_run_claim VALUES (?, 'MONTHLY', '2027-04', 'node-b/1', NOW(6))", planId);

		this.scheduledRuns.fireReport(fired(Period.month(2027, 4)));

		PlanFire skipped = loopOf("report/monthly/2027-04").get("YEN-HOA");
		assertThat(skipped.status()).isEqualTo(PlanFireStatus.SKIPPED);
		assertThat(skipped.reason()).contains("đang được lập ở một tiến trình khác");
		assertThat(loopOf("report/monthly/2027-04").get("VU-QUANG").status()).isEqualTo(PlanFireStatus.RAN);
		assertThat(alerts()).contains(
				"[Cảnh báo NQ57] Báo cáo tháng 4 năm 2027 của YEN-HOA theo lịch bị bỏ qua vì đang có lần chạy khác");

		// the other run died without finishing: the retry makes the report
		this.jdbc.update("DELETE FROM report_run_claim");
		Thread.sleep(1200);
		this.loop.resume();

		PlanFire retried = loopOf("report/monthly/2027-04").get("YEN-HOA");
		DrillLog.print("schedules", "a plan's scheduled run finds another run of its period in progress",
				"recorded " + skipped.status() + ", operators told at once; retry " + retried.status() + " at attempt "
						+ retried.attempts());
		assertThat(retried.status()).isEqualTo(PlanFireStatus.RAN);
		assertThat(versions("YEN-HOA", "2027-04")).isOne();
	}

	@Test
	void aPlanStillFailingAtItsLastAttemptIsGivenUpAndTheOperatorsAreToldBeforeTheDeadline() throws Exception {
		refuseRunsOf("YEN-HOA");

		this.scheduledRuns.fireReport(fired(Period.month(2027, 2)));
		for (int attempt = 2; attempt <= 3; attempt++) {
			Thread.sleep(1200);
			this.loop.resume();
		}

		PlanFire given = loopOf("report/monthly/2027-02").get("YEN-HOA");
		assertThat(given.status()).isEqualTo(PlanFireStatus.FAILED);
		assertThat(given.attempts()).isEqualTo(3);
		assertThat(given.givenUp()).isTrue();
		Thread.sleep(1200);
		assertThat(this.loop.resume()).isZero();
		assertThat(alerts()).filteredOn(subject -> subject.contains("YEN-HOA")).hasSize(3);
		assertThat(alertTexts()).anyMatch(text -> text.contains("Không tự thử lại nữa")
				&& text.contains("./reports run monthly --period 2027-02 --plan YEN-HOA --send"));
		DrillLog.print("schedules", "a plan's run keeps failing (max attempts 3, retry delay 1 s)", given.attempts()
				+ " attempts, then given up; " + alerts().size() + " alerts, the last saying what " + "to run by hand");
	}

	@Test
	void theLoopOfANodeThatDiedIsTakenUpByTheNextWatchWithoutASecondVersion() throws Exception {
		LocalDateTime due = LocalDateTime.now(ReportingZone.ZONE).withNano(0);
		String deadNode = "4242@dead-node/1";
		// it had made Vũ Quang's report and died before recording it; Yên Hòa was never
		// reached (the rows are written after the run, so that the run's own time, which
		// includes signing, does not count against the 2 s lease)
		this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2027-03", true);
		this.fires.record("report/monthly/2027-03", "VU-QUANG", "MONTHLY", "2027-03", due, due.plusDays(10), deadNode);
		this.fires.record("report/monthly/2027-03", "YEN-HOA", "MONTHLY", "2027-03", due, due.plusDays(10), deadNode);
		this.jdbc.update("UPDATE schedule_plan_fire SET status = 'RUNNING', attempts = 1 WHERE plan_code = 'VU-QUANG'"
				+ " AND run_key = 'report/monthly/2027-03'");
		// within the lease nothing is taken: the node may be alive
		assertThat(this.loop.resume()).isZero();
		this.jdbc.update("UPDATE schedule_plan_fire SET touched_at = NOW(6) - INTERVAL 1 HOUR");

		long started = System.nanoTime();
		int taken = this.loop.resume();

		Map<String, PlanFire> loop = loopOf("report/monthly/2027-03");
		DrillLog.print("schedules", "a node dies mid-loop (one plan made, not recorded; one never reached)",
				"the next watch took up " + taken + " plans in " + (System.nanoTime() - started) / 1_000_000
						+ " ms; versions: VU-QUANG " + versions("VU-QUANG", "2027-03") + ", YEN-HOA "
						+ versions("YEN-HOA", "2027-03"));
		assertThat(taken).isEqualTo(2);
		assertThat(loop.values()).allMatch(row -> row.status() == PlanFireStatus.RAN);
		assertThat(versions("VU-QUANG", "2027-03")).isOne();
		assertThat(versions("YEN-HOA", "2027-03")).isOne();
		assertThat(loop.get("VU-QUANG").reason()).isEqualTo("đã có phiên bản lập sau giờ lịch");
	}

	@Test
	void aLoopOfAKilledProcessOfThisMachineIsTakenUpAtTheNextStartWithoutWaitingForTheLease() throws Exception {
		// a process of this machine that ran the loop and is gone (kill -9), restarted
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		String host = java.lang.management.ManagementFactory.getRuntimeMXBean().getName().replaceFirst("^[0-9]+", "");
		String killed = gone.pid() + host + "/1";
		LocalDateTime due = LocalDateTime.now(ReportingZone.ZONE).withNano(0);
		this.fires.record("report/monthly/2027-06", "VU-QUANG", "MONTHLY", "2027-06", due, due.plusDays(10), killed);
		this.fires.record("report/monthly/2027-06", "YEN-HOA", "MONTHLY", "2027-06", due, due.plusDays(10), killed);
		this.jdbc.update("UPDATE schedule_plan_fire SET status = 'RUNNING' WHERE owner = ? AND plan_code = 'VU-QUANG'",
				killed);

		long started = System.nanoTime();
		int taken = this.loop.resume();

		DrillLog.print("schedules", "the node that ran a loop was killed and started again (same machine)",
				"the first watch took up " + taken + " plans at once (lease not waited for) in "
						+ (System.nanoTime() - started) / 1_000_000 + " ms");
		assertThat(taken).isEqualTo(2);
		assertThat(loopOf("report/monthly/2027-06").values()).allMatch(row -> row.status() == PlanFireStatus.RAN);
	}

	@Test
	void aReportWrittenOnlyAsAnEmlFileIsFlaggedByTheDeadlineWatch() throws Exception {
		this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2025-07", true);
		assertThat(this.jdbc.queryForList(
				"SELECT m.status FROM mail_outbox m JOIN report_run r "
						+ "ON r.id = m.report_run_id WHERE r.period_code = '2025-07' AND m.kind = 'REPORT'",
				String.class))
			.containsOnly("WRITTEN");

		int raised = this.scheduledRuns
			.alertMissedDeadlines(ZonedDateTime.of(2025, 7, 20, 9, 0, 0, 0, ReportingZone.ZONE), Duration.ofDays(10));

		assertThat(raised).isEqualTo(2);
		assertThat(alerts()).contains("[Cảnh báo NQ57] Quá hạn: chưa gửi báo cáo tháng 7 năm 2025 của VU-QUANG");
		assertThat(alertTexts())
			.anyMatch(text -> text.contains("VU-QUANG") && text.contains("chỉ được ghi ra tệp .eml"));
		DrillLog.print("schedules", "a report that exists only as an .eml file (no SMTP server) at its deadline",
				"flagged as not sent (" + raised + " plans owing it alerted)");
	}

	private void refuseRunsOf(String planCode) {
		long planId = this.jdbc.queryForObject("SELECT id FROM plan WHERE code = ?", Long.class, planCode);
		this.jdbc.execute("CREATE TRIGGER drill_refuse_run BEFORE INSERT ON report_run FOR EACH ROW "
				+ "BEGIN IF NEW.plan_id = " + planId
				+ " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'drill: report_run refused'; END IF; END");
	}

	private FiredTrigger fired(Period period) {
		return new FiredTrigger("report/" + period.type().cliName() + "/" + period.code(), period,
				ZonedDateTime.now(ReportingZone.ZONE).withNano(0), "node-a");
	}

	private Map<String, PlanFire> loopOf(String runKey) {
		Map<String, PlanFire> byPlan = new java.util.TreeMap<>();
		this.fires.findRecent(1000)
			.stream()
			.filter(row -> row.runKey().equals(runKey))
			.forEach(row -> byPlan.put(row.planCode(), row));
		return byPlan;
	}

	private List<String> alerts() {
		return this.jdbc.queryForList("SELECT subject FROM mail_outbox WHERE kind = 'ALERT' ORDER BY id", String.class);
	}

	private List<String> alertTexts() {
		return this.jdbc.queryForList("SELECT body_html FROM mail_outbox WHERE kind = 'ALERT' ORDER BY id",
				String.class);
	}

	private int versions(String planCode, String period) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM report_run r JOIN plan p ON p.id = r.plan_id "
				+ "WHERE p.code = ? AND r.period_code = ?", Integer.class, planCode, period);
	}

}

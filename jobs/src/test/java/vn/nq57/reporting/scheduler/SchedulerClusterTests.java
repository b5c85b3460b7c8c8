package vn.nq57.reporting.scheduler;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ScheduledRun;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.RunInProgressException;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import vn.nq57.reporting.system.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two Quartz schedulers (two nodes) on the same MariaDB, in clustered JDBC mode: each
 * trigger fires once, a trigger missed while both were down fires once at start-up, and
 * the same plan, type and period never runs twice at the same time.
 */
@DatabaseTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "reports.scheduler.missed-lookback=P0D",
		"reports.mail.operators=van-hanh@example.gov.vn" })
class SchedulerClusterTests {

	static final ServerSetup SMTP = TestSmtp.onFreePort();

	@DynamicPropertySource
	static void mailPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP);

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanImporter importer;

	@Autowired
	ScheduleTriggers triggers;

	@Autowired
	SchedulePlanner planner;

	@Autowired
	ScheduledRuns scheduledRuns;

	@Autowired
	ReportRunLauncher launcher;

	private final List<SchedulerFactoryBean> nodes = new ArrayList<>();

	@BeforeEach
	void givenAPlanAndTheScheduleJobs() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		this.triggers.ensureTriggers(now());
	}

	@AfterEach
	void stopNodes() throws Exception {
		for (SchedulerFactoryBean node : this.nodes) {
			node.destroy();
		}
		this.jdbc.update("DELETE FROM QRTZ_SIMPLE_TRIGGERS");
		this.jdbc.update("DELETE FROM QRTZ_TRIGGERS");
		this.jdbc.update("DELETE FROM schedule_fire");
		this.jdbc.update("DELETE FROM mail_outbox");
	}

	@Test
	void theTriggersFollowTheScheduleFiles() throws Exception {
		this.jdbc.update("DELETE FROM QRTZ_SIMPLE_TRIGGERS");
		this.jdbc.update("DELETE FROM QRTZ_TRIGGERS");
		ZonedDateTime evening = ZonedDateTime.of(2026, 11, 23, 21, 0, 0, 0, ReportingZone.ZONE);

		this.triggers.ensureTriggers(evening);
		this.triggers.ensureTriggers(evening);

		java.util.Map<String, LocalDateTime> next = new java.util.TreeMap<>();
		this.jdbc.query("SELECT TRIGGER_NAME, NEXT_FIRE_TIME FROM QRTZ_TRIGGERS", row -> {
			next.put(row.getString(1),
					java.time.Instant.ofEpochMilli(row.getLong(2)).atZone(ReportingZone.ZONE).toLocalDateTime());
		});
		// the multi-year reviews fire every year for the plans whose span ends then; the
		// plans whose printed day is their units' deadline have their own timeline
		// and the province reports, working days after the communes' deadline
		assertThat(next).hasSize(25)
			.containsEntry("report/province-monthly/2026-11", LocalDateTime.of(2026, 11, 26, 8, 0))
			.containsEntry("report/province-half-year/2026-H2", LocalDateTime.of(2026, 12, 7, 8, 0))
			.containsEntry("report/province-annual/2026", LocalDateTime.of(2026, 12, 7, 8, 0))
			.containsEntry("report/province-quarterly/2026-Q4", LocalDateTime.of(2026, 12, 16, 8, 0))
			.containsEntry("report/monthly@units/2026-12", LocalDateTime.of(2026, 12, 22, 8, 0))
			.containsEntry("report/three-year-review/2024-2026", LocalDateTime.of(2026, 11, 24, 8, 0))
			.containsEntry("report/five-year-review/2022-2026", LocalDateTime.of(2026, 11, 24, 8, 0))
			.containsEntry("report/half-year/2026-H2", LocalDateTime.of(2026, 11, 24, 8, 0))
			.containsEntry("report/annual/2026", LocalDateTime.of(2026, 11, 24, 8, 0))
			.containsEntry("report/quarterly/2026-Q4", LocalDateTime.of(2026, 12, 7, 8, 0))
			.containsEntry("report/monthly/2026-12", LocalDateTime.of(2026, 12, 16, 8, 0))
			.containsEntry("reminder/quarterly/2026-Q4", LocalDateTime.of(2026, 12, 1, 8, 0))
			.containsEntry("reminder/monthly/2026-12", LocalDateTime.of(2026, 12, 10, 8, 0))
			.containsKey("delivery-watch");
	}

	@Test
	void twoNodesFireEachTriggerOnce() throws Exception {
		ZonedDateTime at = now().plusSeconds(3);
		this.triggers.scheduleRun(ScheduleTriggers.REPORT_JOB, "report/", run(Period.month(2025, 5)), at);
		this.triggers.scheduleRun(ScheduleTriggers.REPORT_JOB, "report/", run(Period.month(2025, 4)), at);

		startNode("node-a");
		startNode("node-b");
		waitUntil(() -> fires("report/monthly@units/2025-05") >= 1 && fires("report/monthly@units/2025-04") >= 1);
		Thread.sleep(4000);

		assertThat(fires("report/monthly@units/2025-05")).isOne();
		assertThat(fires("report/monthly@units/2025-04")).isOne();
		assertThat(this.jdbc.queryForList("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE", String.class))
			.contains("node-a", "node-b");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM report_run WHERE period_code IN ('2025-05', '2025-04')", Integer.class))
			.isEqualTo(2);
		assertThat(
				this.jdbc.queryForObject("SELECT COUNT(*) FROM report_run WHERE status <> 'COMPLETED'", Integer.class))
			.isZero();
		// each report went out once, to its one recipient
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		// and the next monthly run is waiting in the database for whichever node is up
		// then
		assertThat(nextReportTriggers()).anyMatch(name -> name.startsWith("report/monthly/"));
	}

	@Test
	void aRunMissedWhileEveryNodeWasDownFiresOnceAtStartUp() throws Exception {
		// due two hours ago, while no node was running
		ZonedDateTime dueAt = now().minusHours(2).withNano(0);
		this.triggers.scheduleRun(ScheduleTriggers.REPORT_JOB, "report/", run(Period.month(2025, 3)), dueAt);

		startNode("node-a");
		startNode("node-b");
		waitUntil(() -> fires("report/monthly@units/2025-03") >= 1);
		Thread.sleep(4000);

		assertThat(fires("report/monthly@units/2025-03")).isOne();
		LocalDateTime scheduledFor = this.jdbc.queryForObject(
				"SELECT scheduled_for FROM schedule_fire WHERE run_key = 'report/monthly@units/2025-03'",
				LocalDateTime.class);
		assertThat(scheduledFor).isEqualTo(dueAt.toLocalDateTime());
		// nothing else caught up: one report run, one email
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM schedule_fire", Integer.class)).isOne();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void theSamePlanTypeAndPeriodNeverRunTwiceAtTheSameTime() throws Exception {
		long planId = this.jdbc.queryForObject("SELECT id FROM plan WHERE code = 'VU-QUANG'", Long.class);
		// another node is running Vũ Quang's June 2025 report right now
		this.jdbc.update("INSERT INTO report_run_claim VALUES (?, 'MONTHLY', '2025-06', 'node-b/1', ?)", planId,
				LocalDateTime.now(ReportingZone.ZONE));
		int runsBefore = this.jdbc.queryForObject("SELECT COUNT(*) FROM report_run WHERE period_code = '2025-06'",
				Integer.class);

		assertThatThrownBy(() -> this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2025-06", false))
			.isInstanceOf(RunInProgressException.class)
			.hasMessageContaining("đang được lập ở một tiến trình khác");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM report_run WHERE period_code = '2025-06'",
				Integer.class))
			.isEqualTo(runsBefore);

		// a claim left by a node that died hours ago is taken over, and released when the
		// run ends
		this.jdbc.update("UPDATE report_run_claim SET claimed_at = ?",
				LocalDateTime.now(ReportingZone.ZONE).minusHours(3));
		assertThat(this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2025-06", false).completed()).isTrue();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM report_run_claim", Integer.class)).isZero();
	}

	@Test
	void operatorsAreToldOnceWhenADueReportWasNotSentByItsDeadline() throws Exception {
		// Vũ Quang's units send until 20 July, the report is made on the 21st and due on
		// the 23rd
		ZonedDateTime afterJuly = ZonedDateTime.of(2026, 7, 25, 9, 0, 0, 0, ReportingZone.ZONE);

		int raised = this.scheduledRuns.alertMissedDeadlines(afterJuly, Duration.ofDays(10));
		int again = this.scheduledRuns.alertMissedDeadlines(afterJuly, Duration.ofDays(10));

		assertThat(raised).isOne();
		assertThat(again).isZero();
		assertThat(this.jdbc.queryForList("SELECT subject FROM mail_outbox WHERE kind = 'ALERT'", String.class))
			.containsExactly("[Cảnh báo NQ57] Quá hạn: chưa gửi báo cáo tháng 7 năm 2026 của VU-QUANG");
	}

	/**
	 * Vũ Quang's printed days are its units' deadlines: its runs are on their timeline.
	 */
	private ScheduledRun run(Period period) {
		return this.planner.runOf(period, DeadlineOwner.UNITS).orElseThrow();
	}

	private int fires(String key) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM schedule_fire WHERE run_key = ?", Integer.class, key);
	}

	private List<String> nextReportTriggers() throws Exception {
		return this.jdbc.queryForList("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS", String.class);
	}

	private void startNode(String instanceId) throws Exception {
		Properties quartz = new Properties();
		quartz.setProperty("org.quartz.scheduler.instanceName", "nq57-reports");
		quartz.setProperty("org.quartz.scheduler.instanceId", instanceId);
		quartz.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
		quartz.setProperty("org.quartz.jobStore.isClustered", "true");
		quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
		quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
		quartz.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
		quartz.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
		quartz.setProperty("org.quartz.threadPool.threadCount", "2");
		SpringBeanJobFactory jobs = new SpringBeanJobFactory();
		jobs.setApplicationContext(this.context);
		SchedulerFactoryBean node = new SchedulerFactoryBean();
		node.setDataSource(this.dataSource);
		node.setQuartzProperties(quartz);
		node.setJobFactory(jobs);
		node.setSchedulerName("nq57-reports");
		node.setWaitForJobsToCompleteOnShutdown(true);
		node.afterPropertiesSet();
		node.start();
		this.nodes.add(node);
		Scheduler scheduler = node.getObject();
		assertThat(scheduler.getSchedulerInstanceId()).isEqualTo(instanceId);
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for the scheduler");
			}
			Thread.sleep(250);
		}
	}

	private static ZonedDateTime now() {
		return ZonedDateTime.now(ReportingZone.ZONE);
	}

	@SuppressWarnings("unused")
	private static TriggerKey key(String name) {
		return TriggerKey.triggerKey(name, ScheduleTriggers.GROUP);
	}

}

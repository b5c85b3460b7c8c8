package vn.nq57.reporting.scheduler;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled run of the province reports of a period: one recorded part per province,
 * each a completed province report version queued for the schedule file's recipients,
 * none made twice when the trigger fires again; the next run's trigger is set.
 */
@DatabaseTest
class ScheduledProvinceReportsTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ScheduledRuns scheduledRuns;

	@Autowired
	ProvinceReportRunner provinceReports;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheTriggers() {
		this.jdbc.update("DELETE FROM QRTZ_SIMPLE_TRIGGERS");
		this.jdbc.update("DELETE FROM QRTZ_TRIGGERS");
	}

	@Test
	void eachProvinceGetsOneRecordedVersionPerScheduledFiring() throws Exception {
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE code = 'VU-QUANG'", Integer.class) == 0) {
			this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		}
		List<String> provinces = this.provinceReports.provinces();
		assertThat(provinces).contains("Hà Tĩnh");
		Period period = Period.month(2026, 5);
		String key = "report/province-monthly/2026-05";
		FiredTrigger fired = new FiredTrigger(key, period, ZonedDateTime.now(ReportingZone.ZONE).withNano(0), "node-a");

		this.scheduledRuns.fireProvinceReports(fired);

		List<Map<String, Object>> parts = this.jdbc.queryForList(
				"""
						SELECT f.plan_code, f.status, f.report_run_id, r.province, r.report_type, r.period_code, r.status AS run_status
						  FROM schedule_plan_fire f LEFT JOIN province_report_run r ON r.id = f.report_run_id
						 WHERE f.run_key = ?""",
				key);
		assertThat(parts).extracting(part -> part.get("plan_code")).containsExactlyInAnyOrderElementsOf(provinces);
		assertThat(parts).allSatisfy(part -> {
			assertThat(part.get("status")).isEqualTo("RAN");
			assertThat(part.get("province")).isEqualTo(part.get("plan_code"));
			assertThat(part.get("report_type")).isEqualTo("MONTHLY");
			assertThat(part.get("period_code")).isEqualTo("2026-05");
			assertThat(part.get("run_status")).isEqualTo("COMPLETED");
		});
		int versions = versionsOf("Hà Tĩnh");
		// the schedule file names recipients: each version is queued in the outbox
		assertThat(this.jdbc.queryForObject(
				"""
						SELECT COUNT(*) FROM mail_outbox m JOIN schedule_plan_fire f ON f.report_run_id = m.province_report_run_id
						 WHERE f.run_key = ? AND m.kind = 'PROVINCE_REPORT'""",
				Integer.class, key))
			.isEqualTo(2 * provinces.size());
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM schedule_fire WHERE run_key = ?", Integer.class, key))
			.isEqualTo(1);
		// the next run's trigger is set
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME LIKE 'report/province-monthly/%'",
				Integer.class))
			.isEqualTo(1);

		// the same firing again (a second node, a misfire at start-up): no second version
		this.scheduledRuns.fireProvinceReports(fired);

		assertThat(versionsOf("Hà Tĩnh")).isEqualTo(versions);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM schedule_plan_fire WHERE run_key = ?", Integer.class,
				key))
			.isEqualTo(provinces.size());
	}

	private int versionsOf(String province) {
		return this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM province_report_run
				 WHERE province = ? AND report_type = 'MONTHLY' AND period_code = '2026-05'""", Integer.class,
				province);
	}

}

package vn.nq57.reporting.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.benchmark.BenchmarkMapper;
import vn.nq57.reporting.benchmark.StepTime;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province-wide run: plans dealt into partitions; one plan failing does not stop the
 * others, and a retry runs only the failed ones.
 */
@DatabaseTest
class ReportBatchFunctionalTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportBatchLauncher batches;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	BenchmarkMapper benchmarkFigures;

	@Value("${reports.archive-folder}")
	Path archive;

	@BeforeEach
	void givenAllFivePlansWithSubmissions() {
		for (String file : List.of("vu-quang.yaml", "yen-hoa.yaml", "kien-an.yaml", "phu-trung.yaml",
				"loc-hung.yaml")) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}
	}

	@Test
	void provinceRunReportsEveryPlanOfThatProvinceOnly() throws Exception {
		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-03", false);

		assertThat(this.batches.runsOf(batch.id())).extracting(BatchRun::planCode, BatchRun::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("VU-QUANG", RunStatus.COMPLETED),
					org.assertj.core.groups.Tuple.tuple("YEN-HOA", RunStatus.COMPLETED));
	}

	@Test
	void failedPlanDoesNotStopTheOthersAndRestartRunsOnlyIt() throws Exception {
		for (String plan : List.of("KIEN-AN", "LOC-HUNG", "PHU-TRUNG", "VU-QUANG", "YEN-HOA")) {
			this.samples.generate(plan, "MONTHLY", "2025-02", 2025, LocalDate.of(2025, 2, 14),
					LocalDate.of(2025, 2, 15).atTime(9, 0), LocalDate.of(2025, 2, 20).atTime(9, 0), 7L);
		}
		// a file where Kiến An's archive folder for the period should be: its PDF cannot
		// be written
		Path blocker = this.archive.resolve("KIEN-AN").resolve("2025-02");
		Files.createDirectories(blocker.getParent());
		Files.deleteIfExists(blocker);
		Files.writeString(blocker, "not a folder");

		ReportBatch batch = this.batches.run(null, ReportType.MONTHLY, "2025-02", false);

		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
		Map<String, BatchRun> first = byPlan(batch.id());
		assertThat(first.get("KIEN-AN").status()).isEqualTo(RunStatus.FAILED);
		assertThat(first.values()).filteredOn(run -> !run.planCode().equals("KIEN-AN"))
			.extracting(BatchRun::status)
			.containsOnly(RunStatus.COMPLETED);
		ReportRun failed = this.runs.findRun(first.get("KIEN-AN").runId());
		assertThat(failed.failedStep()).isEqualTo("writeDocuments");
		assertThat(failed.failureMessage()).isNotBlank();
		assertThat(failed.assessedAt()).as("its assessment was kept").isNotNull();
		assertThat(failed.archivedAt()).isNull();
		Map<String, ReportRun> before = runsByPlan(first);

		Files.delete(blocker);
		this.batches.restart(batch.id());

		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo(RunStatus.COMPLETED);
		Map<String, BatchRun> second = byPlan(batch.id());
		assertThat(second.values()).extracting(BatchRun::status).containsOnly(RunStatus.COMPLETED);
		Map<String, ReportRun> after = runsByPlan(second);
		for (String plan : List.of("LOC-HUNG", "PHU-TRUNG", "VU-QUANG", "YEN-HOA")) {
			assertThat(after.get(plan).attempts()).as(plan + " not run again").isEqualTo(1);
			assertThat(after.get(plan).finishedAt()).isEqualTo(before.get(plan).finishedAt());
		}
		ReportRun rerun = after.get("KIEN-AN");
		assertThat(rerun.attempts()).isEqualTo(2);
		assertThat(rerun.assessedAt()).as("restarted after the stage it had finished: same inputs")
			.isEqualTo(failed.assessedAt());
		assertThat(rerun.archivedAt()).isNotNull();
		assertThat(rerun.failedStep()).isNull();
		assertThat(this.archive.resolve("KIEN-AN").resolve("2025-02")).isDirectory();
	}

	@Test
	void aBatchLeftHalfDoneByAProcessThatDiedIsFinishedByARestart() throws Exception {
		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-04", false);
		long yenHoa = byPlan(batch.id()).get("YEN-HOA").runId();
		// as a process that died while archiving Yên Hòa leaves it: its documents and
		// manifest on disk, the archive transaction not committed, claims released
		// (expired), batch and run still STARTED
		this.jdbc.update("UPDATE report_batch SET status = 'STARTED', finished_at = NULL WHERE id = ?", batch.id());
		this.jdbc.update("DELETE FROM report_file WHERE report_run_id = ?", yenHoa);
		this.jdbc.update(
				"UPDATE report_run SET status = 'STARTED', archived_at = NULL, finished_at = NULL WHERE id = ?",
				yenHoa);

		this.batches.restart(batch.id());

		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo(RunStatus.COMPLETED);
		Map<String, ReportRun> after = runsByPlan(byPlan(batch.id()));
		assertThat(after.get("YEN-HOA").status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(after.get("YEN-HOA").attempts()).isEqualTo(2);
		assertThat(after.get("VU-QUANG").attempts()).isEqualTo(1);
	}

	@Test
	void aPlanFailingInItsAssessmentLeavesNothingHalfWritten() throws Exception {
		// a task deadline the engine cannot read: Yên Hòa fails while judging its tasks,
		// after its inputs and indicators were written in the same transaction
		Map<String, Object> task = this.jdbc.queryForMap("SELECT t.id, t.deadline_kind, t.deadline_value FROM task t"
				+ " JOIN plan_version v ON v.id = t.plan_version_id JOIN plan p ON p.id = v.plan_id"
				+ " WHERE p.code = 'YEN-HOA' ORDER BY t.id LIMIT 1");
		this.jdbc.update("UPDATE task SET deadline_kind = 'by', deadline_value = 'hỏng' WHERE id = ?", task.get("id"));
		try {
			assertFailedAssessmentLeftNothing();
		}
		finally {
			this.jdbc.update("UPDATE task SET deadline_kind = ?, deadline_value = ? WHERE id = ?",
					task.get("deadline_kind"), task.get("deadline_value"), task.get("id"));
		}
	}

	private void assertFailedAssessmentLeftNothing() throws Exception {
		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-02", false);

		ReportRun failed = this.runs.findRun(byPlan(batch.id()).get("YEN-HOA").runId());
		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.failedStep()).isEqualTo("assessTasks");
		assertThat(failed.assessedAt()).isNull();
		for (String table : List.of("report_submission_used", "report_unit_status", "report_indicator_result",
				"report_task_result", "report_file")) {
			assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE report_run_id = ?",
					Integer.class, failed.id()))
				.as(table)
				.isZero();
		}
		assertThat(this.runs.findRun(byPlan(batch.id()).get("VU-QUANG").runId()).status())
			.isEqualTo(RunStatus.COMPLETED);
	}

	@Test
	void batchRecordsWhereItsTimeWent() throws Exception {
		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-03", false);

		assertThat(this.benchmarkFigures.stepTimes(batch.id())).extracting(StepTime::step, StepTime::executions)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("recordInputs", 2),
					org.assertj.core.groups.Tuple.tuple("assessIndicators", 2),
					org.assertj.core.groups.Tuple.tuple("assessTasks", 2),
					org.assertj.core.groups.Tuple.tuple("writeDocuments", 2),
					org.assertj.core.groups.Tuple.tuple("archiveAndQueue", 2),
					org.assertj.core.groups.Tuple.tuple("issue", 2),
					org.assertj.core.groups.Tuple.tuple("sendMail", 2));
	}

	@Test
	void aFailedPlanOfABatchCanBeRestartedOnItsOwn() throws Exception {
		Path blocker = this.archive.resolve("YEN-HOA").resolve("2026-03");
		Files.createDirectories(blocker.getParent());
		Files.deleteIfExists(blocker);
		Files.writeString(blocker, "not a folder");
		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-03", false);
		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
		long runId = byPlan(batch.id()).get("YEN-HOA").runId();

		Files.delete(blocker);
		ReportRunLauncher.Outcome outcome = this.launcher.restart(runId);

		assertThat(outcome.completed()).isTrue();
		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo(RunStatus.COMPLETED);
	}

	private Map<String, BatchRun> byPlan(long batchId) {
		return this.batches.runsOf(batchId).stream().collect(Collectors.toMap(BatchRun::planCode, run -> run));
	}

	private Map<String, ReportRun> runsByPlan(Map<String, BatchRun> runs) {
		return runs.values()
			.stream()
			.collect(Collectors.toMap(BatchRun::planCode, run -> this.runs.findRun(run.runId())));
	}

}

package vn.nq57.reporting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.archive.Sha256;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 in each stage group of a run and inside a batch (RELIABILITY.md, "Report
 * runs"): another process runs the report on the tests' database and dies on the spot
 * (Runtime.halt, no shutdown hook); the run is then continued at once — its claim's
 * process is gone — with the same version, the same inputs, every archived file matching
 * its SHA-256, and no second version.
 */
@DatabaseTest
@Tag("faults")
class KillDrillTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportBatchLauncher batches;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	ReportArchive archive;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenTheHaTinhPlans() {
		for (String file : List.of("vu-quang.yaml", "yen-hoa.yaml")) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}
	}

	@Test
	void killedInTheMiddleOfTheAssessmentTransaction() throws Exception {
		long runId = killed("VU-QUANG", "2030-01", 150, StageGroup.ASSESSMENT, 1);
		ReportRun dead = this.runs.findRun(runId);
		assertThat(dead.assessedAt()).as("its transaction rolled back").isNull();

		continuedOnce(runId, "recordInputs");
	}

	@Test
	void killedAfterWritingItsDocumentsBeforeArchivingThem() throws Exception {
		long runId = killed("VU-QUANG", "2030-02", 450, StageGroup.DOCUMENTS, 1);
		ReportRun dead = this.runs.findRun(runId);
		assertThat(dead.assessedAt()).isNotNull();
		assertThat(dead.archivedAt()).isNull();

		continuedOnce(runId, "writeDocuments");
	}

	@Test
	void killedAfterArchivingBeforeSending() throws Exception {
		long runId = killed("VU-QUANG", "2030-03", 550, StageGroup.DELIVERY, 1);
		assertThat(this.runs.findRun(runId).archivedAt()).isNotNull();

		continuedOnce(runId, "sendMail");
	}

	@Test
	void killedInsideABatchTheRestartFinishesEveryPlanOnce() throws Exception {
		killed("province:Hà Tĩnh", "2030-04", 450, StageGroup.DOCUMENTS, 2);
		Long batchId = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM report_batch WHERE period_code = '2030-04' AND report_type = 'MONTHLY'",
				Long.class);

		long started = System.nanoTime();
		this.batches.restart(batchId);
		DrillLog.print("runs", "kill -9 inside a batch of 2 plans",
				"restart --batch took " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");

		assertThat(this.batches.batchOf(batchId).status()).isEqualTo(RunStatus.COMPLETED);
		for (BatchRun run : this.batches.runsOf(batchId)) {
			assertThat(run.version()).isOne();
			assertArchiveMatches(run.runId());
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM report_run WHERE period_code = '2030-04' AND report_type = 'MONTHLY'",
				Integer.class))
			.as("no second version")
			.isEqualTo(2);
	}

	private void continuedOnce(long runId, String firstStageAgain) throws Exception {
		long started = System.nanoTime();
		ReportRunLauncher.Outcome continued = this.launcher.restart(runId);
		DrillLog.print("runs", "kill -9 before " + firstStageAgain,
				"restart at once, took " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");

		assertThat(continued.completed()).isTrue();
		assertThat(continued.run().version()).isOne();
		List<String> again = this.runs.findStageLines(runId)
			.stream()
			.filter(line -> line.attempt() == continued.run().attempts())
			.map(StageLine::stage)
			.toList();
		assertThat(again).first().isEqualTo(firstStageAgain);
		assertArchiveMatches(runId);
		ReportRun run = continued.run();
		assertThat(this.launcher.run(run.planCode(), ReportType.MONTHLY, run.periodCode(), false).run().version())
			.as("the next run of the period is not held back")
			.isEqualTo(2);
	}

	private void assertArchiveMatches(long runId) throws IOException {
		List<ArchivedFile> files = this.archive.files(runId);
		assertThat(files).extracting(ArchivedFile::kind).contains("PDF", "JSON", "XLSX", "MANIFEST");
		for (ArchivedFile file : files) {
			assertThat(Sha256.of(Path.of(file.path()))).as(file.path()).isEqualTo(file.sha256());
		}
	}

	/**
	 * Runs the report in another process that dies at the given stage; returns the run.
	 */
	private long killed(String scope, String period, int order, StageGroup group, int nth) throws Exception {
		Path log = Files.createTempFile("kill-drill-", ".log");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), KillDrillMain.class.getName(), scope, period,
				String.valueOf(order), group.name(), String.valueOf(nth))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the killed process ended").isTrue();
		String output = Files.readString(log);
		assertThat(process.exitValue()).as(output).isEqualTo(137);
		assertThat(output).contains("KILLED run ");
		Long runId = this.jdbc.queryForObject(
				"SELECT MAX(id) FROM report_run WHERE period_code = ? AND report_type = 'MONTHLY'", Long.class, period);
		assertThat(this.runs.findRun(runId).status()).as("left as the process died")
			.isIn(RunStatus.STARTED, RunStatus.CREATED);
		return runId;
	}

}

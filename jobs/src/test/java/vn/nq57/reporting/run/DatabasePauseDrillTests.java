package vn.nq57.reporting.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

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
 * The database stops answering in the middle of a run, then comes back (RELIABILITY.md,
 * "Report runs"): the embedded server's process is paused (SIGSTOP) after the documents
 * are written and resumed (SIGCONT) later. A short pause only delays the run; a pause
 * longer than the socket timeout fails the run with the reason, and the run is continued
 * after the server is back with the same version and nothing half written.
 */
@DatabaseTest
@Tag("faults")
@Import(DatabasePauseDrillTests.PauseAfterDocuments.class)
@TestPropertySource(properties = { "spring.datasource.hikari.data-source-properties.socketTimeout=3000",
		"spring.datasource.hikari.connection-timeout=4000" })
class DatabasePauseDrillTests {

	/** How long the next run pauses the database for; 0: not at all. */
	static final AtomicLong PAUSE_MILLIS = new AtomicLong();

	static final ScheduledExecutorService RESUMER = Executors.newSingleThreadScheduledExecutor();

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	ReportArchive archive;

	@Autowired
	JdbcTemplate jdbc;

	static final Path SERVER_RECORD = Path.of("target/test-data/mariadb/server.properties");

	@BeforeEach
	void givenVuQuang() {
		// the drill pauses the tests' own embedded server; a configured server (CI's
		// MariaDB
		// 10.11 pass) is not this process's to stop, and the embedded pass runs the drill
		Assumptions.assumeTrue(Files.exists(SERVER_RECORD), "no embedded server to pause: " + SERVER_RECORD);
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
	}

	@AfterEach
	void resumeTheServer() throws Exception {
		PAUSE_MILLIS.set(0);
		if (Files.exists(SERVER_RECORD)) {
			signal("CONT");
		}
	}

	@Test
	void aShortPauseOnlyDelaysTheRun() throws Exception {
		PAUSE_MILLIS.set(1500);
		long started = System.nanoTime();

		ReportRunLauncher.Outcome outcome = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2030-06", false);

		DrillLog.print("runs", "database paused 1.5 s (socket timeout 3 s) after the documents", "run "
				+ outcome.run().status() + " in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		assertThat(outcome.completed()).isTrue();
		assertMatches(outcome.run().id());
	}

	@Test
	void aPauseLongerThanTheSocketTimeoutFailsTheRunWhichIsContinuedOnceTheServerIsBack() throws Exception {
		PAUSE_MILLIS.set(12000);
		long started = System.nanoTime();
		long runId;
		Throwable thrown = null;
		try {
			runId = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2030-07", false).run().id();
		}
		catch (RuntimeException ex) {
			thrown = ex;
			runId = latestRun("2030-07");
		}
		String took = Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms";
		PAUSE_MILLIS.set(0);
		Thread.sleep(Duration.ofSeconds(13).toMillis());
		ReportRun after = this.runs.findRun(runId);
		assertThat(after.status()).isNotEqualTo(RunStatus.COMPLETED);
		assertThat(after.archivedAt()).as("nothing archived").isNull();
		assertThat(this.archive.files(runId)).isEmpty();

		ReportRunLauncher.Outcome continued = this.launcher.restart(runId);

		DrillLog.print("runs", "database paused 12 s (socket timeout 3 s, connection timeout 4 s) after the documents",
				"run ended " + after.status() + " after " + took
						+ ((thrown != null) ? " (" + thrown.getClass().getSimpleName() + ")" : "") + ", reason: "
						+ after.failureMessage() + "; restart: " + continued.run().status());
		assertThat(continued.completed()).isTrue();
		assertThat(continued.run().version()).isOne();
		assertMatches(runId);
	}

	private long latestRun(String period) {
		return this.jdbc.queryForObject(
				"SELECT MAX(r.id) FROM report_run r JOIN plan p ON p.id = r.plan_id WHERE p.code = 'VU-QUANG'"
						+ " AND r.report_type = 'MONTHLY' AND r.period_code = ?",
				Long.class, period);
	}

	private void assertMatches(long runId) throws Exception {
		List<ArchivedFile> files = this.archive.files(runId);
		assertThat(files).extracting(ArchivedFile::kind).contains("PDF", "MANIFEST");
		for (ArchivedFile file : files) {
			assertThat(Sha256.of(Path.of(file.path()))).isEqualTo(file.sha256());
		}
	}

	/** Sends a signal to the tests' embedded MariaDB server. */
	static void signal(String signal) throws Exception {
		Properties record = new Properties();
		try (var in = Files.newInputStream(SERVER_RECORD)) {
			record.load(in);
		}
		new ProcessBuilder("kill", "-" + signal, record.getProperty("server-pid")).inheritIO().start().waitFor();
	}

	/** After the documents are written, pauses the database and resumes it later. */
	@TestConfiguration(proxyBeanMethods = false)
	static class PauseAfterDocuments {

		@Bean
		@Order(450)
		ReportStage pauseTheDatabase() {
			return new ReportStage() {

				@Override
				public String name() {
					return "pauseTheDatabase";
				}

				@Override
				public String label() {
					return "Tạm dừng máy chủ cơ sở dữ liệu (diễn tập)";
				}

				@Override
				public StageGroup group() {
					return StageGroup.DOCUMENTS;
				}

				@Override
				public int run(PlanRun plan) throws Exception {
					long pause = PAUSE_MILLIS.get();
					if (pause > 0) {
						signal("STOP");
						RESUMER.schedule(() -> {
							try {
								signal("CONT");
							}
							catch (Exception ex) {
								throw new IllegalStateException(ex);
							}
						}, pause, TimeUnit.MILLISECONDS);
					}
					return 0;
				}

			};
		}

	}

}

package vn.nq57.reporting.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province-wide run: one partition per plan; one plan failing does not stop the others.
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
	JobRepository jobRepository;

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
			.containsExactly(org.assertj.core.groups.Tuple.tuple("VU-QUANG", "COMPLETED"),
					org.assertj.core.groups.Tuple.tuple("YEN-HOA", "COMPLETED"));
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

		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo("COMPLETED_WITH_FAILURES");
		Map<String, BatchRun> first = byPlan(batch.id());
		assertThat(first.get("KIEN-AN").status()).isEqualTo("FAILED");
		assertThat(first.values()).filteredOn(run -> !run.planCode().equals("KIEN-AN"))
			.extracting(BatchRun::status)
			.containsOnly("COMPLETED");
		Map<String, Long> executionsBefore = executionIds(first);

		Files.delete(blocker);
		this.batches.restart(batch.id());

		assertThat(this.batches.batchOf(batch.id()).status()).isEqualTo("COMPLETED");
		Map<String, BatchRun> second = byPlan(batch.id());
		assertThat(second.values()).extracting(BatchRun::status).containsOnly("COMPLETED");
		Map<String, Long> executionsAfter = executionIds(second);
		for (String plan : List.of("LOC-HUNG", "PHU-TRUNG", "VU-QUANG", "YEN-HOA")) {
			assertThat(executionsAfter.get(plan)).as(plan + " not run again").isEqualTo(executionsBefore.get(plan));
		}
		JobExecution rerun = this.jobRepository.getJobExecution(executionsAfter.get("KIEN-AN"));
		assertThat(rerun.getId()).isNotEqualTo(executionsBefore.get("KIEN-AN"));
		assertThat(rerun.getStepExecutions()).extracting(StepExecution::getStepName)
			.as("restarted from the step that failed")
			.startsWith("writeDocuments")
			.doesNotContain("assessIndicators", "assessTasks");
	}

	private Map<String, BatchRun> byPlan(long batchId) {
		return this.batches.runsOf(batchId).stream().collect(Collectors.toMap(BatchRun::planCode, run -> run));
	}

	private Map<String, Long> executionIds(Map<String, BatchRun> runs) {
		return runs.values()
			.stream()
			.collect(Collectors.toMap(BatchRun::planCode, run -> this.runs.findRun(run.runId()).jobExecutionId()));
	}

}

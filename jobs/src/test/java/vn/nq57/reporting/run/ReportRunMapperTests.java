package vn.nq57.reporting.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.GeneratedKey;
import vn.nq57.reporting.system.MapperTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The SQL of report runs and batches: versions, status, stage columns, stage lines. */
@MapperTest
class ReportRunMapperTests {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 9, 0);

	@Autowired
	PlanImporter importer;

	@Autowired
	CatalogMapper catalog;

	@Autowired
	ReportBatchMapper batches;

	@Autowired
	ReportRunMapper runs;

	StoredPlanVersion plan;

	long batchId;

	@BeforeEach
	void givenKienAnAndABatch() {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.plan = this.catalog.findLatestVersion("KIEN-AN");
		GeneratedKey key = new GeneratedKey();
		this.batches.insertBatch("QUARTERLY", "2031-Q1", "kế hoạch KIEN-AN", 1, false, NOW, key);
		this.batchId = key.getId();
	}

	@Test
	void versionsOfAPeriodAreNumberedFromOneAndNeverTwice() {
		assertThat(this.runs.nextVersion(this.plan.planId(), "QUARTERLY", "2031-Q1")).isEqualTo(1);
		long first = insert(1);

		assertThat(this.runs.nextVersion(this.plan.planId(), "QUARTERLY", "2031-Q1")).isEqualTo(2);
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> insert(1));
		ReportRun run = this.runs.findRun(first);
		assertThat(run.status()).isEqualTo(RunStatus.CREATED);
		assertThat(run.batchId()).isEqualTo(this.batchId);
		assertThat(run.planCode()).isEqualTo("KIEN-AN");
		assertThat(this.batches.findBatchRuns(this.batchId)).extracting(BatchRun::runId).containsExactly(first);
	}

	@Test
	void aRunGoesThroughItsStatusesAndKeepsWhereItFailed() {
		long id = insert(1);
		this.runs.markStartedInBatch(id);
		this.runs.markAssessed(id, NOW);
		this.runs.markFailed(id, "writeDocuments", "IOException: ổ đĩa đầy", NOW);

		ReportRun failed = this.runs.findRun(id);
		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.attempts()).isOne();
		assertThat(failed.assessedAt()).isEqualTo(NOW);
		assertThat(failed.failedStep()).isEqualTo("writeDocuments");
		assertThat(this.batches.findUnfinishedPlanCodes(this.batchId)).containsExactly("KIEN-AN");

		this.runs.markStartedInBatch(id);
		this.runs.markArchived(id, NOW);
		this.runs.markFinished(id, RunStatus.COMPLETED, NOW);
		ReportRun done = this.runs.findRun(id);
		assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(done.attempts()).isEqualTo(2);
		assertThat(done.failedStep()).as("cleared when it started again").isNull();
		assertThat(this.batches.countPendingRuns(this.batchId)).isZero();
	}

	@Test
	void stageLinesOfEveryAttemptAreKeptInOrder() {
		long id = insert(1);
		this.runs.insertStageLines(id, List.of(
				new StageLine(1, 1, "recordInputs", StageStatus.ROLLED_BACK, NOW, NOW.plusSeconds(1), 12, null),
				new StageLine(1, 2, "assessIndicators", StageStatus.FAILED, NOW, NOW.plusSeconds(2), 0, "lỗi")));
		this.runs.insertStageLines(id,
				List.of(new StageLine(2, 1, "recordInputs", StageStatus.COMPLETED, NOW, NOW.plusSeconds(1), 12, null)));

		assertThat(this.runs.findStageLines(id)).extracting(StageLine::attempt, StageLine::stage, StageLine::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "recordInputs", StageStatus.ROLLED_BACK),
					org.assertj.core.groups.Tuple.tuple(1, "assessIndicators", StageStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple(2, "recordInputs", StageStatus.COMPLETED));
	}

	@Test
	void aBatchCountsItsAttemptsAndEndsWithAStatus() {
		this.batches.countAttempt(this.batchId);
		this.batches.countAttempt(this.batchId);
		this.batches.markFinished(this.batchId, RunStatus.COMPLETED_WITH_FAILURES, NOW);

		ReportBatch batch = this.batches.findBatch(this.batchId);
		assertThat(batch.attempts()).isEqualTo(2);
		assertThat(batch.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
		assertThat(batch.deliver()).isFalse();
	}

	private long insert(int version) {
		GeneratedKey key = new GeneratedKey();
		this.runs.insertRun(this.plan.planId(), this.plan.id(), "QUARTERLY", "2031-Q1", version,
				LocalDate.of(2030, 12, 15), LocalDate.of(2031, 3, 14), LocalDate.of(2031, 3, 10), NOW, this.batchId,
				key);
		return key.getId();
	}

}

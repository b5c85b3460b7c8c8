package vn.nq57.reporting.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A run made before stages were recorded one by one: what operators see of its steps
 * comes from the stage columns it kept.
 */
class BatchRunStagesTests {

	/** The product's stages as defined (their work is not run here). */
	private static final List<ReportStage> STAGES = List.of(new RecordInputsStage(null, null, null),
			new AssessIndicatorsStage(null, null, null, null), new AssessTasksStage(null, null, null),
			new WriteDocumentsStage(null, null, null, null), new ArchiveStage(null),
			new IssueStage(null, null, null, null, null, null, null, null), new SendMailStage(null, null));

	private static final LocalDateTime ASSESSED = LocalDateTime.of(2026, 5, 20, 8, 0, 1);

	private static final LocalDateTime ARCHIVED = LocalDateTime.of(2026, 5, 20, 8, 0, 2);

	private static final LocalDateTime FINISHED = LocalDateTime.of(2026, 5, 20, 8, 0, 3);

	@Test
	void aCompletedRunShowsEveryStepDone() {
		ReportRun run = run(RunStatus.COMPLETED, ASSESSED, ARCHIVED, FINISHED, null);

		assertThat(RunDetails.stagesOf(run, STAGES)).extracting(RunDetails.StepLine::name, RunDetails.StepLine::status)
			.containsExactly(tuple("recordInputs", StageStatus.COMPLETED),
					tuple("assessIndicators", StageStatus.COMPLETED), tuple("assessTasks", StageStatus.COMPLETED),
					tuple("writeDocuments", StageStatus.COMPLETED), tuple("archiveAndQueue", StageStatus.COMPLETED),
					tuple("sendMail", StageStatus.COMPLETED));
	}

	@Test
	void aRunThatFailedWritingItsDocumentsShowsTheAssessmentDoneAndWhereItStopped() {
		ReportRun run = run(RunStatus.FAILED, ASSESSED, null, FINISHED, "writeDocuments");

		assertThat(RunDetails.stagesOf(run, STAGES)).extracting(RunDetails.StepLine::name, RunDetails.StepLine::status)
			.containsExactly(tuple("recordInputs", StageStatus.COMPLETED),
					tuple("assessIndicators", StageStatus.COMPLETED), tuple("assessTasks", StageStatus.COMPLETED),
					tuple("writeDocuments", StageStatus.FAILED));
	}

	@Test
	void aRunThatFailedBeforeItsAssessmentCommittedShowsOnlyTheFailedStep() {
		ReportRun run = run(RunStatus.FAILED, null, null, FINISHED, "assessIndicators");

		assertThat(RunDetails.stagesOf(run, STAGES)).extracting(RunDetails.StepLine::name, RunDetails.StepLine::status)
			.containsExactly(tuple("assessIndicators", StageStatus.FAILED));
	}

	@Test
	void stepTimesAddUpPerStepInTheOrderFirstSeen() throws Exception {
		StepTimes times = new StepTimes();
		times.add("writeDocuments", Duration.ofMillis(30).toNanos(), Duration.ofMillis(20).toNanos());
		times.add("recordInputs", Duration.ofMillis(3).toNanos(), 0);
		times.add("writeDocuments", Duration.ofMillis(40).toNanos(), Duration.ofMillis(25).toNanos());
		int answer = times.time("sendMail", () -> 42);

		assertThat(answer).isEqualTo(42);
		assertThat(times.totals()).extracting(StepTimes.StepTotal::step, StepTimes.StepTotal::plans)
			.containsExactly(tuple("writeDocuments", 2), tuple("recordInputs", 1), tuple("sendMail", 1));
		assertThat(times.totals().get(0).total()).isEqualTo(Duration.ofMillis(70));
		assertThat(times.totals().get(0).cpu()).isEqualTo(Duration.ofMillis(45));
	}

	private static ReportRun run(RunStatus status, LocalDateTime assessed, LocalDateTime archived,
			LocalDateTime finished, String failedStep) {
		return new ReportRun(7, 1, 1, "VU-QUANG", "MONTHLY", "2026-05", 1, status, 1, LocalDate.of(2026, 4, 15),
				LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 20), ASSESSED.minusSeconds(1), finished, assessed,
				archived, 1, failedStep, (failedStep != null) ? "IOException: ổ đĩa đầy" : null, null, null);
	}

}

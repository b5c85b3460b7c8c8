package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskStatusSummaryTests {

	private static final Period DECEMBER_2025 = Period.month(2025, 12);

	private final TaskStatusEvaluator evaluator = new TaskStatusEvaluator();

	private TaskAssessment assess(TaskDeadline deadline, TaskProgress progress) {
		return evaluator.evaluate(deadline, Optional.ofNullable(progress), DECEMBER_2025, DataWindowPolicy.decree09());
	}

	@Test
	void countsByGroupAndByLeadUnitInTheOrderFirstMet() {
		TaskDeadline byNovember = TaskDeadline.By.of(CalendarSpan.month(YearMonth.of(2025, 11)));
		TaskAssessment overdue = assess(byNovember, TaskProgress.inProgress(60, true));
		TaskAssessment late = assess(byNovember, TaskProgress.done(LocalDate.of(2025, 12, 2), "Quyết định"));
		TaskAssessment quiet = assess(new TaskDeadline.Ongoing(), TaskProgress.inProgress(0, false));
		TaskAssessment missing = assess(new TaskDeadline.Ongoing(), null);

		TaskStatusSummary summary = TaskStatusSummary
			.of(List.of(new TaskStatusSummary.Row("PT-I-1", "I", "TTPVHCC", overdue),
					new TaskStatusSummary.Row("PT-I-2", "I", "VP", late),
					new TaskStatusSummary.Row("PT-I-2", "I", "TTPVHCC", late),
					new TaskStatusSummary.Row("PT-II-1", "II", "VHXH", quiet),
					new TaskStatusSummary.Row("PT-II-2", "II", "VHXH", missing)));

		assertThat(summary.total()).isEqualTo(new TaskStatusSummary.TaskCounts(4, 0, 2, 1, 1, 1, 1, 2));
		assertThat(summary.byGroup()).containsOnlyKeys("I", "II");
		assertThat(summary.byGroup().keySet()).containsExactly("I", "II");
		assertThat(summary.byGroup().get("I")).isEqualTo(new TaskStatusSummary.TaskCounts(2, 0, 1, 1, 0, 1, 1, 0));
		assertThat(summary.byGroup().get("II")).isEqualTo(new TaskStatusSummary.TaskCounts(2, 0, 1, 0, 1, 0, 0, 2));
		assertThat(summary.byLeadUnit().keySet()).containsExactly("TTPVHCC", "VP", "VHXH");
		assertThat(summary.byLeadUnit().get("TTPVHCC").total()).isEqualTo(2);
		assertThat(summary.byLeadUnit().get("VP").doneLate()).isEqualTo(1);
	}

	@Test
	void rowsWithoutTaskCodeEachCountAsATask() {
		TaskAssessment a = assess(new TaskDeadline.Ongoing(), TaskProgress.inProgress(10, true));

		TaskStatusSummary summary = TaskStatusSummary
			.of(List.of(new TaskStatusSummary.Row("I", "VHXH", a), new TaskStatusSummary.Row("I", "VHXH", a)));

		assertThat(summary.total().total()).isEqualTo(2);
		assertThat(summary.total().inProgress()).isEqualTo(2);
	}

	@Test
	void emptyListGivesZeroCounts() {
		TaskStatusSummary summary = TaskStatusSummary.of(List.of());

		assertThat(summary.total()).isEqualTo(TaskStatusSummary.TaskCounts.EMPTY);
		assertThat(summary.byGroup()).isEmpty();
	}

}

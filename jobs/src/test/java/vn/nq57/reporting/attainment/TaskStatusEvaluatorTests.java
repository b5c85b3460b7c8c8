package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaskStatusEvaluatorTests {

	private final TaskStatusEvaluator evaluator = new TaskStatusEvaluator();

	private static final DataWindowPolicy DECREE_09 = DataWindowPolicy.decree09();

	/** Phú Trung's "Đến hết 11/2025". */
	private static final TaskDeadline END_OF_NOVEMBER_2025 = TaskDeadline.By
		.of(CalendarSpan.month(YearMonth.of(2025, 11)));

	private TaskAssessment evaluate(TaskDeadline deadline, TaskProgress progress, Period period) {
		return evaluator.evaluate(deadline, Optional.ofNullable(progress), period, DECREE_09);
	}

	@Test
	void unfinishedTaskIsOverdueOnceItsDueDateFallsInsideTheWindow() {
		TaskProgress halfway = TaskProgress.inProgress(50, true);

		// December 2025 window: 15/11–14/12, due 30/11
		TaskAssessment december = evaluate(END_OF_NOVEMBER_2025, halfway, Period.month(2025, 12));
		// November 2025 window: 15/10–14/11, still before 30/11
		TaskAssessment november = evaluate(END_OF_NOVEMBER_2025, halfway, Period.month(2025, 11));

		assertThat(december.overdue()).isTrue();
		assertThat(december.statusText()).isEqualTo("Đang triển khai (quá hạn)");
		assertThat(december.remarks()).containsExactly("Quá hạn");
		assertThat(november.overdue()).isFalse();
		assertThat(november.statusText()).isEqualTo("Đang triển khai");
	}

	@Test
	void taskDueOnTheLastDayOfTheWindowIsOverdueIfNotDone() {
		TaskDeadline dueOn14May = TaskDeadline.By.of(CalendarSpan.day(LocalDate.of(2026, 5, 14)));

		assertThat(evaluate(dueOn14May, TaskProgress.inProgress(90, true), Period.month(2026, 5)).overdue()).isTrue();
		assertThat(evaluate(TaskDeadline.By.of(CalendarSpan.day(LocalDate.of(2026, 5, 15))),
				TaskProgress.inProgress(90, true), Period.month(2026, 5))
			.overdue()).isFalse();
	}

	@Test
	void taskFinishedAfterItsDueDateIsDoneLate() {
		TaskAssessment assessment = evaluate(END_OF_NOVEMBER_2025,
				TaskProgress.done(LocalDate.of(2025, 12, 5), "Quyết định số 15/QĐ-UBND"), Period.month(2025, 12));

		assertThat(assessment.status()).isEqualTo(TaskStatus.DONE);
		assertThat(assessment.late()).isTrue();
		assertThat(assessment.overdue()).isFalse();
		assertThat(assessment.percent()).isEqualTo(100);
		assertThat(assessment.statusText()).isEqualTo("Hoàn thành chậm");
		assertThat(assessment.remarks()).containsExactly("Hoàn thành chậm so với thời hạn");
	}

	@Test
	void taskFinishedOnItsDueDateIsOnTime() {
		TaskAssessment assessment = evaluate(END_OF_NOVEMBER_2025,
				TaskProgress.done(LocalDate.of(2025, 11, 30), "Kế hoạch"), Period.month(2025, 12));

		assertThat(assessment.late()).isFalse();
		assertThat(assessment.statusText()).isEqualTo("Hoàn thành");
		assertThat(assessment.activeInPeriod()).isTrue();
	}

	@Test
	void missingReportIsNotReportedAndCountsAsNotFinished() {
		TaskAssessment assessment = evaluate(END_OF_NOVEMBER_2025, null, Period.month(2025, 12));

		assertThat(assessment.status()).isEqualTo(TaskStatus.NOT_REPORTED);
		assertThat(assessment.statusText()).isEqualTo("Chưa báo cáo (quá hạn)");
		assertThat(assessment.overdue()).isTrue();
		assertThat(assessment.percent()).isZero();
	}

	@Test
	void ongoingTaskWithoutActivityIsFlaggedButNeverOverdue() {
		TaskAssessment quiet = evaluate(new TaskDeadline.Ongoing(), TaskProgress.inProgress(0, false),
				Period.month(2026, 5));
		TaskAssessment busy = evaluate(new TaskDeadline.Ongoing(), TaskProgress.inProgress(0, true),
				Period.month(2026, 5));

		assertThat(quiet.overdue()).isFalse();
		assertThat(quiet.activeInPeriod()).isFalse();
		assertThat(quiet.remarks()).containsExactly("Không có hoạt động trong kỳ");
		assertThat(busy.activeInPeriod()).isTrue();
		assertThat(busy.remarks()).isEmpty();
	}

	@Test
	void yearlyTaskIsJudgedByActivityAndWithDecree09WindowsIsNotOverdueInsideItsYear() {
		TaskDeadline yearly = TaskDeadline.Yearly.endOfYear();

		TaskAssessment annual = evaluate(yearly, TaskProgress.notStarted(), Period.annual(2026));
		TaskAssessment december = evaluate(yearly, TaskProgress.notStarted(), Period.month(2026, 12));

		assertThat(annual.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(annual.overdue()).isFalse();
		assertThat(december.overdue()).isFalse();
		assertThat(annual.remarks()).containsExactly("Không có hoạt động trong kỳ");
	}

	@Test
	void yearlyTaskWithAMonthIsOverdueAfterThatMonth() {
		TaskDeadline september = new TaskDeadline.Yearly(9);

		assertThat(evaluate(september, TaskProgress.inProgress(30, true), Period.month(2026, 10)).overdue()).isTrue();
		assertThat(evaluate(september, TaskProgress.inProgress(30, true), Period.month(2026, 9)).overdue()).isFalse();
	}

	@Test
	void yearlyTaskIsOverdueAtTheYearEndUnderCalendarWindows() {
		TaskAssessment assessment = evaluator.evaluate(TaskDeadline.Yearly.endOfYear(),
				Optional.of(TaskProgress.inProgress(40, true)), Period.month(2026, 12),
				DataWindowPolicy.calendarMonths());

		assertThat(assessment.overdue()).isTrue();
	}

	@Test
	void conditionalTaskIsNeverOverdue() {
		TaskAssessment assessment = evaluate(
				new TaskDeadline.Conditional("Sau khi có văn bản của Trung ương, của tỉnh"), TaskProgress.notStarted(),
				Period.annual(2030));

		assertThat(assessment.overdue()).isFalse();
		assertThat(assessment.dueDate()).isNull();
		assertThat(assessment.statusText()).isEqualTo("Chưa triển khai");
	}

	@Test
	void taskWhoseSpanStartsLaterIsMarkedAsNotYetDue() {
		TaskDeadline span = new TaskDeadline.By(CalendarSpan.year(2030), CalendarSpan.year(2027));

		TaskAssessment assessment = evaluate(span, TaskProgress.notStarted(), Period.month(2026, 5));

		assertThat(assessment.beforeStart()).isTrue();
		assertThat(assessment.remarks()).containsExactly("Chưa đến thời gian thực hiện theo kế hoạch");
	}

	@Test
	void progressMustBeConsistent() {
		assertThatThrownBy(() -> new TaskProgress(TaskStatus.IN_PROGRESS, 101, null, "", true))
			.hasMessageContaining("từ 0 đến 100");
		assertThatThrownBy(() -> new TaskProgress(TaskStatus.NOT_STARTED, 10, null, "", false))
			.hasMessageContaining("chưa triển khai");
		assertThatThrownBy(() -> new TaskProgress(TaskStatus.NOT_REPORTED, 0, null, "", false))
			.hasMessageContaining("Chưa báo cáo");
		assertThatThrownBy(() -> new TaskProgress(TaskStatus.IN_PROGRESS, 50, LocalDate.of(2026, 1, 1), "", true))
			.hasMessageContaining("ngày hoàn thành");
		assertThat(new TaskProgress(TaskStatus.DONE, 80, null, null, true).percent()).isEqualTo(100);
	}

	@Test
	void statusNamesAreVietnamese() {
		assertThat(TaskStatus.NOT_STARTED.vietnameseName()).isEqualTo("Chưa triển khai");
		assertThat(TaskStatus.IN_PROGRESS.vietnameseName()).isEqualTo("Đang triển khai");
		assertThat(TaskStatus.DONE.vietnameseName()).isEqualTo("Hoàn thành");
		assertThat(TaskStatus.NOT_REPORTED.vietnameseName()).isEqualTo("Chưa báo cáo");
	}

}

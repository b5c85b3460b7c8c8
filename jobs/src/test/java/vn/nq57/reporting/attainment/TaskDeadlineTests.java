package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskDeadlineTests {

	private static final Period MAY_2026 = Period.month(2026, 5);

	@ParameterizedTest(name = "{0} is due {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2025-09-30 | 2025-09-30 | ngày 30/09/2025
			2025-11    | 2025-11-30 | tháng 11/2025
			2028-02    | 2028-02-29 | tháng 2/2028
			2026-Q1    | 2026-03-31 | quý I/2026
			2026-Q4    | 2026-12-31 | quý IV/2026
			2026       | 2026-12-31 | năm 2026
			""")
	void catalogTimeEndsOnTheLastDayOfItsSpan(String catalog, String due, String text) {
		CalendarSpan span = CalendarSpan.parse(catalog);

		assertThat(TaskDeadline.By.of(span).dueDate(MAY_2026)).contains(LocalDate.parse(due));
		assertThat(span.text()).isEqualTo(text);
	}

	@Test
	void unreadableCatalogTimeNamesTheAcceptedForms() {
		assertThatThrownBy(() -> CalendarSpan.parse("Quý I/2026"))
			.hasMessageContaining("YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY");
	}

	@Test
	void ongoingAndConditionalTasksHaveNoDueDate() {
		assertThat(new TaskDeadline.Ongoing().dueDate(MAY_2026)).isEmpty();
		assertThat(new TaskDeadline.Conditional("Sau khi có văn bản của Trung ương, của tỉnh").dueDate(MAY_2026))
			.isEmpty();
	}

	@Test
	void yearlyTaskIsDueAtTheEndOfThePeriodsYearOrOfItsMonth() {
		assertThat(TaskDeadline.Yearly.endOfYear().dueDate(MAY_2026)).contains(LocalDate.of(2026, 12, 31));
		assertThat(new TaskDeadline.Yearly(9).dueDate(MAY_2026)).contains(LocalDate.of(2026, 9, 30));
		assertThat(TaskDeadline.Yearly.endOfYear().dueDate(Period.month(2027, 1))).contains(LocalDate.of(2027, 12, 31));
	}

	@Test
	void deadlinesPrintAsThePlansWriteThem() {
		assertThat(new TaskDeadline.Ongoing().text()).isEqualTo("Thường xuyên");
		assertThat(TaskDeadline.Yearly.endOfYear().text()).isEqualTo("Hằng năm");
		assertThat(new TaskDeadline.Yearly(12).text()).isEqualTo("Tháng 12 hằng năm");
		assertThat(TaskDeadline.By.of(CalendarSpan.quarter(2026, 1)).text()).isEqualTo("Quý I/2026");
		assertThat(TaskDeadline.By.of(CalendarSpan.month(YearMonth.of(2026, 12))).text()).isEqualTo("Tháng 12/2026");
		assertThat(new TaskDeadline.By(CalendarSpan.year(2030), CalendarSpan.year(2026)).text())
			.isEqualTo("Năm 2026 – năm 2030");
		assertThat(new TaskDeadline.Conditional("Sau khi có hướng dẫn của cấp trên").text())
			.isEqualTo("Sau khi có hướng dẫn của cấp trên");
	}

	@Test
	void onlyOngoingAndYearlyTasksAreRecurring() {
		assertThat(new TaskDeadline.Ongoing().isRecurring()).isTrue();
		assertThat(TaskDeadline.Yearly.endOfYear().isRecurring()).isTrue();
		assertThat(TaskDeadline.By.of(CalendarSpan.year(2026)).isRecurring()).isFalse();
		assertThat(new TaskDeadline.Conditional("x").isRecurring()).isFalse();
	}

	@Test
	void spanMustNotStartAfterItEnds() {
		assertThatThrownBy(() -> new TaskDeadline.By(CalendarSpan.year(2026), CalendarSpan.year(2027)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new TaskDeadline.Yearly(13)).hasMessageContaining("Tháng phải từ 1 đến 12");
	}

	/**
	 * Issue 14 item 5: a deadline taken from the plan's period (Yên Hòa, a plan for "6
	 * tháng cuối năm 2025" that prints no time per task) is due at the period's end but
	 * is not a printed deadline; "Định kỳ" without a period recurs.
	 */
	@Test
	void aDeadlineTakenFromThePlansPeriodIsDueAtItsEndButIsNotPrinted() {
		TaskDeadline planPeriod = TaskDeadline.fromCatalog("plan_period", "2025-12-31", null, null, null);
		assertThat(planPeriod.dueDate(MAY_2026)).contains(LocalDate.of(2025, 12, 31));
		assertThat(planPeriod.text()).isEqualTo("Trong kỳ kế hoạch (đến 31/12/2025)");
		assertThat(planPeriod.printed()).isFalse();
		assertThat(planPeriod.isRecurring()).isFalse();

		TaskDeadline unspecified = TaskDeadline.fromCatalog("unspecified", null, null, null, null);
		assertThat(unspecified.printed()).isFalse();
		assertThat(unspecified.text()).isEqualTo("Kế hoạch không ghi thời hạn");

		TaskDeadline recurring = TaskDeadline.fromCatalog("recurring", null, null, null, "Định kỳ (không nêu kỳ)");
		assertThat(recurring.isRecurring()).isTrue();
		assertThat(recurring.dueDate(MAY_2026)).isEmpty();
		assertThat(recurring.text()).isEqualTo("Định kỳ");
		assertThat(recurring.printed()).isTrue();
	}

	@Test
	void everyCatalogDeadlineKindIsUnderstood() {
		assertThat(TaskDeadline.fromCatalog("ongoing", null, null, null, "Thường xuyên"))
			.isInstanceOf(TaskDeadline.Ongoing.class);
		assertThat(TaskDeadline.fromCatalog("yearly", null, null, 12, "Tháng 12 hằng năm").text())
			.isEqualTo("Tháng 12 hằng năm");
		assertThat(TaskDeadline.fromCatalog("by", "2026-Q1", null, null, "Quý I/2026").dueDate(MAY_2026))
			.contains(LocalDate.of(2026, 3, 31));
		assertThat(TaskDeadline.fromCatalog("conditional", null, null, null, "Sau khi có hướng dẫn").text())
			.isEqualTo("Sau khi có hướng dẫn");
		assertThatThrownBy(() -> TaskDeadline.fromCatalog("soon", null, null, null, null)).hasMessageContaining("soon");
	}

}

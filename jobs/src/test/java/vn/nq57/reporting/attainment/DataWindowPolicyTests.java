package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DataWindowPolicyTests {

	private static final DataWindowPolicy DECREE_09 = DataWindowPolicy.decree09();

	private static final DataWindowPolicy CALENDAR = DataWindowPolicy.calendarMonths();

	private static DateWindow window(String from, String to) {
		return new DateWindow(LocalDate.parse(from), LocalDate.parse(to));
	}

	@Test
	void monthlyWindowRunsFromThe15thOfThePreviousMonthToThe14th() {
		assertThat(Period.month(2026, 5).dataWindow(DECREE_09)).isEqualTo(window("2026-04-15", "2026-05-14"));
	}

	@Test
	void januaryWindowStartsInDecemberOfThePreviousYear() {
		assertThat(Period.month(2026, 1).dataWindow(DECREE_09)).isEqualTo(window("2025-12-15", "2026-01-14"));
	}

	@Test
	void decemberWindowStopsOn14DecemberAndTheRestOfDecemberBelongsToNextJanuary() {
		assertThat(Period.month(2026, 12).dataWindow(DECREE_09)).isEqualTo(window("2026-11-15", "2026-12-14"));
		assertThat(Period.month(2027, 1).dataWindow(DECREE_09).contains(LocalDate.of(2026, 12, 31))).isTrue();
	}

	@Test
	void firstQuarterWindowCrossesBackIntoDecember() {
		assertThat(Period.quarter(2026, 1).dataWindow(DECREE_09)).isEqualTo(window("2025-12-15", "2026-03-14"));
		assertThat(Period.quarter(2026, 2).dataWindow(DECREE_09)).isEqualTo(window("2026-03-15", "2026-06-14"));
		assertThat(Period.quarter(2026, 3).dataWindow(DECREE_09)).isEqualTo(window("2026-06-15", "2026-09-14"));
		assertThat(Period.quarter(2026, 4).dataWindow(DECREE_09)).isEqualTo(window("2026-09-15", "2026-12-14"));
	}

	@Test
	void halvesRunFrom15DecemberTo14JuneAndFrom15JuneTo14December() {
		assertThat(Period.half(2026, 1).dataWindow(DECREE_09)).isEqualTo(window("2025-12-15", "2026-06-14"));
		assertThat(Period.half(2026, 2).dataWindow(DECREE_09)).isEqualTo(window("2026-06-15", "2026-12-14"));
	}

	@Test
	void annualWindowRunsFrom15DecemberOfThePreviousYearTo14December() {
		assertThat(Period.annual(2026).dataWindow(DECREE_09)).isEqualTo(window("2025-12-15", "2026-12-14"));
	}

	@Test
	void monthlyWindowsFollowEachOtherWithoutGapOrOverlap() {
		Period month = Period.month(2025, 1);
		for (int i = 0; i < 36; i++) {
			Period next = nextMonth(month);
			assertThat(next.dataWindow(DECREE_09).from()).isEqualTo(month.dataWindow(DECREE_09).to().plusDays(1));
			month = next;
		}
	}

	@Test
	void quarterAndYearWindowsCoverExactlyTheirMonthlyWindows() {
		for (int q = 1; q <= 4; q++) {
			DateWindow quarter = Period.quarter(2026, q).dataWindow(DECREE_09);
			assertThat(quarter.from()).isEqualTo(Period.month(2026, q * 3 - 2).dataWindow(DECREE_09).from());
			assertThat(quarter.to()).isEqualTo(Period.month(2026, q * 3).dataWindow(DECREE_09).to());
		}
		DateWindow year = Period.annual(2026).dataWindow(DECREE_09);
		assertThat(year.from()).isEqualTo(Period.half(2026, 1).dataWindow(DECREE_09).from());
		assertThat(year.to()).isEqualTo(Period.half(2026, 2).dataWindow(DECREE_09).to());
	}

	@Test
	void calendarMonthsPolicyUsesWholeMonthsQuartersHalvesAndYears() {
		assertThat(Period.month(2026, 5).dataWindow(CALENDAR)).isEqualTo(window("2026-05-01", "2026-05-31"));
		assertThat(Period.month(2028, 2).dataWindow(CALENDAR)).isEqualTo(window("2028-02-01", "2028-02-29"));
		assertThat(Period.quarter(2026, 1).dataWindow(CALENDAR)).isEqualTo(window("2026-01-01", "2026-03-31"));
		assertThat(Period.half(2026, 2).dataWindow(CALENDAR)).isEqualTo(window("2026-07-01", "2026-12-31"));
		assertThat(Period.annual(2026).dataWindow(CALENDAR)).isEqualTo(window("2026-01-01", "2026-12-31"));
	}

	@Test
	void anotherCutOffDayMovesEveryWindow() {
		DataWindowPolicy twentieth = new DataWindowPolicy(20);

		assertThat(Period.month(2026, 5).dataWindow(twentieth)).isEqualTo(window("2026-04-20", "2026-05-19"));
		assertThat(Period.annual(2026).dataWindow(twentieth)).isEqualTo(window("2025-12-20", "2026-12-19"));
	}

	@Test
	void cutOffDayMustExistInEveryMonth() {
		assertThatThrownBy(() -> new DataWindowPolicy(29)).hasMessageContaining("Ngày chốt số liệu phải từ 1 đến 28");
		assertThatThrownBy(() -> new DataWindowPolicy(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void adHocReportCoversExactlyTheRequestedDays() {
		Period adHoc = Period.parse(ReportType.AD_HOC, "2026-05-03..2026-06-10");

		assertThat(adHoc.dataWindow(DECREE_09)).isEqualTo(window("2026-05-03", "2026-06-10"));
		assertThat(adHoc.dataWindow(CALENDAR)).isEqualTo(window("2026-05-03", "2026-06-10"));
	}

	@Test
	void annualReportIsEstimatedBecauseItIsDueBeforeItsWindowCloses() {
		assertThat(Period.annual(2026).estimatedAtDeadline(DECREE_09)).isTrue();
		assertThat(Period.half(2026, 1).estimatedAtDeadline(DECREE_09)).isTrue();
		assertThat(Period.half(2026, 2).estimatedAtDeadline(DECREE_09)).isTrue();
		assertThat(Period.quarter(2026, 2).estimatedAtDeadline(DECREE_09)).isTrue();
	}

	@Test
	void monthlyReportUnderDecree09IsNotEstimatedButUnderCalendarMonthsItIs() {
		assertThat(Period.month(2026, 5).estimatedAtDeadline(DECREE_09)).isFalse();
		assertThat(Period.month(2026, 5).estimatedAtDeadline(CALENDAR)).isTrue();
		assertThat(Period.parse(ReportType.AD_HOC, "2026-05-03..2026-06-10").estimatedAtDeadline(DECREE_09)).isFalse();
	}

	@Test
	void windowTextIsVietnamese() {
		assertThat(Period.month(2026, 5).dataWindow(DECREE_09).text())
			.isEqualTo("từ ngày 15/04/2026 đến ngày 14/05/2026");
	}

	private static Period nextMonth(Period month) {
		int m = month.number();
		return m == 12 ? Period.month(month.year() + 1, 1) : Period.month(month.year(), m + 1);
	}

}

package vn.nq57.reporting.attainment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's date line as Decree 30/2020/NĐ-CP writes it: a 0 before days under 10 and
 * before months 1 and 2 only.
 */
class VietnameseDatesTests {

	@Test
	void daysUnderTenAndJanuaryAndFebruaryTakeALeadingZero() {
		assertThat(VietnameseDates.documentDate(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
		assertThat(VietnameseDates.documentDate(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
	}

	@Test
	void otherMonthsAndDaysFromTenAreWrittenWithoutIt() {
		assertThat(VietnameseDates.documentDate(LocalDate.of(2026, 5, 27))).isEqualTo("ngày 27 tháng 5 năm 2026");
		assertThat(VietnameseDates.documentDate(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
		assertThat(VietnameseDates.documentDate(LocalDate.of(2026, 12, 10))).isEqualTo("ngày 10 tháng 12 năm 2026");
	}

}

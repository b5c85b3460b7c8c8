package vn.nq57.reporting.calendar;

import java.time.LocalDate;

import net.time4j.PlainDate;
import net.time4j.calendar.EastAsianMonth;
import net.time4j.calendar.VietnameseCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holiday files under schedules/holidays/ checked against the Vietnamese lunar
 * calendar (UTC+7).
 */
class HolidayDataTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void tetsFirstThreeDaysAndTheLastDayOfTheLunarYearAreDaysOff(int year) {
		LocalDate tet = toLocalDate(VietnameseCalendar.ofTet(year).transform(PlainDate.axis()));
		for (int day = -1; day <= 2; day++) {
			assertThat(this.calendar.isWorkingDay(tet.plusDays(day)))
				.as("Tết %d, day %+d (%s)", year, day, tet.plusDays(day))
				.isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void gioToHungVuongOrItsDayInLieuIsOff(int year) {
		VietnameseCalendar tet = VietnameseCalendar.ofTet(year);
		LocalDate gioTo = toLocalDate(tet.with(VietnameseCalendar.MONTH_OF_YEAR, EastAsianMonth.valueOf(3))
			.with(VietnameseCalendar.DAY_OF_MONTH, 10)
			.transform(PlainDate.axis()));
		LocalDate dayOff = switch (gioTo.getDayOfWeek()) {
			case SATURDAY -> gioTo.plusDays(2);
			case SUNDAY -> gioTo.plusDays(1);
			default -> gioTo;
		};
		assertThat(this.calendar.year(year).daysOff()).as("Giỗ Tổ %d is %s", year, gioTo).containsKey(dayOff);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void fixedHolidaysAreNotWorked(int year) {
		for (LocalDate day : new LocalDate[] { LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30),
				LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2) }) {
			assertThat(this.calendar.isWorkingDay(day)).as("%s", day).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 2025, 2026, 2027 })
	void eachYearHasTheElevenDaysOfTheLabourCode(int year) {
		// Art. 112: 1 January, 5 days of Tết, Giỗ Tổ, 30 April, 1 May, 2 September and a
		// day next to it
		long weekdaysOff = this.calendar.year(year)
			.daysOff()
			.keySet()
			.stream()
			.filter(d -> d.getDayOfWeek().getValue() <= 5)
			.count();
		assertThat(weekdaysOff).isGreaterThanOrEqualTo(11);
	}

	private static LocalDate toLocalDate(PlainDate date) {
		return LocalDate.of(date.getYear(), date.getMonth(), date.getDayOfMonth());
	}

}

package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	@Test
	void aSwappedSaturdayIsWorkedAndTheBridgeDayIsNot() {
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
		assertThat(this.calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
		assertThat(this.calendar.dayOffName(LocalDate.of(2026, 1, 2))).get().asString().contains("Tết Dương lịch");
	}

	@Test
	void aDayOffMovesBackToTheWorkingDayBeforeOrOnToTheOneAfter() {
		// Tết Bính Ngọ: 16–20 February 2026 off, with the weekends around it
		assertThat(this.calendar.onOrBefore(LocalDate.of(2026, 2, 19))).isEqualTo(LocalDate.of(2026, 2, 13));
		assertThat(this.calendar.onOrAfter(LocalDate.of(2026, 2, 19))).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(this.calendar.workingDaysBefore(LocalDate.of(2026, 2, 23), 2)).isEqualTo(LocalDate.of(2026, 2, 12));
	}

	@Test
	void aYearWithNoHolidayFileIsAnErrorThatNamesTheFile() {
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.of(2031, 3, 2)))
			.isInstanceOf(ScheduleDataException.class)
			.hasMessageContaining("schedules/holidays/2031.yaml")
			.hasMessageContaining("chưa có lịch ngày nghỉ lễ, Tết năm 2031");
	}

	@Test
	void aHolidayFileWithAWrongDateSaysWhichEntry() {
		WorkingDayCalendar broken = new WorkingDayCalendar(
				year -> Optional.of(new HolidayFileReader().read("schedules/holidays/2026.yaml", """
						year: 2026
						status: announced
						days_off:
						  - { date: 2026-01-01, name: "Tết Dương lịch" }
						  - { date: 2026-02-30, name: "Tết" }
						""")));
		assertThatThrownBy(() -> broken.isWorkingDay(LocalDate.of(2026, 1, 5)))
			.hasMessage("Tệp schedules/holidays/2026.yaml, trường days_off[2].date: ngày không hợp lệ \"2026-02-30\" "
					+ "(cần YYYY-MM-DD)");
	}

	@Test
	void aWorkingDayThatIsNotAWeekendDayIsRefused() {
		assertThatThrownBy(() -> new HolidayFileReader().read("schedules/holidays/2026.yaml", """
				year: 2026
				status: announced
				days_off: []
				working_days:
				  - { date: 2026-01-12, name: "Làm bù" }
				""")).hasMessageContaining("working_days").hasMessageContaining("không phải thứ Bảy hay Chủ nhật");
	}

}

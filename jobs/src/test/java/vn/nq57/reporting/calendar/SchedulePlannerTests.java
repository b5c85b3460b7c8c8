package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulePlannerTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	private final SchedulePlanner planner = new SchedulePlanner(new ReportSchedules(), this.calendar,
			new UnitDeadlines(this.calendar, new DataWindowPolicy(15)));

	@Test
	void aWholeYearHasEveryPeriodOnceInFiringOrder() {
		List<ScheduledRun> year = this.planner.upcoming(at(2026, 1, 1), 19);

		assertThat(year).allMatch(run -> run.fireAt().getYear() == 2026);
		Map<ReportType, List<String>> byType = year.stream()
			.collect(Collectors.groupingBy(run -> run.period().type(),
					Collectors.mapping(run -> run.period().code(), Collectors.toList())));
		assertThat(byType.get(ReportType.MONTHLY)).hasSize(12).startsWith("2026-01").endsWith("2026-12");
		assertThat(byType.get(ReportType.QUARTERLY)).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
		assertThat(byType.get(ReportType.HALF_YEAR)).containsExactly("2026-H1", "2026-H2");
		assertThat(byType.get(ReportType.ANNUAL)).containsExactly("2026");
		assertThat(year).isSortedAccordingTo((a, b) -> a.fireAt().compareTo(b.fireAt()));
		// the 20th run is the first of 2027
		assertThat(this.planner.upcoming(at(2026, 1, 1), 20).get(19).fireAt().getYear()).isEqualTo(2027);
	}

	@Test
	void everyRunFiresOnAWorkingDayBeforeItsLastDayWhichIsAWorkingDay() {
		WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
		for (ScheduledRun run : this.planner.upcoming(at(2025, 1, 1), 57)) {
			assertThat(calendar.isWorkingDay(run.fireAt().toLocalDate())).as(run.key()).isTrue();
			assertThat(calendar.isWorkingDay(run.lastDay())).as(run.key()).isTrue();
			assertThat(run.fireAt().toLocalDate()).as(run.key()).isBefore(run.lastDay());
			assertThat(run.lastDay()).as(run.key()).isBefore(run.planDeadline().beforeDay());
		}
	}

	@Test
	void noUnitIsGivenADeadlineLaterThanTheRunThatUsesItsData() {
		// issue 14 item 10: January 2027 was made on 15/01 while the units were told
		// 19/01; June 2027 due 18/06 while the units had until 21/06
		for (int year = 2026; year <= 2027; year++) {
			for (ScheduledRun run : this.planner.firedBetween(at(year, 1, 1).minusNanos(1), at(year, 12, 31))) {
				assertThat(run.unitsLastDay()).as(run.key()).isBefore(run.fireAt().toLocalDate());
			}
		}
		ScheduledRun january = this.planner.runOf(Period.month(2027, 1)).orElseThrow();
		assertThat(january.fireAt().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(january.unitsLastDay()).isEqualTo(LocalDate.of(2027, 1, 14));
	}

	@Test
	void onAPlanWhoseDayIsTheUnitsDeadlineTheReportIsMadeAfterIt() {
		ScheduledRun july = this.planner.runOf(Period.month(2026, 7), DeadlineOwner.UNITS).orElseThrow();

		assertThat(july.unitsLastDay()).isEqualTo(LocalDate.of(2026, 7, 20));
		assertThat(july.fireAt()).isEqualTo(at(2026, 7, 21).withHour(8));
		assertThat(july.lastDay()).isEqualTo(LocalDate.of(2026, 7, 23));
		assertThat(july.key()).isEqualTo("monthly@units/2026-07");
		for (ScheduledRun run : this.planner.firedBetween(at(2026, 1, 1).minusNanos(1), at(2027, 12, 31),
				DeadlineOwner.UNITS)) {
			assertThat(run.unitsLastDay()).as(run.key()).isBefore(run.fireAt().toLocalDate());
			assertThat(run.lastDay()).as(run.key()).isAfterOrEqualTo(run.fireAt().toLocalDate());
		}
	}

	@Test
	void aDeadlineOnASundayMovesBackToFriday() {
		// July 2026: "before 20 July" ends on Sunday 19 July, so the report is due on
		// Friday 17 July
		ScheduledRun july = this.planner.runOf(Period.month(2026, 7)).orElseThrow();

		assertThat(july.lastDay()).isEqualTo(LocalDate.of(2026, 7, 17));
		assertThat(july.fireAt()).isEqualTo(at(2026, 7, 15).withHour(8));
		// the units' own last day is the working day before the run that uses their data
		// (before issue 14 item 10: Monday 20 July, after the report was made)
		assertThat(july.unitsLastDay()).isEqualTo(LocalDate.of(2026, 7, 14));
		assertThat(july.remindOn()).contains(LocalDate.of(2026, 7, 9));
	}

	@Test
	void aDeadlineInTetMovesBackBeforeTheHoliday() {
		// February 2026: the last day 19 February is the third day of Tết (16–20 February
		// off)
		ScheduledRun february = this.planner.runOf(Period.month(2026, 2)).orElseThrow();

		assertThat(february.lastDay()).isEqualTo(LocalDate.of(2026, 2, 13));
		assertThat(february.fireAt()).isEqualTo(at(2026, 2, 11).withHour(8));
		assertThat(february.unitsLastDay()).isEqualTo(LocalDate.of(2026, 2, 10));
	}

	@Test
	void theAnnualAndSecondHalfReportsShareTheNovemberDeadline() {
		ScheduledRun annual = this.planner.runOf(Period.annual(2026)).orElseThrow();
		ScheduledRun secondHalf = this.planner.runOf(Period.half(2026, 2)).orElseThrow();

		// "before 30 November 2026": 29 November is a Sunday
		assertThat(annual.lastDay()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(annual.fireAt()).isEqualTo(at(2026, 11, 24).withHour(8));
		assertThat(secondHalf.fireAt()).isEqualTo(annual.fireAt());
	}

	@Test
	void theDeadlinesOfTheScheduleFileAgreeWithTheEngines() {
		for (ScheduledRun run : this.planner.upcoming(at(2025, 1, 1), 57)) {
			assertThat(run.planDeadline()).as(run.key()).isEqualTo(run.period().deadline().orElseThrow());
		}
	}

	@Test
	void aPreviewBeyondTheHolidayDataSaysWhichFileIsMissing() {
		assertThatThrownBy(() -> this.planner.upcoming(at(2027, 6, 1), 40)).isInstanceOf(ScheduleDataException.class)
			.hasMessageContaining("schedules/holidays/2028.yaml");
	}

	@Test
	void adHocReportsAreNeverScheduled() {
		assertThat(this.planner.runOf(Period.adHoc(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 6, 10)))).isEmpty();
	}

	@Test
	void aScheduleFileWithAnUnknownFieldSaysWhere() {
		assertThatThrownBy(() -> new ReportSchedules("""
				schedules:
				  - report: "monthly"
				    deadline: { before_day: 20, of_month: last }
				    generate_at: "08:00"
				    generate_days_before: 2
				""")).isInstanceOf(ScheduleDataException.class)
			.hasMessageContaining("schedules[1].generate_days_before")
			.hasMessageContaining("trường không có trong định dạng lịch");
	}

	@Test
	void provinceReportsFireTheConfiguredWorkingDaysAfterTheLatestCommunesLastDay() {
		ProvinceScheduledRun may = this.planner.provinceRunOf(Period.month(2026, 5)).orElseThrow();

		// issuer's plans: last day 19/05; plans printing the units' day: units by 19/05,
		// run
		// 20/05, due two working days after, Fri 22/05; two working days after that: Tue
		// 26/05
		assertThat(may.communesLastDay()).isEqualTo(LocalDate.of(2026, 5, 22));
		assertThat(may.fireAt()).isEqualTo(LocalDate.of(2026, 5, 26).atTime(8, 0).atZone(ReportingZone.ZONE));
		assertThat(may.key()).isEqualTo("province-monthly/2026-05");
		assertThat(may.recipients()).containsExactly("ubnd-tinh@example.gov.vn", "bo-khcn@example.gov.vn");
		// the next one after it is June's; a December report's may fire early in January
		assertThat(this.planner.nextProvinceRun(ReportType.MONTHLY, may.fireAt().plusMinutes(1)).orElseThrow().period())
			.isEqualTo(Period.month(2026, 6));
		assertThat(this.planner.nextProvinceRun(ReportType.MONTHLY, at(2027, 1, 1)).orElseThrow().period())
			.isIn(Period.month(2026, 12), Period.month(2027, 1));
	}

	@Test
	void aScheduleWithoutProvinceSectionHasNoProvinceRunsAndAnAdHocOneIsRefused() {
		SchedulePlanner without = new SchedulePlanner(new ReportSchedules("""
				schedules:
				  - report: "monthly"
				    deadline: { before_day: 20, of_month: last }
				    generate_at: "08:00"
				"""), this.calendar, new UnitDeadlines(this.calendar, new DataWindowPolicy(15)));
		assertThat(without.provinceRunOf(Period.month(2026, 5))).isEmpty();
		assertThatThrownBy(() -> new ReportSchedules("""
				schedules:
				  - report: "ad-hoc"
				    province: { working_days_after_deadline: 2 }
				""")).isInstanceOf(ScheduleDataException.class).hasMessageContaining("schedules[1] (ad-hoc).province");
		assertThatThrownBy(() -> new ReportSchedules("""
				schedules:
				  - report: "monthly"
				    deadline: { before_day: 20, of_month: last }
				    generate_at: "08:00"
				    province: { working_days_after_deadline: 0 }
				""")).isInstanceOf(ScheduleDataException.class).hasMessageContaining("cần ít nhất 1");
	}

	private static ZonedDateTime at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atStartOfDay(ReportingZone.ZONE);
	}

}

package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a unit's submission counts as late: its last day is extended past days off (Civil
 * Code Art. 148(5)). The report, {@code submission status} and the planner all use this
 * one rule.
 */
class UnitDeadlinesTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	private final UnitDeadlines deadlines = new UnitDeadlines(this.calendar, new DataWindowPolicy(15));

	@Test
	void onAWorkingDayTheUnitsLastDayIsTheDayBeforeTheReportsDay() {
		// "before 20 May 2026": 19 May is a Tuesday
		assertThat(this.deadlines.lateFrom(Period.month(2026, 5))).isEqualTo(LocalDateTime.of(2026, 5, 20, 0, 0));
	}

	@Test
	void aLastDayOnASundayExtendsToMonday() {
		// "before 20 July 2026": 19 July is a Sunday, so a submission on Monday 20 July
		// is on time
		assertThat(this.deadlines.lastDay(Period.month(2026, 7))).isEqualTo(LocalDate.of(2026, 7, 20));
		assertThat(this.deadlines.lateFrom(Period.month(2026, 7))).isEqualTo(LocalDateTime.of(2026, 7, 21, 0, 0));
	}

	@Test
	void aLastDayInTetExtendsPastTheHoliday() {
		// "before 20 February 2026": 19 February is the third day of Tết; the next
		// working day is 23 February
		assertThat(this.deadlines.lateFrom(Period.month(2026, 2))).isEqualTo(LocalDateTime.of(2026, 2, 24, 0, 0));
	}

	@Test
	void anAdHocPeriodEndsWithItsDataWindow() {
		assertThat(this.deadlines
			.lateFrom(Period.parse(vn.nq57.reporting.attainment.ReportType.AD_HOC, "2026-05-03..2026-06-10")))
			.isEqualTo(LocalDateTime.of(2026, 6, 11, 0, 0));
	}

	@Test
	void theSchedulePreviewGivesUnitsTheSameLastDay() {
		SchedulePlanner planner = new SchedulePlanner(new ReportSchedules(), this.calendar, this.deadlines);

		assertThat(planner.runOf(Period.month(2026, 7)).orElseThrow().unitsLastDay())
			.isEqualTo(this.deadlines.lastDay(Period.month(2026, 7)));
	}

}

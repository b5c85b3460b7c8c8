package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a unit's submission counts as late. For a scheduled report its last day is
 * {@code units_cut_off_working_days_before_run} (1) working days before the run that uses
 * its data, so a unit that sends on its last day is in the report (issue 14 item 10); for
 * a report with no schedule (ad hoc) it is the last day of the data window. The report,
 * {@code submission status} and the planner all use this one rule.
 */
class UnitDeadlinesTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	private final UnitDeadlines deadlines = new UnitDeadlines(this.calendar, new DataWindowPolicy(15));

	@Test
	void theUnitsLastDayIsTheWorkingDayBeforeTheRun() {
		// "before 20 May 2026": the report's last day is Tuesday 19 May, the run two
		// working days before (Friday 15 May), the units' last day Thursday 14 May
		assertThat(this.deadlines.lateFrom(Period.month(2026, 5))).isEqualTo(LocalDateTime.of(2026, 5, 15, 0, 0));
	}

	@Test
	void aReportDueOnASundayTakesTheUnitsDayBackWithIt() {
		// "before 20 July 2026": 19 July is a Sunday, the report is due Friday 17 July
		// and made Wednesday 15 July: units send by Tuesday 14 July
		assertThat(this.deadlines.lastDay(Period.month(2026, 7))).isEqualTo(LocalDate.of(2026, 7, 14));
		assertThat(this.deadlines.lateFrom(Period.month(2026, 7))).isEqualTo(LocalDateTime.of(2026, 7, 15, 0, 0));
	}

	@Test
	void aReportDueInTetIsMadeBeforeTheHolidayAndTheUnitsSendBeforeIt() {
		// "before 20 February 2026": 19 February is the third day of Tết; the report is
		// made on 11 February, the units send by 10 February
		assertThat(this.deadlines.lateFrom(Period.month(2026, 2))).isEqualTo(LocalDateTime.of(2026, 2, 11, 0, 0));
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

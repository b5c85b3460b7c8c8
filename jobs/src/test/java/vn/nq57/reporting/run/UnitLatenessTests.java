package vn.nq57.reporting.run;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import vn.nq57.reporting.schedule.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a unit's submission counts as late: its last day is extended past days off (Civil
 * Code Art. 148(5)).
 */
class UnitLatenessTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();

	@Test
	void onAWorkingDayTheUnitsLastDayIsTheDayBeforeTheReportsDay() {
		// "before 20 May 2026": 19 May is a Tuesday
		assertThat(ReportSteps.lateFrom(run(LocalDate.of(2026, 5, 20)), this.calendar))
			.isEqualTo(LocalDateTime.of(2026, 5, 20, 0, 0));
	}

	@Test
	void aLastDayOnASundayExtendsToMonday() {
		// "before 20 July 2026": 19 July is a Sunday, so a submission on Monday 20 July
		// is on time
		assertThat(ReportSteps.lateFrom(run(LocalDate.of(2026, 7, 20)), this.calendar))
			.isEqualTo(LocalDateTime.of(2026, 7, 21, 0, 0));
	}

	@Test
	void aLastDayInTetExtendsPastTheHoliday() {
		// "before 20 February 2026": 19 February is the third day of Tết; the next
		// working day is 23 February
		assertThat(ReportSteps.lateFrom(run(LocalDate.of(2026, 2, 20)), this.calendar))
			.isEqualTo(LocalDateTime.of(2026, 2, 24, 0, 0));
	}

	private static ReportRun run(LocalDate deadline) {
		return new ReportRun(1, 1, 1, "VU-QUANG", "MONTHLY", deadline.toString().substring(0, 7), 1, "STARTED", null,
				deadline.minusMonths(1).withDayOfMonth(15), deadline.withDayOfMonth(14), deadline, null, null, null,
				null, 0, null, null);
	}

}

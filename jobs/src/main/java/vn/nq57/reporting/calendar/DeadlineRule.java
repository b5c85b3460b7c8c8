package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;

/**
 * "Before day D of a month" for the periods of a report type, as written in
 * report-schedules.yaml.
 *
 * @param periodNumber the period it applies to (half 1 or 2), or null for every period of
 * the type
 * @param beforeDay the day D
 * @param ofMonth the month of D (1–12) in the period's year, or null for the period's
 * last month
 */
public record DeadlineRule(Integer periodNumber, int beforeDay, Integer ofMonth) {

	public boolean appliesTo(Period period) {
		return this.periodNumber == null || this.periodNumber == period.number();
	}

	public Deadline deadlineOf(Period period) {
		YearMonth month = (this.ofMonth != null) ? YearMonth.of(period.year(), this.ofMonth)
				: YearMonth.from(period.calendarDays().to());
		LocalDate day = month.atDay(Math.min(this.beforeDay, month.lengthOfMonth()));
		return Deadline.before(day);
	}

}

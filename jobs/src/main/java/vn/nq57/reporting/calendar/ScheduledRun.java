package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;

/**
 * One coming run of a report type for a period, for every plan.
 *
 * @param fireAt when the report is made and sent
 * @param planDeadline the deadline as the plans write it ("trước ngày 20/07/2026")
 * @param lastDay the last day to send: the day before the plan's day, moved back to a
 * working day
 * @param unitsLastDay the units' own last day: the day before the plan's day, moved on to
 * a working day (Civil Code 2015, Art. 148(5))
 * @param remindOn when units that have not submitted are reminded, if the schedule has
 * reminders
 * @param owner whose deadline the plan's printed day is: it sets the timeline
 */
public record ScheduledRun(Period period, ZonedDateTime fireAt, Deadline planDeadline, LocalDate lastDay,
		LocalDate unitsLastDay, Optional<LocalDate> remindOn, DeadlineOwner owner) {

	/**
	 * A stable name of the run for triggers and claims: "monthly/2026-05", for plans
	 * whose printed day is the units' deadline "monthly@units/2026-05".
	 */
	public String key() {
		return this.period.type().cliName() + this.owner.keySuffix() + "/" + this.period.code();
	}

}

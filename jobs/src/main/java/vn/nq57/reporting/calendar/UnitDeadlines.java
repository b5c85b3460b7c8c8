package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;

/**
 * The one rule for a unit's last day to submit for a period, used by the report (on time
 * or late), {@code ./reports submission status} and the schedule planner (reminders). For
 * a scheduled report it comes before the run that uses the units' data:
 * {@code units_cut_off_working_days_before_run} working days before the run's day
 * ({@code schedules/report-schedules.yaml}), so a unit that sends on its last day is in
 * the report. A report made on request, or with no schedule: D-1 of the report's "before
 * day D", moved on to the next working day when it is a day off (Civil Code 2015, Art.
 * 148(5)); with no deadline (ad hoc), the last day of the data window. A year without a
 * holiday file uses the plain day (the schedule's own checks report the missing file).
 */
public class UnitDeadlines {

	private final WorkingDayCalendar calendar;

	private final DataWindowPolicy windows;

	private final ReportSchedules schedules;

	public UnitDeadlines(WorkingDayCalendar calendar, DataWindowPolicy windows) {
		this(calendar, windows, new ReportSchedules());
	}

	public UnitDeadlines(WorkingDayCalendar calendar, DataWindowPolicy windows, ReportSchedules schedules) {
		this.calendar = calendar;
		this.windows = windows;
		this.schedules = schedules;
	}

	public LocalDate lastDay(Period period) {
		return lastDay(period, DeadlineOwner.ISSUER);
	}

	/** A unit's last day for a plan whose printed day is {@code owner}'s deadline. */
	public LocalDate lastDay(Period period, DeadlineOwner owner) {
		Optional<ReportSchedule> schedule = this.schedules.schedule(period.type()).filter(ReportSchedule::scheduled);
		Optional<Deadline> scheduled = schedule.flatMap(s -> s.deadlineOf(period));
		if (scheduled.isPresent()) {
			try {
				return schedule.get().timelineOf(scheduled.get(), this.calendar, owner).unitsCutOff();
			}
			catch (ScheduleDataException ex) {
				return lastDay(scheduled.get());
			}
		}
		return period.deadline().map(this::lastDay).orElseGet(() -> period.dataWindow(this.windows).to());
	}

	/** A unit's last day under a report's "before day D" when no run uses its data. */
	public LocalDate lastDay(Deadline deadline) {
		try {
			return this.calendar.onOrAfter(deadline.lastDay());
		}
		catch (ScheduleDataException ex) {
			return deadline.lastDay();
		}
	}

	/** A submission received from this moment on is late. */
	public LocalDateTime lateFrom(Period period) {
		return lateFrom(period, DeadlineOwner.ISSUER);
	}

	public LocalDateTime lateFrom(Period period, DeadlineOwner owner) {
		return lastDay(period, owner).plusDays(1).atStartOfDay();
	}

}

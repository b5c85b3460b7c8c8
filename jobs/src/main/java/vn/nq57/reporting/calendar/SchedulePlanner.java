package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Works out when each scheduled report runs: the plan's "before day D" gives the last day
 * D-1, moved back to a working day; the run fires the configured number of working days
 * before that, at the configured time. Units' own last day is {@link UnitDeadlines}'s,
 * before the run.
 */
public class SchedulePlanner {

	private final ReportSchedules schedules;

	private final WorkingDayCalendar calendar;

	private final UnitDeadlines unitDeadlines;

	public SchedulePlanner(ReportSchedules schedules, WorkingDayCalendar calendar, UnitDeadlines unitDeadlines) {
		this.schedules = schedules;
		this.calendar = calendar;
		this.unitDeadlines = unitDeadlines;
	}

	public Optional<ScheduledRun> runOf(Period period) {
		return runOf(period, DeadlineOwner.ISSUER);
	}

	/**
	 * The run of a period for the plans whose printed day is {@code owner}'s deadline;
	 * empty when the schedule has no such timeline.
	 */
	public Optional<ScheduledRun> runOf(Period period, DeadlineOwner owner) {
		return this.schedules.schedule(period.type())
			.filter(ReportSchedule::scheduled)
			.filter(schedule -> schedule.owners().contains(owner))
			.flatMap(schedule -> schedule.deadlineOf(period).map(deadline -> runOf(schedule, period, deadline, owner)));
	}

	private ScheduledRun runOf(ReportSchedule schedule, Period period, Deadline deadline, DeadlineOwner owner) {
		ReportSchedule.Timeline timeline = schedule.timelineOf(deadline, this.calendar, owner);
		LocalDate lastDay = timeline.lastDay();
		LocalDate fireDay = timeline.runDay();
		LocalDate unitsLastDay = this.unitDeadlines.lastDay(period, owner);
		Optional<LocalDate> remindOn = Optional.ofNullable(schedule.remindWorkingDaysBefore())
			.map(days -> this.calendar.workingDaysBefore(unitsLastDay, days));
		return new ScheduledRun(period, fireDay.atTime(schedule.generateAt()).atZone(ReportingZone.ZONE), deadline,
				lastDay, unitsLastDay, remindOn, owner);
	}

	/**
	 * The next {@code count} runs firing at or after {@code from}, all periodic report
	 * types together, in firing order; multi-year reviews, whose periods depend on each
	 * plan's year, are in a plan's own calendar only ({@code schedule preview --plan}).
	 */
	public List<ScheduledRun> upcoming(ZonedDateTime from, int count) {
		List<ScheduledRun> runs = new ArrayList<>();
		// every scheduled run fires within its period's year, so whole years can be taken
		// in turn
		for (int year = from.getYear(); runs.size() < count; year++) {
			if (year > from.getYear() + 50) {
				break;
			}
			for (Period period : periodsOf(year)) {
				if (!period.type().isReview()) {
					runOf(period).filter(run -> !run.fireAt().isBefore(from)).ifPresent(runs::add);
				}
			}
		}
		return runs.stream()
			.sorted(Comparator.comparing(ScheduledRun::fireAt).thenComparing(run -> run.period().type()))
			.limit(count)
			.toList();
	}

	/**
	 * The runs of one report type in its period order, from the year of {@code from} and
	 * the next.
	 */
	public List<ScheduledRun> runsOf(ReportType type, ZonedDateTime from) {
		return runsOf(type, from, DeadlineOwner.ISSUER);
	}

	public List<ScheduledRun> runsOf(ReportType type, ZonedDateTime from, DeadlineOwner owner) {
		List<ScheduledRun> runs = new ArrayList<>();
		for (int year = from.getYear(); year <= from.getYear() + 1; year++) {
			for (Period period : periodsOf(year)) {
				if (period.type() == type) {
					runOf(period, owner).ifPresent(runs::add);
				}
			}
		}
		return runs;
	}

	/**
	 * The run of the province reports of a period: {@code working_days_after_deadline}
	 * working days after the communes' last day, at the schedule's time; empty when the
	 * schedule has no province reports.
	 */
	public Optional<ProvinceScheduledRun> provinceRunOf(Period period) {
		return this.schedules.schedule(period.type())
			.filter(ReportSchedule::scheduled)
			.filter(schedule -> schedule.province() != null)
			.flatMap(schedule -> schedule.deadlineOf(period).map(deadline -> {
				LocalDate communesLastDay = schedule.communesLastDay(deadline, this.calendar);
				int after = schedule.province().workingDaysAfterDeadline();
				LocalDate fireDay = this.calendar.workingDaysAfter(communesLastDay, after);
				return new ProvinceScheduledRun(period,
						fireDay.atTime(schedule.generateAt()).atZone(ReportingZone.ZONE), deadline, communesLastDay,
						after, schedule.province().recipients());
			}));
	}

	/**
	 * The next province report run of a type firing at or after {@code from}: of the
	 * periods of the year before (a December report's province run may fire in January),
	 * of that year, or else of the next.
	 */
	public Optional<ProvinceScheduledRun> nextProvinceRun(ReportType type, ZonedDateTime from) {
		List<ProvinceScheduledRun> runs = new ArrayList<>();
		for (int year = from.getYear() - 1; year <= from.getYear() + 1
				&& (runs.isEmpty() || year <= from.getYear()); year++) {
			runs.addAll(provinceRunsOf(type, year, from, null, year == from.getYear() - 1));
		}
		return runs.stream().min(Comparator.comparing(ProvinceScheduledRun::fireAt));
	}

	/**
	 * The province report runs of every type firing in [from, to], in firing order.
	 */
	public List<ProvinceScheduledRun> provinceRunsBetween(ZonedDateTime from, ZonedDateTime to) {
		List<ProvinceScheduledRun> runs = new ArrayList<>();
		for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
			runs.addAll(provinceRunsOf(null, year, from, to, year == from.getYear() - 1));
		}
		runs.sort(Comparator.comparing(ProvinceScheduledRun::fireAt).thenComparing(run -> run.period().type()));
		return runs;
	}

	private List<ProvinceScheduledRun> provinceRunsOf(ReportType type, int year, ZonedDateTime from, ZonedDateTime to,
			boolean yearBefore) {
		List<ProvinceScheduledRun> runs = new ArrayList<>();
		try {
			for (Period period : periodsOf(year)) {
				if ((type == null || period.type() == type) && !period.type().isReview()) {
					provinceRunOf(period)
						.filter(run -> !run.fireAt().isBefore(from) && (to == null || !run.fireAt().isAfter(to)))
						.ifPresent(runs::add);
				}
			}
		}
		catch (ScheduleDataException ex) {
			if (!yearBefore) {
				throw ex;
			}
			// no holiday file for the year before: nothing of it is still to fire
		}
		return runs;
	}

	/** The periods of every scheduled type in a year. */
	private List<Period> periodsOf(int year) {
		List<Period> periods = new ArrayList<>();
		for (ReportSchedule schedule : this.schedules.scheduled()) {
			switch (schedule.type()) {
				case MONTHLY -> {
					for (int m = 1; m <= 12; m++) {
						periods.add(Period.month(year, m));
					}
				}
				case QUARTERLY -> {
					for (int q = 1; q <= 4; q++) {
						periods.add(Period.quarter(year, q));
					}
				}
				case HALF_YEAR -> {
					periods.add(Period.half(year, 1));
					periods.add(Period.half(year, 2));
				}
				case ANNUAL -> periods.add(Period.annual(year));
				// the review ending this year; which plans owe it depends on each plan's
				// first year (the scheduler's business)
				case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW ->
					periods.add(Period.review(schedule.type(), year - schedule.type().reviewYears() + 1));
				case AD_HOC -> {
				}
			}
		}
		return periods;
	}

	/**
	 * The periods whose runs fired in the window (from, to]: what a scheduler missed
	 * while it was down.
	 */
	public List<ScheduledRun> firedBetween(ZonedDateTime from, ZonedDateTime to) {
		return firedBetween(from, to, DeadlineOwner.ISSUER);
	}

	/**
	 * {@link #firedBetween(ZonedDateTime, ZonedDateTime)} on the timeline of plans whose
	 * printed day is {@code owner}'s deadline.
	 */
	public List<ScheduledRun> firedBetween(ZonedDateTime from, ZonedDateTime to, DeadlineOwner owner) {
		List<ScheduledRun> runs = new ArrayList<>();
		// a units' timeline may fire early in the next year (December's report)
		if (owner == DeadlineOwner.UNITS) {
			try {
				for (Period period : periodsOf(from.getYear() - 1)) {
					runOf(period, owner).filter(run -> run.fireAt().isAfter(from) && !run.fireAt().isAfter(to))
						.ifPresent(runs::add);
				}
			}
			catch (ScheduleDataException ex) {
				// no holiday file for the year before: nothing of it is still to fire
			}
		}
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (Period period : periodsOf(year)) {
				runOf(period, owner).filter(run -> run.fireAt().isAfter(from) && !run.fireAt().isAfter(to))
					.ifPresent(runs::add);
			}
		}
		runs.sort(Comparator.comparing(ScheduledRun::fireAt));
		return runs;
	}

}

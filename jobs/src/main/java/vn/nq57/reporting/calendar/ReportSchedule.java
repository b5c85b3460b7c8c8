package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;

/**
 * One report type's schedule from {@code schedules/report-schedules.yaml}: when it is
 * due, when it is made and sent, who receives it, and when units that have not submitted
 * are reminded.
 *
 * @param generateAt time of day (Asia/Ho_Chi_Minh) of the run; null for a type made on
 * request
 * @param remindWorkingDaysBefore working days before the units' deadline to remind them;
 * null for none
 * @param unitsCutOffWorkingDaysBeforeRun the units' last day to submit, in working days
 * before the day of the run that uses their data (at least 1: no unit is given a deadline
 * later than the run)
 */
public record ReportSchedule(ReportType type, List<DeadlineRule> deadlineRules, int generateWorkingDaysBefore,
		LocalTime generateAt, Integer remindWorkingDaysBefore, List<String> recipients,
		int unitsCutOffWorkingDaysBeforeRun) {

	public ReportSchedule {
		deadlineRules = List.copyOf(deadlineRules);
		recipients = List.copyOf(recipients);
	}

	/** True when runs fire by themselves (ad hoc reports are made on request). */
	public boolean scheduled() {
		return this.generateAt != null && !this.deadlineRules.isEmpty();
	}

	/**
	 * The timeline of a period's report: the units' cut-off, then the run, then sending
	 * by the report's last day.
	 */
	public Timeline timelineOf(Deadline deadline, WorkingDayCalendar calendar) {
		LocalDate lastDay = calendar.onOrBefore(deadline.lastDay());
		LocalDate runDay = calendar.workingDaysBefore(lastDay, this.generateWorkingDaysBefore);
		LocalDate unitsCutOff = calendar.workingDaysBefore(runDay, this.unitsCutOffWorkingDaysBeforeRun);
		return new Timeline(unitsCutOff, runDay, lastDay);
	}

	/**
	 * Units' last day (end of day), the day of the run (at {@code generateAt}, sending
	 * right after it) and the report's last day to send.
	 */
	public record Timeline(LocalDate unitsCutOff, LocalDate runDay, LocalDate lastDay) {
	}

	public Optional<Deadline> deadlineOf(Period period) {
		return this.deadlineRules.stream()
			.filter(rule -> rule.appliesTo(period))
			.findFirst()
			.map(rule -> rule.deadlineOf(period));
	}

}

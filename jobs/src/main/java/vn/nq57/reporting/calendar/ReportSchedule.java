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
 * @param approval whether a person approves each version before it is issued, or the
 * agency's signature is applied at the run
 * @param unitsTimeline the timeline of plans whose printed day is the units' deadline
 * ({@link DeadlineOwner#UNITS}); null: they follow the report's deadline like the others
 * @param province when the province reports consolidating this type are made, and who
 * receives them; null: not scheduled (made on request)
 */
public record ReportSchedule(ReportType type, List<DeadlineRule> deadlineRules, int generateWorkingDaysBefore,
		LocalTime generateAt, Integer remindWorkingDaysBefore, List<String> recipients,
		int unitsCutOffWorkingDaysBeforeRun, UnitsTimeline unitsTimeline, ProvinceTimeline province,
		Approval approval) {

	public ReportSchedule(ReportType type, List<DeadlineRule> deadlineRules, int generateWorkingDaysBefore,
			LocalTime generateAt, Integer remindWorkingDaysBefore, List<String> recipients,
			int unitsCutOffWorkingDaysBeforeRun, UnitsTimeline unitsTimeline) {
		this(type, deadlineRules, generateWorkingDaysBefore, generateAt, remindWorkingDaysBefore, recipients,
				unitsCutOffWorkingDaysBeforeRun, unitsTimeline, null, Approval.APPROVE);
	}

	public ReportSchedule {
		deadlineRules = List.copyOf(deadlineRules);
		recipients = List.copyOf(recipients);
		if (approval == null) {
			approval = Approval.APPROVE;
		}
	}

	public ReportSchedule(ReportType type, List<DeadlineRule> deadlineRules, int generateWorkingDaysBefore,
			LocalTime generateAt, Integer remindWorkingDaysBefore, List<String> recipients) {
		this(type, deadlineRules, generateWorkingDaysBefore, generateAt, remindWorkingDaysBefore, recipients, 1, null,
				null, Approval.APPROVE);
	}

	/**
	 * How a version becomes official ({@code approval:} in the schedule file).
	 */
	public enum Approval {

		/** A signer of the plan approves (or returns) each version; then it is issued. */
		APPROVE,

		/** Issued at the run with the agency's signature alone, and sent. */
		AUTO

	}

	/** True when runs fire by themselves (ad hoc reports are made on request). */
	public boolean scheduled() {
		return this.generateAt != null && !this.deadlineRules.isEmpty();
	}

	/**
	 * The timeline of a period's report: the units' cut-off, then the run, then sending
	 * by the report's last day.
	 */
	public Timeline timelineOf(Deadline deadline, WorkingDayCalendar calendar, DeadlineOwner owner) {
		if (owner == DeadlineOwner.UNITS && this.unitsTimeline != null) {
			// the printed day is the units': their last day (D-1, a day off extended to
			// the
			// next working day, Civil Code 2015 Art. 148(5)), then the run, then sending
			LocalDate unitsCutOff = calendar.onOrAfter(deadline.lastDay());
			LocalDate runDay = calendar.workingDaysAfter(unitsCutOff, this.unitsTimeline.runWorkingDaysAfter());
			return new Timeline(unitsCutOff, runDay,
					calendar.workingDaysAfter(runDay, this.unitsTimeline.reportDueWorkingDaysAfterRun()));
		}
		return timelineOf(deadline, calendar);
	}

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

	/**
	 * When a plan's printed day is the units' deadline: the run this many working days
	 * after it (at least 1), the report due this many working days after the run.
	 */
	public record UnitsTimeline(int runWorkingDaysAfter, int reportDueWorkingDaysAfterRun) {
	}

	/**
	 * The province reports of this type (issue 17): made this many working days after the
	 * communes' last day to send (the latest of the timelines), at the schedule's
	 * {@code generate_at}, for every province; sent to these recipients.
	 */
	public record ProvinceTimeline(int workingDaysAfterDeadline, List<String> recipients) {

		public ProvinceTimeline {
			recipients = List.copyOf(recipients);
		}

	}

	/**
	 * The communes' last day to send a period's report: the latest of this schedule's
	 * timelines (the report's own and, where plans print the units' deadline, theirs).
	 */
	public LocalDate communesLastDay(Deadline deadline, WorkingDayCalendar calendar) {
		LocalDate latest = null;
		for (DeadlineOwner owner : owners()) {
			LocalDate lastDay = timelineOf(deadline, calendar, owner).lastDay();
			latest = (latest == null || lastDay.isAfter(latest)) ? lastDay : latest;
		}
		return latest;
	}

	/** The owners whose timelines this schedule has: always the issuer's. */
	public List<DeadlineOwner> owners() {
		return (this.unitsTimeline != null) ? List.of(DeadlineOwner.ISSUER, DeadlineOwner.UNITS)
				: List.of(DeadlineOwner.ISSUER);
	}

	public Optional<Deadline> deadlineOf(Period period) {
		return this.deadlineRules.stream()
			.filter(rule -> rule.appliesTo(period))
			.findFirst()
			.map(rule -> rule.deadlineOf(period));
	}

}

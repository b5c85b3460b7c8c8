package vn.nq57.reporting.calendar;

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
 * @param approval whether a person approves each version before it is issued, or the
 * agency's signature is applied at the run
 */
public record ReportSchedule(ReportType type, List<DeadlineRule> deadlineRules, int generateWorkingDaysBefore,
		LocalTime generateAt, Integer remindWorkingDaysBefore, List<String> recipients, Approval approval) {

	public ReportSchedule {
		deadlineRules = List.copyOf(deadlineRules);
		recipients = List.copyOf(recipients);
		if (approval == null) {
			approval = Approval.APPROVE;
		}
	}

	public ReportSchedule(ReportType type, List<DeadlineRule> deadlineRules, int generateWorkingDaysBefore,
			LocalTime generateAt, Integer remindWorkingDaysBefore, List<String> recipients) {
		this(type, deadlineRules, generateWorkingDaysBefore, generateAt, remindWorkingDaysBefore, recipients,
				Approval.APPROVE);
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

	public Optional<Deadline> deadlineOf(Period period) {
		return this.deadlineRules.stream()
			.filter(rule -> rule.appliesTo(period))
			.findFirst()
			.map(rule -> rule.deadlineOf(period));
	}

}

package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;

/**
 * One coming run of the province reports of a period (issue 17): every province's report
 * consolidating the communes' report of that type and period.
 *
 * @param fireAt when the province reports are made (and sent, when they have recipients)
 * @param communesDeadline the communes' deadline as the plans write it
 * @param communesLastDay the communes' last day to send (the latest of the timelines)
 * @param workingDaysAfter working days between that day and the run
 */
public record ProvinceScheduledRun(Period period, ZonedDateTime fireAt, Deadline communesDeadline,
		LocalDate communesLastDay, int workingDaysAfter, List<String> recipients) {

	public ProvinceScheduledRun {
		recipients = List.copyOf(recipients);
	}

	/** A stable name of the run for triggers and claims: "province-monthly/2026-05". */
	public String key() {
		return "province-" + this.period.type().cliName() + "/" + this.period.code();
	}

}

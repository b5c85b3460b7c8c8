package vn.nq57.reporting.scheduler;

import java.time.LocalDate;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;

/**
 * A sent report whose latest version did not use some accepted submissions: they arrived
 * after it was made, before the report's deadline ({@code deadline}, the plan's "before
 * day D").
 */
public record LateSubmissions(String planCode, String reportType, String periodCode, long runId, LocalDate deadline,
		int submissions, String units) {

	public Period period() {
		return Period.parse(ReportType.valueOf(this.reportType), this.periodCode);
	}

}

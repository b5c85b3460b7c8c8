package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator of the plan with what is known of it when the run judges it.
 *
 * @param aggregate how the commune's figure is made: single, pooled, sum or published
 * @param contributingUnits the units asked for a figure (comma-separated codes)
 * @param reportingUnitName the reporting unit's name (who made a self-assessment)
 * @param reportedValue the reporting unit's value
 * @param selfAssessment the reporting unit's own verdict on a qualitative target
 * @param submittedBy who filled in the reporting unit's submission, where it says
 * @param evidenceUrl the reporting unit's evidence link
 * @param unitFigures every unit's figure in the submissions used:
 * {@code UNIT=value/numerator/denominator} joined with {@code ;}, blanks where not sent
 * @param previousValue the previous period's figure (same report type)
 * @param yearAgoValue the figure of the same period a year earlier (same report type)
 * @param firstRecordedOn the last day of the data of the first figure ever recorded
 * @param startOfYearValue the last figure recorded before the year's data window began
 * @param planSignedOn the day the plan was signed, where the source shows it
 * @param planDate the plan's date as printed: YYYY-MM-DD, YYYY-MM or YYYY
 * @param ratePer the base of a rate (catalog rate_per), else null
 * @param publishedValue the latest published figure by the end of the data window
 * @param planStartValue for a review, the first figure recorded from the plan's year (the
 * plan's first review compares with it)
 */
public record IndicatorInput(String code, int position, String groupCode, String number, String name,
		String measureUnit, String direction, String responsible, String reportingUnit, String aggregate,
		String contributingUnits, String reportingUnitName, BigDecimal reportedValue, String selfAssessment,
		String submittedBy, String evidenceUrl, String unitFigures, BigDecimal previousValue, BigDecimal yearAgoValue,
		LocalDate firstRecordedOn, BigDecimal firstRecordedValue, BigDecimal startOfYearValue, LocalDate planSignedOn,
		String planDate, BigDecimal ratePer, BigDecimal publishedValue, String publishedSource, LocalDate publishedOn,
		String publishedPeriod, BigDecimal planStartValue) {
}

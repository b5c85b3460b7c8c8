package vn.nq57.reporting.run;

import java.math.BigDecimal;

/**
 * An indicator of the plan with what the period's latest accepted submissions say about
 * it: the reporting unit's value, and the numerators and denominators summed over every
 * unit that sent parts; the previous period's figure, and the first figure ever recorded
 * (where a straight line may start); {@code ratePer} is the base of a rate (catalog
 * rate_per), else null.
 */
public record IndicatorInput(String code, int position, String groupCode, String number, String name,
		String measureUnit, String direction, String responsible, String reportingUnit, BigDecimal reportedValue,
		String selfAssessment, BigDecimal partsNumerator, BigDecimal partsDenominator, int partsCount,
		BigDecimal previousValue, Integer firstRecordedYear, BigDecimal firstRecordedValue, BigDecimal ratePer) {
}

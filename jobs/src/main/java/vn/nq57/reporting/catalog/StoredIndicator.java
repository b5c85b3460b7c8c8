package vn.nq57.reporting.catalog;

import java.math.BigDecimal;

/**
 * An indicator of a stored plan version; {@code responsible} and
 * {@code contributingUnits} are comma-separated lists of unit codes.
 *
 * @param aggregate single, pooled, sum or published (see {@link AggregationRule})
 * @param contributingUnits every unit asked for a figure of this indicator
 */
public record StoredIndicator(long id, String code, String number, String sharedCode, String groupCode,
		String parentCode, String name, String printedName, String measureUnit, String direction, BigDecimal ratePer,
		String responsible, String reportingUnit, String aggregate, String contributingUnits, String publishedBy,
		String leader, String officer, String output, String reading, String reportNote, int position) {

	/** Whether the unit is asked for a figure of this indicator. */
	public boolean asksFrom(String unitCode) {
		String units = (this.contributingUnits != null) ? this.contributingUnits : this.reportingUnit;
		return java.util.Arrays.asList(units.split(",")).contains(unitCode);
	}

}

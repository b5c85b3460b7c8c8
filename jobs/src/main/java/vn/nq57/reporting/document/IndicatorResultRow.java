package vn.nq57.reporting.document;

import java.math.BigDecimal;

/**
 * One indicator's stored figures in a report run, with what the catalog says of the
 * target judged.
 *
 * @param targetHorizon milestone, standing, yearly or unstated (catalog), or null
 * @param milestoneName the indicator's wording at the milestone judged where the plan
 * prints another one, else null
 * @param targetBasis level, total or per_year, or null
 * @param reportNote the catalog's note for reports where the plan is unclear, or null
 */
public record IndicatorResultRow(String indicatorCode, int position, String groupCode, String groupName, String number,
		String name, String measureUnit, String responsible, Integer milestoneYear, String targetText,
		String targetKind, BigDecimal expectedValue, BigDecimal actualValue, BigDecimal numerator,
		BigDecimal denominator, BigDecimal ratio, String status, String onTrack, BigDecimal previousValue,
		BigDecimal changeValue, String targetHorizon, String milestoneName, String targetBasis, String reportNote) {
}

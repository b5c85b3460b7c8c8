package vn.nq57.reporting.document;

import java.math.BigDecimal;

/** One indicator's stored figures in a report run. */
public record IndicatorResultRow(String indicatorCode, int position, String groupCode, String groupName, String number,
		String name, String measureUnit, String responsible, Integer milestoneYear, String targetText,
		String targetKind, BigDecimal expectedValue, BigDecimal actualValue, BigDecimal numerator,
		BigDecimal denominator, BigDecimal ratio, String status, String onTrack, BigDecimal previousValue,
		BigDecimal changeValue) {
}

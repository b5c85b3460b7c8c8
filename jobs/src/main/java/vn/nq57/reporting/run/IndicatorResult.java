package vn.nq57.reporting.run;

import java.math.BigDecimal;

/** The engine's verdict on one indicator, as stored in report_indicator_result. */
public record IndicatorResult(long runId, String indicatorCode, int position, String groupCode, String number,
		String name, String measureUnit, String responsible, Integer milestoneYear, String targetText,
		String targetKind, BigDecimal expectedValue, BigDecimal actualValue, BigDecimal numerator,
		BigDecimal denominator, BigDecimal ratio, String status, String onTrack, BigDecimal previousValue,
		BigDecimal changeValue) {
}

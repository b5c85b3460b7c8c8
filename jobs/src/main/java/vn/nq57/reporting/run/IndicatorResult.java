package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The engine's verdict on one indicator, as stored in report_indicator_result: everything
 * the documents print (sql/migration/V45__verdicts.sql says what each column holds).
 */
public record IndicatorResult(long runId, String indicatorCode, int position, String groupCode, String number,
		String name, String measureUnit, String responsible, Integer milestoneYear, String targetText,
		String targetKind, BigDecimal expectedValue, BigDecimal actualValue, BigDecimal numerator,
		BigDecimal denominator, BigDecimal ratio, String status, String judgement, String yearTargetText,
		BigDecimal yearTargetValue, String yearTargetSource, String roadmapStart, String rangePosition,
		String milestoneStatus, BigDecimal milestoneRatio, String countBasis, String onTrack, BigDecimal previousValue,
		BigDecimal changeValue, BigDecimal yearAgoValue, BigDecimal yearAgoChange, String selfAssessment,
		String assessedBy, String evidenceUrl, String aggregation, Integer unitsCounted, Integer unitsAsked,
		String publishedSource, LocalDate publishedOn, String publishedPeriod) {
}

package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One indicator's stored figures in a report run (sql/migration/V45__verdicts.sql says
 * what each holds), with what the catalog says of the target judged.
 *
 * @param judgement ROADMAP or YEAR; null for a run made before the verdicts of issue 15
 * @param targetHorizon milestone, standing, yearly or unstated (catalog), or null
 * @param milestoneName the indicator's wording at the milestone judged where the plan
 * prints another one, else null
 * @param targetBasis level, total or per_year, or null
 * @param reportNote the catalog's note for reports where the plan is unclear, or null
 */
public record IndicatorResultRow(String indicatorCode, int position, String groupCode, String groupName, String number,
		String name, String measureUnit, String responsible, Integer milestoneYear, String targetText,
		String targetKind, BigDecimal expectedValue, BigDecimal actualValue, BigDecimal numerator,
		BigDecimal denominator, BigDecimal ratio, String status, String judgement, String yearTargetText,
		BigDecimal yearTargetValue, String yearTargetSource, String roadmapStart, String rangePosition,
		String milestoneStatus, BigDecimal milestoneRatio, String countBasis, String onTrack, BigDecimal previousValue,
		BigDecimal changeValue, BigDecimal yearAgoValue, BigDecimal yearAgoChange, String selfAssessment,
		String assessedBy, String evidenceUrl, String aggregation, Integer unitsCounted, Integer unitsAsked,
		String publishedSource, LocalDate publishedOn, String publishedPeriod, String targetHorizon,
		String milestoneName, String targetBasis, String reportNote) {
}

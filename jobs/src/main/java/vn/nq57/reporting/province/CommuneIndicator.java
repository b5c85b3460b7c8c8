package vn.nq57.reporting.province;

import java.math.BigDecimal;

/** One indicator result stored by a commune report the province report used. */
public record CommuneIndicator(long reportRunId, String indicatorCode, String sharedCode, String name,
		String measureUnit, String aggregation, String countBasis, BigDecimal actualValue, BigDecimal numerator,
		BigDecimal denominator, BigDecimal ratePer, String status) {

	public boolean hasParts() {
		return this.numerator != null && this.denominator != null && this.denominator.signum() > 0;
	}

}

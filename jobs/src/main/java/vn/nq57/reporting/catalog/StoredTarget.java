package vn.nq57.reporting.catalog;

import java.math.BigDecimal;

/** A milestone target as printed ({@code targetText}) beside the form it was read as. */
public record StoredTarget(String indicatorCode, int milestoneYear, String targetText, String kind, String comparator,
		BigDecimal value, BigDecimal upperValue, boolean perYear, String qualifier) {
}

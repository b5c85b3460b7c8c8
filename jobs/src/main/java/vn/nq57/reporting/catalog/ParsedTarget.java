package vn.nq57.reporting.catalog;

import java.math.BigDecimal;

/**
 * The form a printed target was read as, stored beside the printed text; {@code problem}
 * says why a target that looks numeric could not be read (the catalog is then rejected).
 */
public record ParsedTarget(String kind, String comparator, BigDecimal value, BigDecimal upper, boolean perYear,
		String qualifier, String problem) {
}

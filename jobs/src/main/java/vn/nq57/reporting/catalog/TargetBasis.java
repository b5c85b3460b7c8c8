package vn.nq57.reporting.catalog;

import java.util.List;

import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;

/**
 * What a target's figure is (FORMAT.md, "What a count target counts"): {@code level} (a
 * level at the date: a per cent, an index, the number of enterprises operating),
 * {@code total} (counted since the plan's start) or {@code per_year} (counted within each
 * year). Only counts can be totals or per-year counts.
 */
final class TargetBasis {

	static final String LEVEL = "level";

	static final String TOTAL = "total";

	static final String PER_YEAR = "per_year";

	static final List<String> ALL = List.of(LEVEL, TOTAL, PER_YEAR);

	private TargetBasis() {
	}

	/**
	 * As the target says; else "per_year" when its wording says "mỗi năm"; else as the
	 * indicator says; else "level" for anything but a count; null for a count nobody
	 * declared.
	 */
	static String of(CatalogIndicator indicator, CatalogTarget target, ParsedTarget parsed) {
		if (target.basis() != null) {
			return target.basis();
		}
		if (parsed.perYear()) {
			return PER_YEAR;
		}
		if (indicator.basis() != null) {
			return indicator.basis();
		}
		return "count".equals(indicator.unit()) ? null : LEVEL;
	}

}

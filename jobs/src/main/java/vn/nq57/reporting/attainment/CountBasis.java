package vn.nq57.reporting.attainment;

import java.util.Locale;

/**
 * What a target's figure is: a level at the date (a per cent, an index, the enterprises
 * operating), a total counted since the plan's start, or a count within each year ("Mỗi
 * năm có ..."). No straight line runs between milestones of different bases.
 */
public enum CountBasis {

	LEVEL("level", "mức tại thời điểm"), TOTAL("total", "lũy kế từ đầu kế hoạch"),
	PER_YEAR("per_year", "trong từng năm");

	private final String catalogName;

	private final String vietnameseName;

	CountBasis(String catalogName, String vietnameseName) {
		this.catalogName = catalogName;
		this.vietnameseName = vietnameseName;
	}

	public String catalogName() {
		return this.catalogName;
	}

	public String vietnameseName() {
		return this.vietnameseName;
	}

	/** The basis a wording implies: per year for "Mỗi năm có ...", else a level. */
	public static CountBasis of(Target target) {
		return target.perYear() ? PER_YEAR : LEVEL;
	}

	public static CountBasis fromCatalogName(String name) {
		String wanted = (name == null) ? "" : name.trim().toLowerCase(Locale.ROOT);
		for (CountBasis basis : values()) {
			if (basis.catalogName.equals(wanted)) {
				return basis;
			}
		}
		throw new IllegalArgumentException(
				"Cách đếm của chỉ tiêu không hợp lệ: \"" + name + "\"; chỉ nhận level, total, per_year");
	}

}

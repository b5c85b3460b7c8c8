package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether a larger figure is better (most indicators) or a smaller one (a rank, "dưới
 * 5").
 */
public enum Direction {

	HIGHER_IS_BETTER("higher"), LOWER_IS_BETTER("lower");

	private final String catalogName;

	Direction(String catalogName) {
		this.catalogName = catalogName;
	}

	public String catalogName() {
		return catalogName;
	}

	/** True when {@code a} is strictly better than {@code b} in this direction. */
	public boolean isBetter(BigDecimal a, BigDecimal b) {
		int c = a.compareTo(b);
		return this == HIGHER_IS_BETTER ? c > 0 : c < 0;
	}

	public static Direction fromCatalogName(String name) {
		String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		for (Direction d : values()) {
			if (d.catalogName.equals(wanted)) {
				return d;
			}
		}
		throw new IllegalArgumentException("Chiều đánh giá không hợp lệ: \"" + name + "\"; chỉ nhận higher, lower");
	}

}

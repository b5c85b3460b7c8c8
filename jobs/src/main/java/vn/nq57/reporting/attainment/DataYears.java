package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Time measured in data years, so that a figure recorded on any day can sit on a straight
 * line between year-end targets: the end of data year Y is Y, and a day inside data year
 * Y is Y − 1 plus the share of that year's data window elapsed by the end of the day.
 * Under Decree 09 data year 2026 runs from 15/12/2025 to 14/12/2026, so 14/12/2025 is
 * 2025 and 14/12/2026 is 2026.
 */
public final class DataYears {

	private final DataWindowPolicy policy;

	public DataYears(DataWindowPolicy policy) {
		this.policy = policy;
	}

	/**
	 * The data year a day's figures belong to (the year whose annual window holds it).
	 */
	public int yearOf(LocalDate day) {
		int year = day.getYear();
		if (!window(year).contains(day)) {
			year = day.isAfter(window(year).to()) ? year + 1 : year - 1;
		}
		return year;
	}

	/** The position of the end of a day on the line of data years, 4 decimals. */
	public BigDecimal position(LocalDate day) {
		int year = yearOf(day);
		return BigDecimal.valueOf(year - 1).add(elapsed(year, day));
	}

	/**
	 * The share of data year {@code year} elapsed by the end of {@code day}: 0 before it,
	 * 1 after it, 4 decimals half up.
	 */
	public BigDecimal elapsed(int year, LocalDate day) {
		DateWindow window = window(year);
		if (day.isBefore(window.from())) {
			return BigDecimal.ZERO;
		}
		if (!day.isBefore(window.to())) {
			return BigDecimal.ONE;
		}
		long done = new DateWindow(window.from(), day).days();
		return BigDecimal.valueOf(done)
			.divide(BigDecimal.valueOf(window.days()), AttainmentCalculator.SCALE, RoundingMode.HALF_UP);
	}

	/** The data window of a year: 15/12 of the year before to 14/12 under Decree 09. */
	public DateWindow window(int year) {
		return Period.annual(year).dataWindow(this.policy);
	}

}

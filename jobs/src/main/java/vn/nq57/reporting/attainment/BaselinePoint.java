package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The first figure recorded for an indicator: where the straight line starts when no
 * earlier milestone has a number.
 *
 * @param year the data year it closes, for a figure of a whole year; else null
 * @param on the last day of the data it was recorded from; else null
 * @param value the figure
 */
public record BaselinePoint(Integer year, LocalDate on, BigDecimal value) {

	public BaselinePoint {
		Objects.requireNonNull(value, "value");
		if ((year == null) == (on == null)) {
			throw new IllegalArgumentException("A first figure is recorded for a year or on a day");
		}
	}

	/** A figure at the end of data year {@code year}. */
	public BaselinePoint(int year, BigDecimal value) {
		this(year, null, value);
	}

	/** A figure whose data end on {@code on}. */
	public BaselinePoint(LocalDate on, BigDecimal value) {
		this(null, on, value);
	}

	/** Where it sits on the line of data years. */
	public BigDecimal position(DataYears years) {
		return (this.year != null) ? BigDecimal.valueOf(this.year) : years.position(this.on);
	}

}

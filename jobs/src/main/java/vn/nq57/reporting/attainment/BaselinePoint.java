package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The first figure recorded for an indicator: where the straight line starts when no
 * earlier milestone has a number.
 */
public record BaselinePoint(int year, BigDecimal value) {

	public BaselinePoint {
		Objects.requireNonNull(value, "value");
	}
}

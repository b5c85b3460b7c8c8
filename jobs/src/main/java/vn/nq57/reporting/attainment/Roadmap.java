package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The roadmap (lộ trình) of an interim report: the straight line from the start of the
 * year's data window to the year's target at its end, read at the end of the report's
 * data window.
 *
 * @param start what the line starts from
 * @param from the value at the start of the year
 * @param to the year's target (the least value that meets it)
 * @param elapsed the share of the year's data window elapsed at the end of the report's,
 * 0 to 1, 4 decimals
 * @param expected the value on the line at that day (cần đạt đến kỳ này), 4 decimals
 */
public record Roadmap(Start start, BigDecimal from, BigDecimal to, BigDecimal elapsed, BigDecimal expected) {

	/** Where the year starts. */
	public enum Start {

		/** The plan's own target for the year before (its milestone or its line). */
		PLAN,
		/** The figure recorded at the end of the year before. */
		RECORDED,
		/** A count within the year starts from 0. */
		ZERO_COUNT,
		/**
		 * Nothing says where the year started: the share of the year's target by the
		 * share of the year elapsed (higher is better only).
		 */
		TIME_SHARE,
		/** A standing target ("Thường xuyên") applies all year: the line is flat. */
		STANDING

	}

	public Roadmap {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(expected, "expected");
	}

}

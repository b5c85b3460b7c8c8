package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target as printed in the plan, with the reading of it.
 *
 * @param text the wording exactly as printed; always kept
 * @param kind how it was read
 * @param comparator for {@link TargetKind#NUMERIC} only, else null
 * @param value the number (NUMERIC) or the lower end (RANGE), else null
 * @param upper the upper end of a RANGE, else null
 * @param unit the indicator's unit
 * @param direction the indicator's direction
 * @param perYear "Mỗi năm có ít nhất 01 ...": the target applies to every year, not
 * cumulatively
 * @param qualifier words around the number that the reading keeps but does not evaluate
 * ("6G", "GRDP", "sáng kiến ..."), else null
 */
public record Target(String text, TargetKind kind, TargetComparator comparator, BigDecimal value, BigDecimal upper,
		MeasureUnit unit, Direction direction, boolean perYear, String qualifier) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int SHORT_QUALIFIER = 12;

	public Target {
		text = text == null ? "" : text;
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(direction, "direction");
		switch (kind) {
			case NUMERIC -> {
				Objects.requireNonNull(comparator, "comparator");
				Objects.requireNonNull(value, "value");
				if (upper != null) {
					throw new IllegalArgumentException("A numeric target has no upper end");
				}
			}
			case RANGE -> {
				Objects.requireNonNull(value, "value");
				Objects.requireNonNull(upper, "upper");
				if (comparator != null || value.compareTo(upper) > 0) {
					throw new IllegalArgumentException(
							"A range runs from its lower to its upper end, with no comparator");
				}
			}
			case NONE, QUALITATIVE -> {
				if (comparator != null || value != null || upper != null) {
					throw new IllegalArgumentException("A " + kind + " target has no number");
				}
			}
		}
		value = value == null ? null : VietnameseNumbers.stripZeros(value);
		upper = upper == null ? null : VietnameseNumbers.stripZeros(upper);
		qualifier = qualifier == null || qualifier.isBlank() ? null : qualifier.strip();
	}

	public static Target numeric(String text, TargetComparator comparator, BigDecimal value, MeasureUnit unit,
			Direction direction, boolean perYear, String qualifier) {
		return new Target(text, TargetKind.NUMERIC, comparator, value, null, unit, direction, perYear, qualifier);
	}

	public static Target range(String text, BigDecimal lower, BigDecimal upper, MeasureUnit unit, Direction direction,
			boolean perYear, String qualifier) {
		return new Target(text, TargetKind.RANGE, null, lower, upper, unit, direction, perYear, qualifier);
	}

	public static Target none(String text, MeasureUnit unit, Direction direction) {
		return new Target(text, TargetKind.NONE, null, null, null, unit, direction, false, null);
	}

	public static Target qualitative(String text, MeasureUnit unit, Direction direction) {
		return new Target(text, TargetKind.QUALITATIVE, null, null, null, unit, direction, false, null);
	}

	/**
	 * True when the wording was read as a number or a range, so attainment can be
	 * computed.
	 */
	public boolean isNumeric() {
		return kind == TargetKind.NUMERIC || kind == TargetKind.RANGE;
	}

	/**
	 * The number a ratio and a straight line are measured against: the least value that
	 * meets the target. That is the value itself; for a range the end that must be
	 * reached (lower end when higher is better, upper end when lower is better); for a
	 * strict target on whole numbers (counts, ranks) the next whole number: "> 01" is
	 * first met at 2, "dưới 5" at 4.
	 */
	public BigDecimal referenceValue() {
		requireNumeric();
		if (kind == TargetKind.RANGE) {
			return (direction == Direction.LOWER_IS_BETTER) ? upper : value;
		}
		if (isStrictOnWholeNumbers()) {
			return (comparator == TargetComparator.MORE_THAN) ? value.add(BigDecimal.ONE)
					: value.subtract(BigDecimal.ONE);
		}
		return value;
	}

	/**
	 * Counts and ranks are whole numbers: a figure between two of them does not exist.
	 */
	public boolean isWholeMeasure() {
		return unit == MeasureUnit.COUNT || unit == MeasureUnit.RANK;
	}

	/**
	 * "> 01" on a count, "dưới 5" on a rank: a strict target on whole numbers with a
	 * whole value, met first at the next whole number, which is then the target's
	 * reference and can be exceeded.
	 */
	public boolean isStrictOnWholeNumbers() {
		return kind == TargetKind.NUMERIC
				&& (comparator == TargetComparator.MORE_THAN || comparator == TargetComparator.LESS_THAN)
				&& isWholeMeasure() && value.stripTrailingZeros().scale() <= 0;
	}

	/** Whether the actual figure satisfies the target (Đạt). */
	public boolean isMetBy(BigDecimal actual) {
		requireNumeric();
		Objects.requireNonNull(actual, "actual");
		if (kind == TargetKind.RANGE) {
			return direction == Direction.HIGHER_IS_BETTER ? actual.compareTo(value) >= 0
					: actual.compareTo(upper) <= 0;
		}
		int c = actual.compareTo(value);
		return switch (comparator) {
			case AT_LEAST -> c >= 0;
			case MORE_THAN -> c > 0;
			case AT_MOST -> c <= 0;
			case LESS_THAN -> c < 0;
			case EXACTLY -> direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
		};
	}

	/**
	 * Whether the actual figure satisfies the target and is strictly better than it
	 * (Vượt): beyond the value for ≥, ≤ and plain values, beyond the far end of a range,
	 * beyond the least whole number that meets a strict target on counts and ranks (">
	 * 01" is met at 2, exceeded at 3). A strict target on other measures ("> 20%") asks
	 * for more than its number already, so it is never exceeded.
	 */
	public boolean isExceededBy(BigDecimal actual) {
		if (!isMetBy(actual) || !canBeExceeded()) {
			return false;
		}
		if (kind == TargetKind.RANGE) {
			return direction == Direction.HIGHER_IS_BETTER ? actual.compareTo(upper) > 0 : actual.compareTo(value) < 0;
		}
		if (isStrictOnWholeNumbers()) {
			return direction.isBetter(actual, referenceValue());
		}
		return switch (comparator) {
			case AT_LEAST -> actual.compareTo(value) > 0;
			case AT_MOST -> actual.compareTo(value) < 0;
			case EXACTLY -> direction.isBetter(actual, value);
			case MORE_THAN, LESS_THAN -> false;
		};
	}

	/**
	 * A share cannot pass 100% nor fall below 0%, and yes is yes: such targets can only
	 * be reached.
	 */
	public boolean canBeExceeded() {
		requireNumeric();
		if (isStrictOnWholeNumbers()) {
			return true;
		}
		if (kind == TargetKind.NUMERIC
				&& (comparator == TargetComparator.MORE_THAN || comparator == TargetComparator.LESS_THAN)) {
			return false;
		}
		if (unit == MeasureUnit.BOOLEAN) {
			return false;
		}
		if (!unit.isPercent()) {
			return true;
		}
		boolean upward = kind == TargetKind.RANGE ? direction == Direction.HIGHER_IS_BETTER
				: comparator == TargetComparator.AT_LEAST
						|| (comparator == TargetComparator.EXACTLY && direction == Direction.HIGHER_IS_BETTER);
		BigDecimal edge = kind == TargetKind.RANGE ? (upward ? upper : value) : value;
		return upward ? edge.compareTo(HUNDRED) < 0 : edge.signum() > 0;
	}

	/**
	 * Where a figure stands against a range, printed beside it instead of a ratio: "trong
	 * khoảng 45–50%", "dưới khoảng 45–50%", "trên khoảng 45–50%".
	 */
	public String rangePosition(BigDecimal actual) {
		if (kind != TargetKind.RANGE) {
			throw new IllegalStateException("Chỉ tiêu \"" + text + "\" không phải là một khoảng");
		}
		String where = (actual.compareTo(value) < 0) ? "dưới" : (actual.compareTo(upper) > 0) ? "trên" : "trong";
		return where + " khoảng " + number(value) + "–" + number(upper) + unit.suffix();
	}

	/** The reading in Vietnamese: "≥ 60%", "45–50%", "≥ 1,5%", "dưới 5", "2% GRDP". */
	public String describe() {
		return switch (kind) {
			case NONE -> "Không có chỉ tiêu";
			case QUALITATIVE -> TargetReader.clean(text);
			case RANGE -> perYearPrefix() + number(value) + "–" + number(upper) + unit.suffix() + qualifierSuffix();
			case NUMERIC -> perYearPrefix() + describeNumeric() + qualifierSuffix();
		};
	}

	private String describeNumeric() {
		String n = number(value);
		if (unit == MeasureUnit.BOOLEAN && comparator == TargetComparator.EXACTLY) {
			return value.signum() == 0 ? "Không" : "Có";
		}
		if (unit == MeasureUnit.RANK && comparator == TargetComparator.AT_MOST) {
			return "trong nhóm " + n + " dẫn đầu";
		}
		if (unit == MeasureUnit.RANK && comparator == TargetComparator.EXACTLY) {
			return "hạng " + n;
		}
		return switch (comparator) {
			case AT_LEAST -> "≥ " + n + unit.suffix();
			case AT_MOST -> "≤ " + n + unit.suffix();
			case MORE_THAN -> "trên " + n + unit.suffix();
			case LESS_THAN -> "dưới " + n + unit.suffix();
			case EXACTLY -> n + unit.suffix();
		};
	}

	private String perYearPrefix() {
		return perYear ? "mỗi năm " : "";
	}

	private String qualifierSuffix() {
		boolean rankGroup = unit == MeasureUnit.RANK && comparator == TargetComparator.AT_MOST;
		if (qualifier == null || qualifier.length() > SHORT_QUALIFIER || rankGroup
				|| (unit == MeasureUnit.PERCENT_GRDP && qualifier.equalsIgnoreCase("GRDP"))) {
			return "";
		}
		return " (" + qualifier + ")";
	}

	private static String number(BigDecimal n) {
		return VietnameseNumbers.format(n);
	}

	private void requireNumeric() {
		if (!isNumeric()) {
			throw new IllegalStateException("Chỉ tiêu \"" + text + "\" không phải là số, không so sánh được");
		}
	}
}

package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reported figure, optionally with the numerator and denominator it came from, so that
 * figures from several units add up correctly (sum the parts, then divide; never average
 * the per cents).
 *
 * @param value the figure (a per cent as 85.5, an index as 0.97, a count as 3)
 * @param numerator what was counted, or null
 * @param denominator out of how many, or null
 */
public record ActualValue(BigDecimal value, BigDecimal numerator, BigDecimal denominator) {

	/** Scale of a value computed from parts: 4 decimals, as every ratio in the engine. */
	public static final int SCALE = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ActualValue {
		Objects.requireNonNull(value, "value");
		if ((numerator == null) != (denominator == null)) {
			throw new IllegalArgumentException("Phải có cả tử số và mẫu số, hoặc không có cả hai");
		}
		if (denominator != null && denominator.signum() <= 0) {
			throw new IllegalArgumentException("Mẫu số phải lớn hơn 0, nhận được: " + denominator);
		}
		if (numerator != null && numerator.signum() < 0) {
			throw new IllegalArgumentException("Tử số không được âm, nhận được: " + numerator);
		}
	}

	public static ActualValue of(BigDecimal value) {
		return new ActualValue(value, null, null);
	}

	/** numerator / denominator, times 100 for a per-cent unit, to 4 decimals HALF_UP. */
	public static ActualValue ofParts(BigDecimal numerator, BigDecimal denominator, MeasureUnit unit) {
		return ofParts(numerator, denominator, unit, null);
	}

	/**
	 * numerator / denominator, times 100 for a per-cent unit or times the base of a rate
	 * (10000 for "trên 01 vạn dân"), to 4 decimals HALF_UP.
	 */
	public static ActualValue ofParts(BigDecimal numerator, BigDecimal denominator, MeasureUnit unit,
			BigDecimal ratePer) {
		if (denominator == null || denominator.signum() <= 0) {
			throw new IllegalArgumentException("Mẫu số phải lớn hơn 0, nhận được: " + denominator);
		}
		if (unit == MeasureUnit.RATE && (ratePer == null || ratePer.signum() <= 0)) {
			throw new IllegalArgumentException("Tỷ suất cần cơ số (tính trên bao nhiêu), nhận được: " + ratePer);
		}
		BigDecimal scaled = unit.isPercent() ? numerator.multiply(HUNDRED)
				: (unit == MeasureUnit.RATE) ? numerator.multiply(ratePer) : numerator;
		return new ActualValue(scaled.divide(denominator, SCALE, RoundingMode.HALF_UP), numerator, denominator);
	}

	public boolean hasParts() {
		return numerator != null;
	}

	/**
	 * Adds up the units' figures: Σ numerators / Σ denominators. Every figure must carry
	 * its parts; a bare per cent cannot be added to another, so this refuses rather than
	 * average.
	 */
	public static ActualValue sumOfParts(List<ActualValue> figures, MeasureUnit unit) {
		return sumOfParts(figures, unit, null);
	}

	/** Σ numerators / Σ denominators, a rate scaled by its base ({@code ratePer}). */
	public static ActualValue sumOfParts(List<ActualValue> figures, MeasureUnit unit, BigDecimal ratePer) {
		if (figures.isEmpty()) {
			throw new IllegalArgumentException("Không có số liệu nào để cộng");
		}
		BigDecimal numerator = BigDecimal.ZERO;
		BigDecimal denominator = BigDecimal.ZERO;
		for (ActualValue figure : figures) {
			if (!figure.hasParts()) {
				throw new IllegalArgumentException("Số liệu " + VietnameseNumbers.format(figure.value())
						+ " không có tử số và mẫu số nên không cộng được với đơn vị khác");
			}
			numerator = numerator.add(figure.numerator());
			denominator = denominator.add(figure.denominator());
		}
		return ofParts(numerator, denominator, unit, ratePer);
	}

	/**
	 * The commune's figure from its units': the sum of parts when every unit sent parts;
	 * a plain sum for counts; otherwise the figure of the office that tracks the
	 * indicator (cơ quan chủ trì theo dõi), because per cents without parts cannot be
	 * combined.
	 */
	public static Optional<ActualValue> consolidate(List<ActualValue> unitFigures,
			Optional<ActualValue> responsibleUnitFigure, MeasureUnit unit) {
		if (!unitFigures.isEmpty() && unitFigures.stream().allMatch(ActualValue::hasParts)) {
			return Optional.of(sumOfParts(unitFigures, unit));
		}
		if (!unitFigures.isEmpty() && unit == MeasureUnit.COUNT) {
			return Optional
				.of(of(unitFigures.stream().map(ActualValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
		}
		return responsibleUnitFigure;
	}
}

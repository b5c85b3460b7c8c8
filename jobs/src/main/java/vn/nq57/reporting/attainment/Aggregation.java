package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a commune's figure is made from its units' (catalog {@code aggregate:}).
 */
public enum Aggregation {

	/** One unit reports the figure. */
	SINGLE("single"),
	/**
	 * Every responsible unit sends its numerator and denominator: Σ numerators ÷ Σ
	 * denominators (shares, rates), never the mean of the units' ratios.
	 */
	POOLED("pooled"),
	/** Counts from units that count different things are added up. */
	SUM("sum"),
	/**
	 * A figure a province or ministry publishes (DTI, PII, rankings), entered by the
	 * consolidating office with its source and date; never self-assessed.
	 */
	PUBLISHED("published");

	private final String catalogName;

	Aggregation(String catalogName) {
		this.catalogName = catalogName;
	}

	public String catalogName() {
		return this.catalogName;
	}

	/**
	 * The commune's figure.
	 * @param unitFigures the figures the units asked for one sent
	 * @param reportingUnitFigure the figure of the unit that reports for the commune
	 * (single, published)
	 * @param ratePer the base of a rate, else null
	 * @throws IllegalArgumentException for a sum of shares or rates, or pooled figures
	 * without their parts
	 */
	public Optional<ActualValue> combine(List<ActualValue> unitFigures, Optional<ActualValue> reportingUnitFigure,
			MeasureUnit unit, BigDecimal ratePer) {
		return switch (this) {
			case SINGLE, PUBLISHED -> reportingUnitFigure;
			case POOLED -> unitFigures.isEmpty() ? Optional.empty()
					: Optional.of(ActualValue.sumOfParts(unitFigures, unit, ratePer));
			case SUM -> {
				if (unit != MeasureUnit.COUNT) {
					throw new IllegalArgumentException("Không cộng được chỉ tiêu đo bằng " + unit.catalogName()
							+ ": chỉ số đếm mới cộng được; tỷ lệ phải gộp tử số và mẫu số");
				}
				yield unitFigures.isEmpty() ? Optional.empty() : Optional.of(ActualValue
					.of(unitFigures.stream().map(ActualValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)));
			}
		};
	}

	public static Aggregation fromCatalogName(String name) {
		String wanted = (name == null) ? "" : name.trim().toLowerCase(Locale.ROOT);
		for (Aggregation aggregation : values()) {
			if (aggregation.catalogName.equals(wanted)) {
				return aggregation;
			}
		}
		throw new IllegalArgumentException(
				"Cách tổng hợp không hợp lệ: \"" + name + "\"; chỉ nhận single, pooled, sum, published");
	}

}

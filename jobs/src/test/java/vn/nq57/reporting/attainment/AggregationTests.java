package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 8: how a commune's figure is made from its units', as the catalog's
 * {@code aggregate:} says.
 */
class AggregationTests {

	@Test
	void pooledSharesAddTheirPartsNeverTheirPerCents() {
		// Vũ Quang's VQ-16: VP digitised 90 of 100 files, TTHCC 10 of 50 -> 100/150
		Optional<ActualValue> commune = Aggregation.POOLED.combine(List.of(parts("90", "100"), parts("10", "50")),
				Optional.empty(), MeasureUnit.PERCENT, null);
		assertThat(commune).get()
			.extracting(ActualValue::value)
			.satisfies(v -> assertThat(v).isEqualByComparingTo("66.6667"));
	}

	@Test
	void aPooledRateIsScaledByItsBase() {
		// Lộc Hưng's LH-10: people doing research per 10,000 inhabitants
		Optional<ActualValue> commune = Aggregation.POOLED.combine(List.of(parts("3", "4000"), parts("2", "6000")),
				Optional.empty(), MeasureUnit.RATE, BigDecimal.valueOf(10000));
		assertThat(commune).get()
			.extracting(ActualValue::value)
			.satisfies(v -> assertThat(v).isEqualByComparingTo("5"));
	}

	@Test
	void aSumAddsCountsFromUnitsThatCountDifferentThings() {
		Optional<ActualValue> commune = Aggregation.SUM.combine(
				List.of(ActualValue.of(BigDecimal.valueOf(2)), ActualValue.of(BigDecimal.ONE)), Optional.empty(),
				MeasureUnit.COUNT, null);
		assertThat(commune).get()
			.extracting(ActualValue::value)
			.satisfies(v -> assertThat(v).isEqualByComparingTo("3"));
	}

	@Test
	void aSumOfPerCentsOrRatesIsRefused() {
		for (MeasureUnit unit : List.of(MeasureUnit.PERCENT, MeasureUnit.PERCENT_GRDP, MeasureUnit.RATE)) {
			assertThatThrownBy(() -> Aggregation.SUM.combine(List.of(ActualValue.of(BigDecimal.TEN)), Optional.empty(),
					unit, null))
				.as(unit.name())
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void singleAndPublishedFiguresAreTheReportingUnitsOwn() {
		Optional<ActualValue> own = Optional.of(ActualValue.of(BigDecimal.valueOf(7)));
		for (Aggregation aggregation : List.of(Aggregation.SINGLE, Aggregation.PUBLISHED)) {
			assertThat(aggregation.combine(List.of(ActualValue.of(BigDecimal.ONE)), own, MeasureUnit.RANK, null))
				.isEqualTo(own);
		}
		assertThat(Aggregation.fromCatalogName("published")).isEqualTo(Aggregation.PUBLISHED);
	}

	private static ActualValue parts(String numerator, String denominator) {
		return ActualValue.ofParts(new BigDecimal(numerator), new BigDecimal(denominator), MeasureUnit.PERCENT);
	}

}

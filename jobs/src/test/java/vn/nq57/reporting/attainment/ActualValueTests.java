package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActualValueTests {

	private static BigDecimal n(String v) {
		return new BigDecimal(v);
	}

	@Test
	void perCentFromPartsIsNumeratorOverDenominatorTimesHundred() {
		ActualValue value = ActualValue.ofParts(n("11"), n("12"), MeasureUnit.PERCENT);

		assertThat(value.value()).isEqualTo(n("91.6667"));
		assertThat(value.hasParts()).isTrue();
	}

	@Test
	void indexFromPartsIsNotMultiplied() {
		assertThat(ActualValue.ofParts(n("97"), n("100"), MeasureUnit.INDEX).value()).isEqualTo(n("0.9700"));
	}

	@Test
	void unitsAddUpBySummingPartsNotByAveragingPerCents() {
		// school A: 9 of 10 (90%), school B: 1 of 10 000 (0.01%): the average of per
		// cents would say 45%
		ActualValue a = ActualValue.ofParts(n("9"), n("10"), MeasureUnit.PERCENT);
		ActualValue b = ActualValue.ofParts(n("1"), n("10000"), MeasureUnit.PERCENT);

		ActualValue total = ActualValue.sumOfParts(List.of(a, b), MeasureUnit.PERCENT);

		assertThat(total.numerator()).isEqualByComparingTo("10");
		assertThat(total.denominator()).isEqualByComparingTo("10010");
		assertThat(total.value()).isEqualTo(n("0.0999"));
	}

	@Test
	void aFigureWithoutPartsCannotBeSummed() {
		ActualValue bare = ActualValue.of(n("80"));
		ActualValue parts = ActualValue.ofParts(n("8"), n("10"), MeasureUnit.PERCENT);

		assertThatThrownBy(() -> ActualValue.sumOfParts(List.of(parts, bare), MeasureUnit.PERCENT))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("không có tử số và mẫu số");
		assertThatThrownBy(() -> ActualValue.sumOfParts(List.of(), MeasureUnit.PERCENT))
			.hasMessageContaining("Không có số liệu");
	}

	@Test
	void withoutPartsTheResponsibleOfficesFigureCounts() {
		ActualValue bare = ActualValue.of(n("80"));
		ActualValue parts = ActualValue.ofParts(n("8"), n("10"), MeasureUnit.PERCENT);
		ActualValue responsible = ActualValue.of(n("75"));

		assertThat(ActualValue.consolidate(List.of(parts, bare), Optional.of(responsible), MeasureUnit.PERCENT))
			.contains(responsible);
		assertThat(ActualValue.consolidate(List.of(parts, bare), Optional.empty(), MeasureUnit.PERCENT)).isEmpty();
	}

	@Test
	void countsFromUnitsAreAddedUp() {
		List<ActualValue> initiatives = List.of(ActualValue.of(n("2")), ActualValue.of(n("1")));

		assertThat(ActualValue.consolidate(initiatives, Optional.empty(), MeasureUnit.COUNT)).map(ActualValue::value)
			.contains(n("3"));
	}

	@Test
	void consolidationPrefersPartsWhenEveryUnitSentThem() {
		List<ActualValue> units = List.of(ActualValue.ofParts(n("3"), n("4"), MeasureUnit.PERCENT),
				ActualValue.ofParts(n("1"), n("4"), MeasureUnit.PERCENT));

		assertThat(ActualValue.consolidate(units, Optional.of(ActualValue.of(n("10"))), MeasureUnit.PERCENT))
			.map(ActualValue::value)
			.contains(n("50.0000"));
	}

	@Test
	void partsMustComeTogetherAndTheDenominatorMustBePositive() {
		assertThatThrownBy(() -> new ActualValue(n("1"), n("1"), null)).hasMessageContaining("cả tử số và mẫu số");
		assertThatThrownBy(() -> ActualValue.ofParts(n("1"), BigDecimal.ZERO, MeasureUnit.PERCENT))
			.hasMessageContaining("Mẫu số phải lớn hơn 0");
	}

}

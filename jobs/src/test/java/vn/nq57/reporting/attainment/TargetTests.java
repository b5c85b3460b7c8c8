package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nq57.reporting.attainment.Direction.HIGHER_IS_BETTER;
import static vn.nq57.reporting.attainment.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTests {

	private static Target read(String text, MeasureUnit unit, Direction direction) {
		return TargetReader.read(text, unit, direction);
	}

	private static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	@ParameterizedTest(name = "\"{0}\" ({1}, {2}) → {3}")
	@CsvSource(delimiter = '|', textBlock = """
			≥ 60%                             | percent      | higher | ≥ 60%
			≥ 1,5%;                           | percent      | higher | ≥ 1,5%
			45- 50%                           | percent_grdp | higher | 45–50% GRDP
			dưới 5                            | rank         | lower  | dưới 5
			> 01                              | count        | higher | trên 1
			= 20%.                            | percent      | higher | 20%
			100                               | percent      | higher | 100%
			đạt 2% GRDP                       | percent_grdp | higher | 2% GRDP
			6G (50%)                          | percent      | higher | 50% (6G)
			Phấn đấu ít nhất 3%               | percent      | higher | ≥ 3%
			0,97%                             | index        | higher | 0,97
			Xếp hạng trong nhóm 20 xã dẫn đầu | rank         | lower  | trong nhóm 20 dẫn đầu
			Xếp hạng 5                        | rank         | lower  | hạng 5
			Mỗi năm có ít nhất 01             | count        | higher | mỗi năm ≥ 1
			không quá 5                       | count        | lower  | ≤ 5
			-                                 | percent      | higher | Không có chỉ tiêu
			Tiên tiến, hiện đại               | text         | higher | Tiên tiến, hiện đại
			Có                                | boolean      | higher | Có
			""")
	void describesTheReadingInVietnamese(String text, String unit, String direction, String expected) {
		Target target = read(text, MeasureUnit.fromCatalogName(unit), Direction.fromCatalogName(direction));

		assertThat(target.describe()).isEqualTo(expected);
	}

	@Test
	void atLeastIsMetAtTheValueAndExceededAboveIt() {
		Target target = read("≥ 60%", MeasureUnit.PERCENT, HIGHER_IS_BETTER);

		assertThat(target.isMetBy(n("59.99"))).isFalse();
		assertThat(target.isMetBy(n("60"))).isTrue();
		assertThat(target.isExceededBy(n("60"))).isFalse();
		assertThat(target.isExceededBy(n("60.01"))).isTrue();
	}

	@Test
	void plainValueOnAHigherIsBetterIndicatorMeansReachAtLeastIt() {
		Target target = read("= 20%.", MeasureUnit.PERCENT, HIGHER_IS_BETTER);

		assertThat(target.isMetBy(n("25"))).isTrue();
		assertThat(target.isExceededBy(n("25"))).isTrue();
		assertThat(target.isMetBy(n("19"))).isFalse();
	}

	@Test
	void plainValueOnALowerIsBetterIndicatorMeansReachAtMostIt() {
		Target target = read("10", MeasureUnit.RANK, LOWER_IS_BETTER);

		assertThat(target.isMetBy(n("10"))).isTrue();
		assertThat(target.isExceededBy(n("10"))).isFalse();
		assertThat(target.isExceededBy(n("8"))).isTrue();
		assertThat(target.isMetBy(n("11"))).isFalse();
	}

	@Test
	void strictTargetOnWholeNumbersIsMetAtTheNextWholeNumberAndExceededBeyondIt() {
		Target moreThanOne = read("> 01", MeasureUnit.COUNT, HIGHER_IS_BETTER);
		Target belowFive = read("dưới 5", MeasureUnit.RANK, LOWER_IS_BETTER);

		assertThat(moreThanOne.isMetBy(n("1"))).isFalse();
		assertThat(moreThanOne.isMetBy(n("2"))).isTrue();
		assertThat(moreThanOne.referenceValue()).isEqualByComparingTo("2");
		assertThat(moreThanOne.isExceededBy(n("2"))).isFalse();
		assertThat(moreThanOne.isExceededBy(n("3"))).isTrue();
		assertThat(belowFive.isMetBy(n("5"))).isFalse();
		assertThat(belowFive.referenceValue()).isEqualByComparingTo("4");
		assertThat(belowFive.isExceededBy(n("4"))).isFalse();
		assertThat(belowFive.isExceededBy(n("3"))).isTrue();
	}

	@Test
	void strictTargetOnANonWholeMeasureIsMetOnlyAboveItsValueAndNeverExceeded() {
		Target aboveTwenty = read("trên > 20%", MeasureUnit.PERCENT, HIGHER_IS_BETTER);

		assertThat(aboveTwenty.referenceValue()).isEqualByComparingTo("20");
		assertThat(aboveTwenty.isMetBy(n("20"))).isFalse();
		assertThat(aboveTwenty.isMetBy(n("20.5"))).isTrue();
		assertThat(aboveTwenty.isExceededBy(n("40"))).isFalse();
	}

	@Test
	void rangeIsMetFromItsLowerEndAndExceededAboveItsUpperEnd() {
		Target range = read("45- 50%", MeasureUnit.PERCENT_GRDP, HIGHER_IS_BETTER);

		assertThat(range.isMetBy(n("44.9"))).isFalse();
		assertThat(range.isMetBy(n("45"))).isTrue();
		assertThat(range.isExceededBy(n("50"))).isFalse();
		assertThat(range.isExceededBy(n("50.1"))).isTrue();
		assertThat(range.referenceValue()).isEqualByComparingTo("45");
	}

	@Test
	void lowerIsBetterRangeIsMirrored() {
		Target range = read("3-5", MeasureUnit.RANK, LOWER_IS_BETTER);

		assertThat(range.isMetBy(n("5"))).isTrue();
		assertThat(range.isMetBy(n("6"))).isFalse();
		assertThat(range.isExceededBy(n("3"))).isFalse();
		assertThat(range.isExceededBy(n("2"))).isTrue();
		assertThat(range.referenceValue()).isEqualByComparingTo("5");
	}

	@Test
	void hundredPerCentCanBeReachedButNotExceeded() {
		Target full = read("100%", MeasureUnit.PERCENT, HIGHER_IS_BETTER);
		Target atLeastFull = read("≥100%", MeasureUnit.PERCENT, HIGHER_IS_BETTER);
		Target hundredCount = read("100", MeasureUnit.COUNT, HIGHER_IS_BETTER);

		assertThat(full.canBeExceeded()).isFalse();
		assertThat(full.isMetBy(n("100"))).isTrue();
		assertThat(full.isExceededBy(n("100.5"))).isFalse();
		assertThat(atLeastFull.canBeExceeded()).isFalse();
		assertThat(hundredCount.canBeExceeded()).isTrue();
	}

	@Test
	void yesTargetIsReachedNeverExceeded() {
		Target yes = read("Có", MeasureUnit.BOOLEAN, HIGHER_IS_BETTER);

		assertThat(yes.isMetBy(BigDecimal.ONE)).isTrue();
		assertThat(yes.isMetBy(BigDecimal.ZERO)).isFalse();
		assertThat(yes.isExceededBy(n("2"))).isFalse();
	}

	@Test
	void noTargetAndQualitativeTargetCannotBeComparedWithAFigure() {
		assertThatThrownBy(() -> read("-", MeasureUnit.PERCENT, HIGHER_IS_BETTER).isMetBy(n("1")))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> read("ứng dụng", MeasureUnit.TEXT, HIGHER_IS_BETTER).isMetBy(n("1")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("không phải là số");
	}

	@Test
	void targetValueIsStoredWithoutTrailingZeros() {
		Target target = read("≥ 1,0%;", MeasureUnit.PERCENT, HIGHER_IS_BETTER);

		assertThat(target.value()).isEqualTo(BigDecimal.ONE);
		assertThat(target.text()).isEqualTo("≥ 1,0%;");
	}

}

package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class VietnameseNumbersTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			85.5      | 85,5
			85.50     | 85,5
			100       | 100
			100.00    | 100
			1E+2      | 100
			1234      | 1.234
			1234567.5 | 1.234.567,5
			0.97      | 0,97
			0.9167    | 0,9167
			0         | 0
			-1234.5   | -1.234,5
			999       | 999
			""")
	void formatsWithDecimalCommaAndDotThousandsWithoutTrailingZeros(String value, String expected) {
		assertThat(VietnameseNumbers.format(new BigDecimal(value))).isEqualTo(expected);
	}

	@Test
	void formatsPerCentFigures() {
		assertThat(VietnameseNumbers.percent(new BigDecimal("85.5"))).isEqualTo("85,5%");
		assertThat(VietnameseNumbers.percent(new BigDecimal("91.6667"), 1)).isEqualTo("91,7%");
		assertThat(VietnameseNumbers.percent(new BigDecimal("100.0000"), 1)).isEqualTo("100%");
	}

	@Test
	void ratioIsShownAsPerCentWithOneDecimal() {
		assertThat(VietnameseNumbers.ratioAsPercent(new BigDecimal("0.9167"))).isEqualTo("91,7%");
		assertThat(VietnameseNumbers.ratioAsPercent(new BigDecimal("1.0000"))).isEqualTo("100,0%");
		assertThat(VietnameseNumbers.ratioAsPercent(new BigDecimal("1.2500"))).isEqualTo("125,0%");
		assertThat(VietnameseNumbers.ratioAsPercent(new BigDecimal("0.00049"))).isEqualTo("0,0%");
		assertThat(VietnameseNumbers.ratioAsPercent(new BigDecimal("10.005"))).isEqualTo("1.000,5%");
	}

	@Test
	void roundingIsHalfUp() {
		assertThat(VietnameseNumbers.format(new BigDecimal("2.25"), 1)).isEqualTo("2,3");
		assertThat(VietnameseNumbers.format(new BigDecimal("2.35"), 1)).isEqualTo("2,4");
		assertThat(VietnameseNumbers.format(new BigDecimal("-2.25"), 1)).isEqualTo("-2,3");
	}

	@ParameterizedTest(name = "\"{0}\" → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1.234,5     | 1234.5
			85,5        | 85.5
			85.5        | 85.5
			2.25        | 2.25
			1.234       | 1234
			1.234.567   | 1234567
			1.234.567,89| 1234567.89
			0.975       | 0.975
			1234.567    | 1234.567
			1,0         | 1.0
			01          | 1
			0,97        | 0.97
			' 60 '      | 60
			-3          | -3
			1,234,567   | 1234567
			1,234.5     | 1234.5
			""")
	void readsVietnameseAndPlainNumbers(String text, String expected) {
		assertThat(VietnameseNumbers.parse(text)).isEqualByComparingTo(expected);
	}

	@Test
	void singleDotBeforeOneOrTwoDigitsIsADecimalPoint() {
		assertThat(VietnameseNumbers.parse("85.5")).isEqualByComparingTo("85.5");
		assertThat(VietnameseNumbers.parse("85.25")).isEqualByComparingTo("85.25");
		assertThat(VietnameseNumbers.parse("85.250")).isEqualByComparingTo("85250");
	}

	@Test
	void unreadableNumbersAreRefusedInVietnamese() {
		for (String bad : new String[] { "", "abc", "1..2", "1,2,3", "12.34.5", "5,", ".5", "1.2,3,4", "1.23.456" }) {
			assertThatThrownBy(() -> VietnameseNumbers.parse(bad)).as(bad)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("Không đọc được số");
		}
	}

	static Stream<BigDecimal> randomNumbers() {
		Random random = new Random(20260523L);
		return Stream.generate(() -> {
			int scale = random.nextInt(6);
			long unscaled = random.nextInt(4) == 0 ? random.nextLong() % 1_000_000_000_000L
					: random.nextInt(200_000) - 1000;
			return BigDecimal.valueOf(unscaled, scale);
		}).limit(500);
	}

	@ParameterizedTest
	@MethodSource("randomNumbers")
	void formattingRoundTripsThroughParsing(BigDecimal value) {
		String shown = VietnameseNumbers.format(value);

		assertThat(VietnameseNumbers.parse(shown)).isEqualByComparingTo(value);
		assertThat(VietnameseNumbers.format(VietnameseNumbers.parse(shown))).isEqualTo(shown);
	}

}

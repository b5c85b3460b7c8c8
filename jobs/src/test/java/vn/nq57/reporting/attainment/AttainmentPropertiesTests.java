package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the attainment rules, checked on hundreds of generated cases. The cases
 * come from a seeded {@link Random}, so a failure names its case and reproduces on every
 * run.
 */
class AttainmentPropertiesTests {

	private static final int CASES = 600;

	private static final AttainmentCalculator CALCULATOR = new AttainmentCalculator();

	private static final List<MeasureUnit> NUMERIC_UNITS = List.of(MeasureUnit.PERCENT, MeasureUnit.PERCENT_GRDP,
			MeasureUnit.COUNT, MeasureUnit.INDEX, MeasureUnit.RANK);

	record Case(Target target, BigDecimal smaller, BigDecimal larger) {
		@Override
		public String toString() {
			return target.describe() + " [" + target.unit().catalogName() + ", " + target.direction().catalogName()
					+ "] with " + smaller.toPlainString() + " ≤ " + larger.toPlainString();
		}
	}

	static Stream<Case> higherIsBetter() {
		return cases(1L, Direction.HIGHER_IS_BETTER,
				List.of(TargetComparator.AT_LEAST, TargetComparator.MORE_THAN, TargetComparator.EXACTLY));
	}

	static Stream<Case> lowerIsBetter() {
		return cases(2L, Direction.LOWER_IS_BETTER,
				List.of(TargetComparator.AT_MOST, TargetComparator.LESS_THAN, TargetComparator.EXACTLY));
	}

	static Stream<Case> anyDirection() {
		return Stream.concat(cases(3L, Direction.HIGHER_IS_BETTER, List.of(TargetComparator.values())).limit(CASES / 2),
				cases(4L, Direction.LOWER_IS_BETTER, List.of(TargetComparator.values())).limit(CASES / 2));
	}

	private static Stream<Case> cases(long seed, Direction direction, List<TargetComparator> comparators) {
		Random random = new Random(seed);
		return Stream.generate(() -> {
			MeasureUnit unit = NUMERIC_UNITS.get(random.nextInt(NUMERIC_UNITS.size()));
			boolean perYear = random.nextInt(8) == 0;
			Target target;
			if (random.nextInt(5) == 0) {
				BigDecimal low = number(random, unit);
				BigDecimal high = low.add(number(random, unit));
				target = Target.range("", low, high, unit, direction, perYear, null);
			}
			else {
				TargetComparator comparator = comparators.get(random.nextInt(comparators.size()));
				target = Target.numeric("", comparator, number(random, unit), unit, direction, perYear, null);
			}
			BigDecimal a = nearby(random, target.referenceValue(), unit);
			BigDecimal b = nearby(random, target.referenceValue(), unit);
			return a.compareTo(b) <= 0 ? new Case(target, a, b) : new Case(target, b, a);
		}).limit(CASES);
	}

	/** A positive figure; per cents stay within 0–100, indexes within 0–1. */
	private static BigDecimal number(Random random, MeasureUnit unit) {
		return switch (unit) {
			case PERCENT, PERCENT_GRDP ->
				BigDecimal.valueOf(1 + random.nextInt(10_000), 2).min(BigDecimal.valueOf(100));
			case INDEX -> BigDecimal.valueOf(1 + random.nextInt(100), 2);
			default -> BigDecimal.valueOf(1 + random.nextInt(50));
		};
	}

	/** Often the target itself or close to it, where the rules change. */
	private static BigDecimal nearby(Random random, BigDecimal reference, MeasureUnit unit) {
		return switch (random.nextInt(4)) {
			case 0 -> reference;
			case 1 -> reference.add(BigDecimal.valueOf(random.nextInt(3) - 1, unit == MeasureUnit.INDEX ? 2 : 0))
				.max(BigDecimal.ONE.movePointLeft(2));
			default -> number(random, unit);
		};
	}

	private static IndicatorSpec spec(Target target) {
		SortedMap<Integer, Target> targets = new TreeMap<>(Map.of(2030, target));
		return new IndicatorSpec("P", "", target.unit(), target.direction(), targets);
	}

	private static Attainment evaluate(Target target, BigDecimal actual) {
		return CALCULATOR.evaluate(spec(target), Period.annual(2030), Optional.of(ActualValue.of(actual)),
				Optional.empty(), Optional.empty());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("higherIsBetter")
	void largerFigureNeverGivesAWorseStatusOrSmallerRatioWhenHigherIsBetter(Case c) {
		Attainment smaller = evaluate(c.target(), c.smaller());
		Attainment larger = evaluate(c.target(), c.larger());

		assertThat(larger.status().verdictRank()).isGreaterThanOrEqualTo(smaller.status().verdictRank());
		assertThat(larger.ratio() == null).as("a ratio for both or neither").isEqualTo(smaller.ratio() == null);
		if (larger.ratio() != null) {
			assertThat(larger.ratio()).isGreaterThanOrEqualTo(smaller.ratio());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lowerIsBetter")
	void smallerFigureNeverGivesAWorseStatusOrSmallerRatioWhenLowerIsBetter(Case c) {
		Attainment smaller = evaluate(c.target(), c.smaller());
		Attainment larger = evaluate(c.target(), c.larger());

		assertThat(smaller.status().verdictRank()).isGreaterThanOrEqualTo(larger.status().verdictRank());
		if (smaller.ratio() != null && larger.ratio() != null) {
			assertThat(smaller.ratio()).isGreaterThanOrEqualTo(larger.ratio());
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("anyDirection")
	void targetValueItselfHasRatioExactlyOne(Case c) {
		Attainment atTarget = evaluate(c.target(), c.target().referenceValue());

		if (c.target().referenceValue().signum() == 0) {
			// "< 1" on a count is met only at 0: no ratio divides by it
			assertThat(atTarget.ratio()).isNull();
		}
		else if (AttainmentCalculator.ratioMeans(c.target())) {
			assertThat(atTarget.ratio()).isEqualTo(new BigDecimal("1.0000"));
		}
		else {
			assertThat(atTarget.ratio()).as("no ratio of ranks, indices or ranges").isNull();
		}
		if (c.target().kind() != TargetKind.RANGE || c.target().value().compareTo(c.target().upper()) == 0) {
			assertThat(atTarget.status()).isNotEqualTo(AttainmentStatus.EXCEEDED);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("anyDirection")
	void exceededImpliesAchievedAndNeverForA100PerCentTarget(Case c) {
		for (BigDecimal actual : List.of(c.smaller(), c.larger())) {
			Target target = c.target();
			if (target.isExceededBy(actual)) {
				assertThat(target.isMetBy(actual)).isTrue();
				assertThat(target.canBeExceeded()).isTrue();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("anyDirection")
	void describedTargetReadsBackToTheSameReading(Case c) {
		Target target = c.target();

		Target reread = TargetReader.read(target.describe(), target.unit(), target.direction());

		assertThat(reread.kind()).isEqualTo(target.kind());
		assertThat(reread.comparator()).isEqualTo(target.comparator());
		assertThat(reread.value()).isEqualByComparingTo(target.value());
		if (target.upper() != null) {
			assertThat(reread.upper()).isEqualByComparingTo(target.upper());
		}
		assertThat(reread.perYear()).isEqualTo(target.perYear());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("anyDirection")
	void expectedValueLiesBetweenTheTwoMilestoneTargets(Case c) {
		Target start = Target.numeric("", TargetComparator.EXACTLY, c.smaller(), c.target().unit(),
				c.target().direction(), false, null);
		Target end = Target.numeric("", TargetComparator.EXACTLY, c.larger(), c.target().unit(), c.target().direction(),
				false, null);
		IndicatorSpec spec = new IndicatorSpec("L", "", end.unit(), end.direction(),
				new TreeMap<>(Map.of(2025, start, 2030, end)));

		for (int year = 2025; year <= 2030; year++) {
			Attainment attainment = CALCULATOR.evaluate(spec, Period.annual(year), Optional.empty(), Optional.empty(),
					Optional.empty());
			BigDecimal expected = attainment.expectedThisYear();
			assertThat(expected).isBetween(c.smaller(), c.larger());
			if (year == 2030 || year == 2025) {
				assertThat(expected).isEqualByComparingTo(year == 2030 ? c.larger() : c.smaller());
			}
		}
	}

}

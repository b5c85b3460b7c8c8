package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Issue 14 items 2 and 4: targets a plan prints without a year (Phú Trung: "Thường
 * xuyên", "Hằng năm", or no time at all) apply to every year and never get an invented
 * milestone year; a count target is a level, a total since the plan's start or a count
 * per year, and no straight line runs between a total and a per-year count.
 */
class TargetHorizonTests {

	private final AttainmentCalculator calculator = new AttainmentCalculator();

	@Test
	void aStandingTargetAppliesEveryYearWithoutAMilestoneYear() {
		IndicatorSpec coverage = undated("PT-18", MeasureUnit.PERCENT, TargetHorizon.STANDING, "80");
		for (Period period : List.of(Period.month(2026, 5), Period.annual(2026), Period.annual(2031))) {
			Attainment attainment = evaluate(coverage, period, "81");
			assertThat(attainment.milestoneYear()).as(period.code()).isNull();
			assertThat(attainment.horizon()).isEqualTo(TargetHorizon.STANDING);
			assertThat(attainment.target().text()).isEqualTo("80");
			assertThat(attainment.status()).isEqualTo((period.type() == ReportType.ANNUAL) ? AttainmentStatus.EXCEEDED
					: AttainmentStatus.YEAR_TARGET_REACHED);
			assertThat(attainment.expectedThisYear()).isEqualByComparingTo("80");
		}
		assertThat(evaluate(coverage, Period.annual(2026), "81").milestoneNote())
			.isEqualTo("Chỉ tiêu thường xuyên (kế hoạch không ghi năm): áp dụng cho từng năm");
	}

	@Test
	void aTargetWithoutAStatedHorizonIsJudgedEveryYearAndTheReportSaysSo() {
		IndicatorSpec online = undated("PT-07", MeasureUnit.PERCENT, TargetHorizon.UNSTATED, "≥ 90%");
		Attainment attainment = evaluate(online, Period.annual(2027), "85");
		assertThat(attainment.milestoneYear()).isNull();
		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(attainment.milestoneNote())
			.isEqualTo("Kế hoạch không ghi mốc thời gian: so với cùng một mức mỗi năm");
	}

	@Test
	void aYearlyTargetAppliesToEachYear() {
		IndicatorSpec budget = undated("PT-16", MeasureUnit.PERCENT, TargetHorizon.YEARLY, "≥ 2");
		Attainment attainment = evaluate(budget, Period.annual(2028), "2");
		assertThat(attainment.milestoneYear()).isNull();
		assertThat(attainment.status()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(attainment.milestoneNote()).isEqualTo("Chỉ tiêu hằng năm: áp dụng cho từng năm");
	}

	@Test
	void aTargetWithoutAYearStandsAlone() {
		assertThatThrownBy(() -> IndicatorSpec.of("X", "X", MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER,
				List.of(new PrintedTarget(2026, TargetHorizon.MILESTONE, "≥ 60%", null),
						new PrintedTarget(null, TargetHorizon.STANDING, "80", null))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * Lộc Hưng's LH-16: "Mỗi năm có ít nhất 01" application (2035, per year), then "Có >
	 * 03" (2045, a total): 2040 is not half-way between a yearly count and a total.
	 */
	@Test
	void noStraightLineRunsBetweenAPerYearCountAndATotal() {
		IndicatorSpec applications = IndicatorSpec.of("LH-16", "LH-16", MeasureUnit.COUNT, Direction.HIGHER_IS_BETTER,
				List.of(new PrintedTarget(2035, TargetHorizon.MILESTONE, "Mỗi năm có ít nhất 01", null),
						new PrintedTarget(2045, TargetHorizon.MILESTONE, "> 03", CountBasis.TOTAL)));
		Attainment attainment = evaluate(applications, Period.annual(2040), "2");
		assertThat(attainment.milestoneYear()).isEqualTo(2045);
		assertThat(attainment.basis()).isEqualTo(CountBasis.TOTAL);
		assertThat(attainment.expectedThisYear()).as("no line from a per-year count to a total").isNull();

		Attainment fromFirstRecorded = this.calculator.evaluate(applications, Period.annual(2040), actual("2"),
				Optional.empty(), Optional.of(new BaselinePoint(2036, BigDecimal.ONE)));
		// from 1 (2036) to 4, the least whole count above 3 (2045): 2,3333 in 2040, so 3
		assertThat(fromFirstRecorded.expectedThisYear()).as("a total's line starts at the first recorded total")
			.isEqualByComparingTo("3");
	}

	/** LH-11: "> 01" work accepted by 2030 (a total), then "Mỗi năm có ít nhất 01". */
	@Test
	void aPerYearCountAfterATotalIsFlatAtItsOwnLevel() {
		IndicatorSpec works = IndicatorSpec.of("LH-11", "LH-11", MeasureUnit.COUNT, Direction.HIGHER_IS_BETTER,
				List.of(new PrintedTarget(2030, TargetHorizon.MILESTONE, "> 01", CountBasis.TOTAL),
						new PrintedTarget(2035, TargetHorizon.MILESTONE, "Mỗi năm có ít nhất 01", null)));
		Attainment attainment = evaluate(works, Period.annual(2032), "1");
		assertThat(attainment.basis()).isEqualTo(CountBasis.PER_YEAR);
		assertThat(attainment.expectedThisYear()).isEqualByComparingTo("1");
		assertThat(works.previousNumericMilestone(2035, CountBasis.PER_YEAR)).isEmpty();
		assertThat(works.previousNumericMilestone(2035, CountBasis.TOTAL)).isPresent();
	}

	@Test
	void theBasisOfATargetFollowsItsWordingUnlessTheCatalogSaysOtherwise() {
		IndicatorSpec spec = IndicatorSpec.of("X", "X", MeasureUnit.COUNT, Direction.HIGHER_IS_BETTER,
				List.of(new PrintedTarget(2030, TargetHorizon.MILESTONE, "Mỗi năm có 01", null),
						new PrintedTarget(2035, TargetHorizon.MILESTONE, "03", null)));
		assertThat(spec.basis(2030)).isEqualTo(CountBasis.PER_YEAR);
		assertThat(spec.basis(2035)).isEqualTo(CountBasis.LEVEL);
	}

	private static IndicatorSpec undated(String code, MeasureUnit unit, TargetHorizon horizon, String text) {
		return IndicatorSpec.of(code, code, unit, Direction.HIGHER_IS_BETTER,
				List.of(new PrintedTarget(null, horizon, text, null)));
	}

	private Attainment evaluate(IndicatorSpec spec, Period period, String value) {
		return this.calculator.evaluate(spec, period, actual(value), Optional.empty(), Optional.empty());
	}

	private static Optional<ActualValue> actual(String value) {
		return Optional.of(ActualValue.of(new BigDecimal(value)));
	}

}

package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.nq57.reporting.attainment.Direction.HIGHER_IS_BETTER;
import static vn.nq57.reporting.attainment.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttainmentCalculatorTests {

	private final AttainmentCalculator calculator = new AttainmentCalculator();

	/** Vũ Quang's indicator 1: 5G coverage, ≥ 60% in 2026, 100% in 2030, then 6G. */
	private static final IndicatorSpec COVERAGE_5G = spec("VQ-01", MeasureUnit.PERCENT, HIGHER_IS_BETTER, 2026,
			"≥ 60%.", 2030, "100%", 2035, "6G (50%)", 2040, "6G (80%)", 2045, "6G (100%)");

	private static IndicatorSpec spec(String code, MeasureUnit unit, Direction direction, Object... yearsAndTexts) {
		Map<Integer, String> targets = new LinkedHashMap<>();
		for (int i = 0; i < yearsAndTexts.length; i += 2) {
			targets.put((Integer) yearsAndTexts[i], (String) yearsAndTexts[i + 1]);
		}
		return IndicatorSpec.of(code, code, unit, direction, targets);
	}

	private static Optional<ActualValue> actual(String value) {
		return Optional.of(ActualValue.of(new BigDecimal(value)));
	}

	private Attainment evaluate(IndicatorSpec spec, Period period, String actual) {
		return calculator.evaluate(spec, period, actual == null ? Optional.empty() : actual(actual), Optional.empty(),
				Optional.empty());
	}

	@Test
	void milestoneIsTheNearestAtOrAfterThePeriodsYear() {
		assertThat(evaluate(COVERAGE_5G, Period.month(2026, 5), "61").milestoneYear()).isEqualTo(2026);
		assertThat(evaluate(COVERAGE_5G, Period.month(2027, 5), "61").milestoneYear()).isEqualTo(2030);
		assertThat(evaluate(COVERAGE_5G, Period.annual(2030), "61").milestoneYear()).isEqualTo(2030);
		assertThat(evaluate(COVERAGE_5G, Period.annual(2024), "61").milestoneYear()).isEqualTo(2026);
	}

	@Test
	void afterTheLastMilestoneTheLastTargetAppliesAndTheReportSaysSo() {
		Attainment attainment = evaluate(COVERAGE_5G, Period.annual(2046), "100");

		assertThat(attainment.milestoneYear()).isEqualTo(2045);
		assertThat(attainment.afterLastMilestone()).isTrue();
		assertThat(attainment.milestoneNote())
			.isEqualTo("Kỳ báo cáo sau mốc cuối cùng của kế hoạch; so với chỉ tiêu năm 2045");
		assertThat(evaluate(COVERAGE_5G, Period.annual(2045), "100").milestoneNote()).isEmpty();
	}

	@Test
	void atLeastTargetMetExactlyIsAchievedWithRatioOne() {
		Attainment attainment = evaluate(COVERAGE_5G, Period.annual(2026), "60");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(attainment.ratio()).isEqualTo(new BigDecimal("1.0000"));
		assertThat(attainment.ratioText()).isEqualTo("100,0%");
		assertThat(attainment.statusText()).isEqualTo("Đạt");
	}

	@Test
	void figureAboveAnAtLeastTargetIsExceeded() {
		Attainment attainment = evaluate(COVERAGE_5G, Period.annual(2026), "66");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.EXCEEDED);
		assertThat(attainment.ratio()).isEqualTo(new BigDecimal("1.1000"));
		assertThat(attainment.statusText()).isEqualTo("Vượt");
	}

	@Test
	void figureBelowTheTargetIsNotAchievedAndTheRatioSaysHowFar() {
		Attainment attainment = evaluate(COVERAGE_5G, Period.annual(2026), "55");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(attainment.ratio()).isEqualTo(new BigDecimal("0.9167"));
		assertThat(attainment.ratioText()).isEqualTo("91,7%");
		assertThat(attainment.statusText()).isEqualTo("Chưa đạt");
	}

	@Test
	void lowerIsBetterRatioIsTargetOverActual() {
		IndicatorSpec errors = spec("X", MeasureUnit.PERCENT, LOWER_IS_BETTER, 2026, "≤ 10%");

		Attainment better = evaluate(errors, Period.annual(2026), "8");
		Attainment worse = evaluate(errors, Period.annual(2026), "16");

		assertThat(better.status()).isEqualTo(AttainmentStatus.EXCEEDED);
		assertThat(better.ratio()).isEqualTo(new BigDecimal("1.2500"));
		assertThat(worse.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(worse.ratio()).isEqualTo(new BigDecimal("0.6250"));
	}

	@Test
	void aRankGetsAStatusButNoRatio() {
		IndicatorSpec pii = spec("YH-PII", MeasureUnit.RANK, LOWER_IS_BETTER, 2025, "dưới 5");

		Attainment fourth = evaluate(pii, Period.annual(2025), "4");
		Attainment third = evaluate(pii, Period.annual(2025), "3");
		Attainment eighth = evaluate(pii, Period.annual(2025), "8");

		assertThat(fourth.status()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(third.status()).as("below the least rank that meets \"dưới 5\"")
			.isEqualTo(AttainmentStatus.EXCEEDED);
		assertThat(eighth.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(List.of(fourth, third, eighth)).extracting(Attainment::ratio).containsOnlyNulls();
		assertThat(fourth.ratioText()).isEqualTo("—");
	}

	@Test
	void aRangeSaysWhereTheFigureStandsInsteadOfARatio() {
		IndicatorSpec digitalEconomy = spec("KA-31", MeasureUnit.PERCENT_GRDP, HIGHER_IS_BETTER, 2030, "35%", 2035,
				"45- 50%");

		Attainment below = evaluate(digitalEconomy, Period.annual(2035), "44");
		Attainment inRange = evaluate(digitalEconomy, Period.annual(2035), "48");
		Attainment above = evaluate(digitalEconomy, Period.annual(2035), "52");

		assertThat(below.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(below.rangePosition()).isEqualTo("dưới khoảng 45–50% GRDP");
		assertThat(inRange.status()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(inRange.rangePosition()).isEqualTo("trong khoảng 45–50% GRDP");
		assertThat(inRange.ratio()).isNull();
		assertThat(above.status()).isEqualTo(AttainmentStatus.EXCEEDED);
		assertThat(above.rangePosition()).isEqualTo("trên khoảng 45–50% GRDP");
	}

	@Test
	void hundredPerCentTargetIsAchievedNeverExceeded() {
		Attainment attainment = evaluate(COVERAGE_5G, Period.annual(2030), "100");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.ACHIEVED);
	}

	@Test
	void noFigureMeansNoDataAndNoRatio() {
		Attainment attainment = evaluate(COVERAGE_5G, Period.annual(2026), null);

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NO_DATA);
		assertThat(attainment.statusText()).isEqualTo("Chưa có số liệu");
		assertThat(attainment.ratio()).isNull();
		assertThat(attainment.ratioText()).isEqualTo("—");
		assertThat(attainment.onTrack()).isEqualTo(OnTrack.UNKNOWN);
	}

	@Test
	void dashMeansNoTargetForThisMilestoneEvenWithAFigure() {
		IndicatorSpec coverage6G = spec("KA-05", MeasureUnit.PERCENT, HIGHER_IS_BETTER, 2025, "-", 2030, "-", 2035,
				"50%", 2040, "80%", 2045, "100%");

		Attainment attainment = evaluate(coverage6G, Period.annual(2027), "10");

		assertThat(attainment.milestoneYear()).isEqualTo(2030);
		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NO_TARGET);
		assertThat(attainment.statusText()).isEqualTo("Không có chỉ tiêu cho mốc này");
		assertThat(attainment.ratio()).isNull();
		assertThat(attainment.expectedThisYear()).isNull();
		assertThat(attainment.actual()).isEqualByComparingTo("10");
	}

	@Test
	void indicatorWithoutAnyTargetHasNoMilestone() {
		IndicatorSpec header = IndicatorSpec.of("VQ-15", "Chỉ tiêu về thực hiện TTHC", MeasureUnit.PERCENT,
				HIGHER_IS_BETTER, Map.of());

		Attainment attainment = evaluate(header, Period.annual(2026), "10");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NO_TARGET);
		assertThat(attainment.milestoneYear()).isNull();
		assertThat(attainment.milestoneNote()).isEqualTo("Chỉ tiêu chưa có mốc nào");
	}

	@Test
	void qualitativeTargetCarriesTheUnitsOwnAssessment() {
		IndicatorSpec ai = spec("VQ-10", MeasureUnit.TEXT, HIGHER_IS_BETTER, 2026, "ứng dụng", 2030, "ứng dụng");

		Attainment assessed = calculator.evaluate(ai, Period.annual(2026), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of(AttainmentStatus.ACHIEVED));
		Attainment notAssessed = evaluate(ai, Period.annual(2026), null);

		assertThat(assessed.status()).isEqualTo(AttainmentStatus.QUALITATIVE);
		assertThat(assessed.selfAssessment()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(assessed.statusText()).isEqualTo("Đánh giá định tính: Đạt (đơn vị tự đánh giá)");
		assertThat(assessed.ratio()).isNull();
		assertThat(assessed.onTrack()).isEqualTo(OnTrack.UNKNOWN);
		assertThat(notAssessed.statusText()).isEqualTo("Đánh giá định tính: đơn vị chưa tự đánh giá");
	}

	@Test
	void selfAssessmentMustBeAVerdict() {
		IndicatorSpec ai = spec("VQ-10", MeasureUnit.TEXT, HIGHER_IS_BETTER, 2026, "ứng dụng");

		assertThatThrownBy(() -> calculator.evaluate(ai, Period.annual(2026), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.of(AttainmentStatus.NO_DATA)))
			.hasMessageContaining("Vượt, Đạt hoặc Chưa đạt");
	}

	@Test
	void selfAssessmentIsIgnoredForNumericTargets() {
		Attainment attainment = calculator.evaluate(COVERAGE_5G, Period.annual(2026), actual("50"), Optional.empty(),
				Optional.empty(), Optional.of(AttainmentStatus.EXCEEDED));

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(attainment.selfAssessment()).isNull();
	}

	@Test
	void targetOfZeroGivesNoRatio() {
		IndicatorSpec zero = spec("X", MeasureUnit.COUNT, HIGHER_IS_BETTER, 2026, "0");

		assertThat(evaluate(zero, Period.annual(2026), "3").ratio()).isNull();
		assertThat(evaluate(zero, Period.annual(2026), "3").status()).isEqualTo(AttainmentStatus.EXCEEDED);
	}

	@Test
	void changeSinceThePreviousPeriodIsActualMinusPrevious() {
		Attainment attainment = calculator.evaluate(COVERAGE_5G, Period.month(2026, 5), actual("61.5"), actual("58"),
				Optional.empty());

		assertThat(attainment.changeSincePrevious()).isEqualByComparingTo("3.5");
		assertThat(evaluate(COVERAGE_5G, Period.month(2026, 5), "61").changeSincePrevious()).isNull();
		assertThat(calculator
			.evaluate(COVERAGE_5G, Period.month(2026, 5), Optional.empty(), actual("58"), Optional.empty())
			.changeSincePrevious()).isNull();
	}

	@Test
	void betweenMilestonesTheExpectedValueLiesOnTheStraightLineFromThePreviousMilestone() {
		// 2026: ≥ 60%, 2030: 100% → 2028 is halfway: 80%
		Attainment behind = evaluate(COVERAGE_5G, Period.annual(2028), "75");
		Attainment ahead = evaluate(COVERAGE_5G, Period.annual(2028), "85");

		assertThat(behind.expectedThisYear()).isEqualByComparingTo("80");
		assertThat(behind.yearTarget().cellText()).isEqualTo("≥ 80% (nội suy 2026–2030)");
		assertThat(behind.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(behind.onTrack()).isEqualTo(OnTrack.BEHIND);
		assertThat(behind.milestoneStatus()).as("2028 is no milestone year").isNull();
		assertThat(behind.milestoneRatio()).as("progress toward 2030").isEqualTo(new BigDecimal("0.7500"));
		assertThat(ahead.status()).isEqualTo(AttainmentStatus.EXCEEDED);
		assertThat(ahead.onTrack()).isEqualTo(OnTrack.ON_TRACK);
		assertThat(ahead.ratio()).as("against the year's target").isEqualTo(new BigDecimal("1.0625"));
	}

	@Test
	void withoutAnEarlierMilestoneTheLineStartsAtTheFirstRecordedFigure() {
		IndicatorSpec signatures = spec("KA-28", MeasureUnit.PERCENT, HIGHER_IS_BETTER, 2025, "-", 2030, "≥10%");
		Optional<BaselinePoint> first = Optional.of(new BaselinePoint(2025, new BigDecimal("4")));

		Attainment attainment = calculator.evaluate(signatures, Period.annual(2027), actual("6"), Optional.empty(),
				first);

		assertThat(attainment.expectedThisYear()).isEqualByComparingTo("6.4");
		assertThat(attainment.onTrack()).isEqualTo(OnTrack.BEHIND);
	}

	@Test
	void withoutAStartingPointTheYearsTargetIsUnknownUntilTheMilestoneIsMet() {
		IndicatorSpec signatures = spec("KA-28", MeasureUnit.PERCENT, HIGHER_IS_BETTER, 2030, "≥10%");

		Attainment unknown = evaluate(signatures, Period.annual(2027), "6");
		assertThat(unknown.status()).isEqualTo(AttainmentStatus.NO_YEAR_TARGET);
		assertThat(unknown.statusText()).isEqualTo("Chưa xác định chỉ tiêu năm");
		assertThat(unknown.yearTarget().cellText()).isEqualTo("Chưa xác định (mốc 2030: ≥10%)");
		assertThat(unknown.onTrack()).isEqualTo(OnTrack.UNKNOWN);
		assertThat(unknown.expectedThisYear()).isNull();
		assertThat(unknown.milestoneRatio()).isEqualTo(new BigDecimal("0.6000"));
		assertThat(evaluate(signatures, Period.annual(2027), "12").status()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(evaluate(signatures, Period.month(2027, 5), "12").status())
			.isEqualTo(AttainmentStatus.YEAR_TARGET_REACHED);
	}

	@Test
	void atTheMilestoneOnTrackMeansTheTargetIsMet() {
		IndicatorSpec startups = spec("LH-17", MeasureUnit.COUNT, HIGHER_IS_BETTER, 2030, "> 01", 2035, "03");

		assertThat(evaluate(startups, Period.annual(2030), "1").onTrack()).isEqualTo(OnTrack.BEHIND);
		assertThat(evaluate(startups, Period.annual(2030), "2").onTrack()).isEqualTo(OnTrack.ON_TRACK);
		assertThat(evaluate(startups, Period.annual(2030), "2").status()).isEqualTo(AttainmentStatus.ACHIEVED);
	}

	@Test
	void everyYearTargetExpectsTheSameFigureEachYear() {
		IndicatorSpec initiatives = spec("LH-20", MeasureUnit.COUNT, HIGHER_IS_BETTER, 2030,
				"Mỗi năm có > 01 sáng kiến trong khu vực công được công nhận", 2035,
				"Mỗi năm có > 01 sáng kiến trong khu vực công được công nhận");

		Attainment attainment = evaluate(initiatives, Period.annual(2032), "1");

		assertThat(attainment.expectedThisYear()).as("\"> 01\" is first met at 2").isEqualByComparingTo("2");
		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(attainment.onTrack()).isEqualTo(OnTrack.BEHIND);
	}

	@Test
	void indexWrittenAsPerCentIsComparedAsAnIndex() {
		IndicatorSpec dti = spec("LH-DTI", MeasureUnit.INDEX, HIGHER_IS_BETTER, 2040, "≥ 0,85", 2045, "đạt 0,97%");

		Attainment attainment = evaluate(dti, Period.annual(2045), "0.97");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.ACHIEVED);
		assertThat(attainment.ratio()).as("no ratio of index scores").isNull();
	}

	@Test
	void grdpTargetIsJudgedAsAPlainValue() {
		IndicatorSpec spending = spec("VQ-06", MeasureUnit.PERCENT_GRDP, HIGHER_IS_BETTER, 2026, "đạt 2% GRDP", 2030,
				"đạt 3% GRDP");

		Attainment attainment = evaluate(spending, Period.annual(2026), "1.8");

		assertThat(attainment.status()).isEqualTo(AttainmentStatus.NOT_ACHIEVED);
		assertThat(attainment.ratio()).isEqualTo(new BigDecimal("0.9000"));
		assertThat(attainment.target().describe()).isEqualTo("2% GRDP");
	}

}

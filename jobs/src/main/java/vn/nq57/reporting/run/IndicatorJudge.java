package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.nq57.reporting.attainment.ActualValue;
import vn.nq57.reporting.attainment.Attainment;
import vn.nq57.reporting.attainment.AttainmentCalculator;
import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.BaselinePoint;
import vn.nq57.reporting.attainment.Direction;
import vn.nq57.reporting.attainment.IndicatorSpec;
import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.PrintedTarget;
import vn.nq57.reporting.catalog.StoredTarget;

/**
 * Judges the indicators of one run for its period with the attainment engine; made once
 * per run, with the plan's printed targets.
 */
public class IndicatorJudge {

	private final Map<String, List<PrintedTarget>> printedTargets = new HashMap<>();

	private final AttainmentCalculator calculator = new AttainmentCalculator();

	private final ReportRun run;

	private final Period period;

	public IndicatorJudge(ReportRun run, List<StoredTarget> targets) {
		this.run = run;
		this.period = run.period();
		for (StoredTarget target : targets) {
			this.printedTargets.computeIfAbsent(target.indicatorCode(), code -> new ArrayList<>())
				.add(target.printed());
		}
	}

	public IndicatorResult judge(IndicatorInput in) {
		MeasureUnit unit = MeasureUnit.fromCatalogName(in.measureUnit());
		IndicatorSpec spec = IndicatorSpec.of(in.code(), in.name(), unit, Direction.fromCatalogName(in.direction()),
				this.printedTargets.getOrDefault(in.code(), List.of()));
		Optional<ActualValue> actual = actual(in, unit);
		Optional<ActualValue> previous = Optional.ofNullable(in.previousValue()).map(ActualValue::of);
		Optional<AttainmentStatus> selfAssessment = Optional.ofNullable(in.selfAssessment())
			.map(AttainmentStatus::valueOf);
		Optional<BaselinePoint> firstRecorded = (in.firstRecordedValue() != null)
				? Optional.of(new BaselinePoint(in.firstRecordedYear(), in.firstRecordedValue())) : Optional.empty();
		Attainment attainment = this.calculator.evaluate(spec, this.period, actual, previous, firstRecorded,
				selfAssessment);
		return new IndicatorResult(this.run.id(), in.code(), in.position(), in.groupCode(), in.number(), in.name(),
				in.measureUnit(), in.responsible(), attainment.milestoneYear(),
				(attainment.target() != null) ? attainment.target().text() : null,
				(attainment.target() != null) ? attainment.target().kind().name() : null, attainment.expectedThisYear(),
				attainment.actual(), actual.map(ActualValue::numerator).orElse(null),
				actual.map(ActualValue::denominator).orElse(null), attainment.ratio(), attainment.status().name(),
				attainment.onTrack().name(), in.previousValue(), attainment.changeSincePrevious());
	}

	/**
	 * Parts summed over the units that sent them win over a single unit's value: they add
	 * up correctly.
	 */
	private static Optional<ActualValue> actual(IndicatorInput in, MeasureUnit unit) {
		if (in.partsCount() > 0 && in.partsDenominator() != null && in.partsDenominator().signum() > 0) {
			return Optional.of(ActualValue.ofParts(in.partsNumerator(), in.partsDenominator(), unit, in.ratePer()));
		}
		BigDecimal value = in.reportedValue();
		return Optional.ofNullable(value).map(ActualValue::of);
	}

}

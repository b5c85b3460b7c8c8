package vn.nq57.reporting.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nq57.reporting.attainment.ActualValue;
import vn.nq57.reporting.attainment.Aggregation;
import vn.nq57.reporting.attainment.Attainment;
import vn.nq57.reporting.attainment.AttainmentCalculator;
import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.BaselinePoint;
import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Direction;
import vn.nq57.reporting.attainment.Figures;
import vn.nq57.reporting.attainment.IndicatorSpec;
import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.PrintedTarget;
import vn.nq57.reporting.catalog.StoredTarget;

/**
 * Judges the indicators of one run for its period with the attainment engine; made once
 * per run, with the plan's printed targets. The commune's figure is made as the catalog
 * declares ({@link Aggregation}): the reporting unit's own, the pooled parts or the sum
 * of the units asked, or the latest published figure.
 */
public class IndicatorJudge {

	private final Map<String, List<PrintedTarget>> printedTargets = new HashMap<>();

	private final AttainmentCalculator calculator;

	private final ReportRun run;

	private final Period period;

	public IndicatorJudge(ReportRun run, List<StoredTarget> targets, DataWindowPolicy policy) {
		this.run = run;
		this.period = run.period();
		this.calculator = new AttainmentCalculator(policy);
		for (StoredTarget target : targets) {
			this.printedTargets.computeIfAbsent(target.indicatorCode(), code -> new ArrayList<>())
				.add(target.printed());
		}
	}

	public IndicatorResult judge(IndicatorInput in) {
		MeasureUnit unit = MeasureUnit.fromCatalogName(in.measureUnit());
		IndicatorSpec spec = IndicatorSpec.of(in.code(), in.name(), unit, Direction.fromCatalogName(in.direction()),
				this.printedTargets.getOrDefault(in.code(), List.of()));
		Aggregation aggregation = Aggregation
			.fromCatalogName((in.aggregate() != null) ? in.aggregate() : Aggregation.SINGLE.catalogName());
		Combined combined = combine(in, unit, aggregation);
		Optional<ActualValue> actual = combined.value();
		// the plan's first review compares with the plan's start, the others with the
		// review before them
		boolean fromPlanStart = this.period.comparesWithPlanStart(in.planDate());
		BigDecimal previousValue = fromPlanStart ? in.planStartValue() : in.previousValue();
		BigDecimal yearAgoValue = fromPlanStart ? in.planStartValue() : in.yearAgoValue();
		Figures figures = Figures.none()
			.withActual(actual)
			.withPrevious(Optional.ofNullable(previousValue).map(ActualValue::of))
			.withYearAgo(Optional.ofNullable(yearAgoValue).map(ActualValue::of))
			.withFirstRecorded((in.firstRecordedValue() != null && in.firstRecordedOn() != null)
					? Optional.of(new BaselinePoint(in.firstRecordedOn(), in.firstRecordedValue())) : Optional.empty())
			.withStartOfYear(Optional.ofNullable(in.startOfYearValue()))
			.withPlanStart(planStart(in))
			.withSelfAssessment(Optional.ofNullable(in.selfAssessment()).map(AttainmentStatus::valueOf));
		Attainment a = this.calculator.judge(spec, this.period, figures);
		boolean published = aggregation == Aggregation.PUBLISHED;
		boolean qualitative = a.status() == AttainmentStatus.QUALITATIVE;
		return new IndicatorResult(this.run.id(), in.code(), in.position(), in.groupCode(), in.number(), in.name(),
				in.measureUnit(), in.responsible(), a.milestoneYear(), (a.target() != null) ? a.target().text() : null,
				(a.target() != null) ? a.target().kind().name() : null, a.expectedByPeriod(), a.actual(),
				actual.map(ActualValue::numerator).orElse(null), actual.map(ActualValue::denominator).orElse(null),
				a.ratio(), a.status().name(), a.judgement().name(), a.yearTarget().cellText(),
				a.yearTarget().referenceValue(), a.yearTarget().source().name(),
				(a.roadmap() != null) ? a.roadmap().start().name() : null, a.rangePosition(),
				(a.milestoneStatus() != null) ? a.milestoneStatus().name() : null, a.milestoneRatio(),
				(a.basis() != null) ? a.basis().catalogName() : null, a.onTrack().name(), previousValue,
				a.changeSincePrevious(), yearAgoValue, a.changeSinceYearAgo(),
				(a.selfAssessment() != null) ? a.selfAssessment().name() : null,
				(qualitative || in.evidenceUrl() != null) ? assessedBy(in) : null, in.evidenceUrl(),
				aggregation.catalogName(), combined.counted(), combined.asked(),
				published ? in.publishedSource() : null, published ? in.publishedOn() : null,
				published ? in.publishedPeriod() : null);
	}

	/** The commune's figure and from how many of the units asked it comes. */
	record Combined(Optional<ActualValue> value, Integer counted, Integer asked) {
	}

	static Combined combine(IndicatorInput in, MeasureUnit unit, Aggregation aggregation) {
		Map<String, ActualValue> byUnit = unitFigures(in.unitFigures(), unit, in.ratePer());
		Optional<ActualValue> own = Optional.ofNullable(byUnit.get(in.reportingUnit()));
		Set<String> asked = (in.contributingUnits() != null)
				? Arrays.stream(in.contributingUnits().split(",")).map(String::strip).collect(Collectors.toSet())
				: Set.of(in.reportingUnit());
		return switch (aggregation) {
			case PUBLISHED -> new Combined(
					Aggregation.PUBLISHED.combine(List.of(),
							Optional.ofNullable(in.publishedValue()).map(ActualValue::of), unit, in.ratePer()),
					null, null);
			case SINGLE -> new Combined(Aggregation.SINGLE.combine(List.of(), own, unit, in.ratePer()), null, null);
			case POOLED -> {
				List<ActualValue> parts = byUnit.entrySet()
					.stream()
					.filter(e -> asked.contains(e.getKey()) && e.getValue().hasParts())
					.map(Map.Entry::getValue)
					.toList();
				if (parts.isEmpty()) {
					// no unit sent its parts: a bare share cannot be pooled, the
					// reporting
					// unit's own figure stands
					yield new Combined(own, 0, asked.size());
				}
				yield new Combined(Aggregation.POOLED.combine(parts, own, unit, in.ratePer()), parts.size(),
						asked.size());
			}
			case SUM -> {
				List<ActualValue> counts = byUnit.entrySet()
					.stream()
					.filter(e -> asked.contains(e.getKey()))
					.map(Map.Entry::getValue)
					.toList();
				yield new Combined(Aggregation.SUM.combine(counts, own, unit, in.ratePer()), counts.size(),
						asked.size());
			}
		};
	}

	/**
	 * "VP=/12/40;TTHCC=80//": each unit's figure, its numerator ÷ denominator where it
	 * sent both (a share without its value), else its value; units that sent neither are
	 * left out.
	 */
	static Map<String, ActualValue> unitFigures(String text, MeasureUnit unit, BigDecimal ratePer) {
		Map<String, ActualValue> figures = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return figures;
		}
		for (String entry : text.split(";")) {
			int equals = entry.indexOf('=');
			String[] parts = entry.substring(equals + 1).split("/", -1);
			BigDecimal value = decimal(parts[0]);
			BigDecimal numerator = decimal(parts[1]);
			BigDecimal denominator = decimal(parts[2]);
			ActualValue figure = (numerator != null && denominator != null && denominator.signum() > 0)
					? ActualValue.ofParts(numerator, denominator, unit, ratePer)
					: (value != null) ? ActualValue.of(value) : null;
			if (figure != null) {
				figures.put(entry.substring(0, equals), figure);
			}
		}
		return figures;
	}

	private static BigDecimal decimal(String text) {
		return text.isBlank() ? null : new BigDecimal(text);
	}

	/** "Phòng Văn hóa - Xã hội (người lập: Nguyễn Văn A)". */
	private static String assessedBy(IndicatorInput in) {
		String unit = (in.reportingUnitName() != null) ? in.reportingUnitName() : in.reportingUnit();
		return (in.submittedBy() != null && !in.submittedBy().isBlank())
				? unit + " (người lập: " + in.submittedBy().strip() + ")" : unit;
	}

	/**
	 * The plan's first day: the day it was signed, else the first day of its printed date
	 * (2026-01 → 01/01/2026).
	 */
	static Optional<LocalDate> planStart(IndicatorInput in) {
		if (in.planSignedOn() != null) {
			return Optional.of(in.planSignedOn());
		}
		String date = (in.planDate() != null) ? in.planDate().strip() : "";
		if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
			return Optional.of(LocalDate.parse(date));
		}
		if (date.matches("\\d{4}-\\d{2}")) {
			return Optional.of(LocalDate.parse(date + "-01"));
		}
		if (date.matches("\\d{4}")) {
			return Optional.of(LocalDate.of(Integer.parseInt(date), 1, 1));
		}
		return Optional.empty();
	}

}

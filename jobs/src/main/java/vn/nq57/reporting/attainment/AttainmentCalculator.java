package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import vn.nq57.reporting.attainment.YearTarget.LineStart;
import vn.nq57.reporting.attainment.YearTarget.Source;

/**
 * Judges one indicator for one period: the year's target, the figure against it (the
 * roadmap toward it in an interim report, the verdict in an annual one, and the
 * milestone's verdict in a milestone year), the ratio, and the comparisons with the
 * previous period and the same period a year earlier.
 */
public final class AttainmentCalculator {

	/**
	 * Every ratio and straight-line value carries 4 decimals (0.9167), rounded half up.
	 */
	public static final int SCALE = 4;

	private static final Set<Source> PLAN_YEARS = EnumSet.of(Source.MILESTONE, Source.LINE, Source.AFTER_LAST);

	private final DataWindowPolicy policy;

	private final DataYears years;

	/** With the data windows of Decree 09/2019/NĐ-CP. */
	public AttainmentCalculator() {
		this(DataWindowPolicy.decree09());
	}

	public AttainmentCalculator(DataWindowPolicy policy) {
		this.policy = Objects.requireNonNull(policy, "policy");
		this.years = new DataYears(policy);
	}

	public Attainment evaluate(IndicatorSpec spec, Period period, Optional<ActualValue> actual,
			Optional<ActualValue> previousPeriodActual, Optional<BaselinePoint> firstRecorded) {
		return evaluate(spec, period, actual, previousPeriodActual, firstRecorded, Optional.empty());
	}

	/**
	 * @param selfAssessment for a qualitative target, the responsible unit's own verdict
	 * (Vượt, Đạt or Chưa đạt); ignored for numeric targets
	 */
	public Attainment evaluate(IndicatorSpec spec, Period period, Optional<ActualValue> actual,
			Optional<ActualValue> previousPeriodActual, Optional<BaselinePoint> firstRecorded,
			Optional<AttainmentStatus> selfAssessment) {
		return judge(spec, period,
				Figures.none()
					.withActual(actual)
					.withPrevious(previousPeriodActual)
					.withFirstRecorded(firstRecorded)
					.withSelfAssessment(selfAssessment));
	}

	public Attainment judge(IndicatorSpec spec, Period period, Figures figures) {
		figures.selfAssessment().ifPresent(AttainmentCalculator::requireVerdict);
		Judgement judgement = Judgement.of(period, this.policy);
		BigDecimal value = figures.actual().map(ActualValue::value).orElse(null);
		YearTarget yearTarget = yearTarget(spec, period.year(), figures.firstRecorded(), figures.planStart());
		Milestone milestone = yearTarget.milestone();
		Target target = yearTarget.target();
		Roadmap roadmap = (judgement == Judgement.ROADMAP && yearTarget.isNumeric())
				? roadmap(spec, period, yearTarget, figures) : null;
		AttainmentStatus status = status(yearTarget, value, judgement, roadmap);
		AttainmentStatus self = (status == AttainmentStatus.QUALITATIVE) ? figures.selfAssessment().orElse(null) : null;
		boolean judged = status.isJudged();
		BigDecimal ratio = (judged && ratioMeans(target)) ? ratio(target, value) : null;
		String rangePosition = (judged && target != null && target.kind() == TargetKind.RANGE)
				? target.rangePosition(value) : null;
		BigDecimal expected = (judgement == Judgement.ROADMAP) ? ((roadmap != null) ? roadmap.expected() : null)
				: (yearTarget.isNumeric() ? scaled(yearTarget.referenceValue()) : null);
		AttainmentStatus milestoneStatus = (judgement == Judgement.YEAR && status.isVerdict()
				&& yearTarget.isMilestoneOwn()) ? status : null;
		Integer milestoneYear = (milestone != null && milestone.horizon() == TargetHorizon.MILESTONE) ? milestone.year()
				: null;
		// progress toward a level or a total; a count per year is judged year by year
		BigDecimal milestoneRatio = (value != null && milestoneYear != null && milestone.target().isNumeric()
				&& milestone.basis() != CountBasis.PER_YEAR && ratioMeans(milestone.target()))
						? ratio(milestone.target(), value) : null;
		return new Attainment(spec.code(), period, judgement, milestoneYear, milestone != null && milestone.afterLast(),
				(milestone != null) ? milestone.target() : null, yearTarget, value, ratio, rangePosition, status, self,
				milestoneStatus, milestoneRatio, difference(value, figures.previous()),
				difference(value, figures.yearAgo()), expected, roadmap, onTrack(status),
				(milestone != null) ? milestone.horizon() : TargetHorizon.MILESTONE, yearTarget.basis());
	}

	/**
	 * The year's target (chỉ tiêu năm) of data year {@code year}.
	 * @param firstRecorded the first figure recorded, where a line may start
	 * @param planStart the plan's first day: a total counted since then starts at 0
	 */
	public YearTarget yearTarget(IndicatorSpec spec, int year, Optional<BaselinePoint> firstRecorded,
			Optional<LocalDate> planStart) {
		Optional<Milestone> found = spec.milestoneFor(year);
		if (found.isEmpty()) {
			return new YearTarget(year, Source.NO_TARGET, null, null, null, null);
		}
		Milestone milestone = found.get();
		Target target = milestone.target();
		if (milestone.horizon() != TargetHorizon.MILESTONE) {
			return new YearTarget(year, Source.UNDATED, target, milestone.basis(), milestone, null);
		}
		if (target.kind() == TargetKind.NONE) {
			return new YearTarget(year, Source.NO_TARGET, target, milestone.basis(), milestone, null);
		}
		if (milestone.afterLast()) {
			return new YearTarget(year, Source.AFTER_LAST, target, milestone.basis(), milestone, null);
		}
		if (milestone.year() == year) {
			Source source = (milestone.basis() == CountBasis.PER_YEAR) ? Source.PER_YEAR : Source.MILESTONE;
			return new YearTarget(year, source, target, milestone.basis(), milestone, null);
		}
		if (!target.isNumeric()) {
			return new YearTarget(year, Source.WORDS, target, milestone.basis(), milestone, null);
		}
		if (milestone.basis() == CountBasis.PER_YEAR) {
			return new YearTarget(year, Source.PER_YEAR, target, milestone.basis(), milestone, null);
		}
		Optional<LineStart> start = lineStart(spec, milestone, firstRecorded, planStart);
		BigDecimal at = BigDecimal.valueOf(year);
		if (start.isEmpty() || at.compareTo(start.get().position()) < 0) {
			return new YearTarget(year, Source.UNKNOWN, null, milestone.basis(), milestone, null);
		}
		BigDecimal from = start.get().value();
		BigDecimal end = target.referenceValue();
		BigDecimal span = BigDecimal.valueOf(milestone.year()).subtract(start.get().position());
		BigDecimal value = from
			.add(end.subtract(from)
				.multiply(at.subtract(start.get().position()))
				.divide(span, SCALE, RoundingMode.HALF_UP))
			.setScale(SCALE, RoundingMode.HALF_UP);
		boolean higher = target.direction() == Direction.HIGHER_IS_BETTER;
		if (target.isWholeMeasure()) {
			// a whole figure is on or above the line exactly when it reaches the line
			// rounded up (below it, when lower is better)
			value = value.setScale(0, higher ? RoundingMode.CEILING : RoundingMode.FLOOR);
		}
		else {
			// the year's target is printed: as precise as a figure (an index to three
			// decimals, others to two)
			value = value.setScale((target.unit() == MeasureUnit.INDEX) ? 3 : 2, RoundingMode.HALF_UP);
		}
		TargetComparator comparator = higher ? TargetComparator.AT_LEAST : TargetComparator.AT_MOST;
		Target unnamed = Target.numeric("", comparator, value, target.unit(), target.direction(), false, null);
		Target onLine = Target.numeric(unnamed.describe(), comparator, value, target.unit(), target.direction(), false,
				null);
		return new YearTarget(year, Source.LINE, onLine, milestone.basis(), milestone, start.get());
	}

	/**
	 * The previous milestone's target of the same basis; for a total, 0 at the plan's
	 * start; else the first figure recorded before the milestone.
	 */
	private Optional<LineStart> lineStart(IndicatorSpec spec, Milestone milestone,
			Optional<BaselinePoint> firstRecorded, Optional<LocalDate> planStart) {
		Optional<Milestone> previous = spec.previousNumericMilestone(milestone.year(), milestone.basis());
		if (previous.isPresent()) {
			Milestone p = previous.get();
			return Optional.of(new LineStart(LineStart.Kind.PLAN, BigDecimal.valueOf(p.year()),
					p.target().referenceValue(), String.valueOf(p.year())));
		}
		BigDecimal milestoneEnd = BigDecimal.valueOf(milestone.year());
		if (milestone.basis() == CountBasis.TOTAL && planStart.isPresent()
				&& this.years.position(planStart.get()).compareTo(milestoneEnd) < 0) {
			return Optional.of(new LineStart(LineStart.Kind.PLAN_START, this.years.position(planStart.get()),
					BigDecimal.ZERO, "đầu Kế hoạch"));
		}
		return firstRecorded.filter(first -> first.position(this.years).compareTo(milestoneEnd) < 0)
			.map(first -> new LineStart(LineStart.Kind.RECORDED, first.position(this.years), first.value(),
					(first.year() != null) ? "số liệu năm " + first.year()
							: "số liệu ngày " + VietnameseDates.format(first.on())));
	}

	/**
	 * The straight line from the start of the year's data window to the year's target at
	 * its end, read at the end of the period's data window; null when nothing says where
	 * the year started and lower is better.
	 */
	Roadmap roadmap(IndicatorSpec spec, Period period, YearTarget yearTarget, Figures figures) {
		int year = period.year();
		BigDecimal to = yearTarget.referenceValue();
		Roadmap.Start start;
		BigDecimal from;
		if (yearTarget.basis() == CountBasis.PER_YEAR) {
			start = Roadmap.Start.ZERO_COUNT;
			from = BigDecimal.ZERO;
		}
		else if (yearTarget.source() == Source.UNDATED && yearTarget.milestone().horizon() == TargetHorizon.STANDING) {
			start = Roadmap.Start.STANDING;
			from = to;
		}
		else {
			YearTarget before = yearTarget(spec, year - 1, figures.firstRecorded(), figures.planStart());
			boolean sameKind = before.isNumeric() && before.basis() == yearTarget.basis()
					&& PLAN_YEARS.contains(before.source());
			// a line drawn from the first recorded figure is not the plan's own path
			boolean fromFigure = sameKind && before.lineStart() != null
					&& before.lineStart().kind() == LineStart.Kind.RECORDED;
			if (sameKind && !fromFigure) {
				start = Roadmap.Start.PLAN;
				from = before.referenceValue();
			}
			else if (figures.startOfYear().isPresent()) {
				start = Roadmap.Start.RECORDED;
				from = figures.startOfYear().get();
			}
			else if (fromFigure) {
				start = Roadmap.Start.RECORDED;
				from = before.referenceValue();
			}
			else if (yearTarget.target().direction() == Direction.HIGHER_IS_BETTER) {
				start = Roadmap.Start.TIME_SHARE;
				from = BigDecimal.ZERO;
			}
			else {
				return null;
			}
		}
		BigDecimal elapsed = this.years.elapsed(year, period.dataWindow(this.policy).to());
		BigDecimal expected = from.add(to.subtract(from).multiply(elapsed)).setScale(SCALE, RoundingMode.HALF_UP);
		return new Roadmap(start, from, to, elapsed, expected);
	}

	private static AttainmentStatus status(YearTarget yearTarget, BigDecimal actual, Judgement judgement,
			Roadmap roadmap) {
		Target target = yearTarget.target();
		if (yearTarget.source() == Source.NO_TARGET) {
			return AttainmentStatus.NO_TARGET;
		}
		if (yearTarget.source() == Source.WORDS || (target != null && target.kind() == TargetKind.QUALITATIVE)) {
			return AttainmentStatus.QUALITATIVE;
		}
		if (actual == null) {
			return AttainmentStatus.NO_DATA;
		}
		if (yearTarget.source() == Source.UNKNOWN) {
			// wherever the line would start, a figure that meets the milestone meets the
			// year's target on the way to it
			if (yearTarget.milestone().target().isMetBy(actual)) {
				return (judgement == Judgement.YEAR) ? AttainmentStatus.ACHIEVED : AttainmentStatus.YEAR_TARGET_REACHED;
			}
			return AttainmentStatus.NO_YEAR_TARGET;
		}
		if (judgement == Judgement.YEAR) {
			if (target.isExceededBy(actual)) {
				return AttainmentStatus.EXCEEDED;
			}
			return target.isMetBy(actual) ? AttainmentStatus.ACHIEVED : AttainmentStatus.NOT_ACHIEVED;
		}
		if (target.isMetBy(actual)) {
			return AttainmentStatus.YEAR_TARGET_REACHED;
		}
		if (roadmap == null) {
			return AttainmentStatus.NO_ROADMAP;
		}
		boolean keepsPace = actual.compareTo(roadmap.expected()) == 0
				|| target.direction().isBetter(actual, roadmap.expected());
		return keepsPace ? AttainmentStatus.ON_ROADMAP : AttainmentStatus.BEHIND_ROADMAP;
	}

	private static OnTrack onTrack(AttainmentStatus status) {
		return switch (status) {
			case EXCEEDED, ACHIEVED, YEAR_TARGET_REACHED, ON_ROADMAP -> OnTrack.ON_TRACK;
			case NOT_ACHIEVED, BEHIND_ROADMAP -> OnTrack.BEHIND;
			default -> OnTrack.UNKNOWN;
		};
	}

	/**
	 * A ratio of ranks or of index scores means nothing, and a range is printed as where
	 * the figure stands in it.
	 */
	static boolean ratioMeans(Target target) {
		return target != null && target.isNumeric() && target.kind() != TargetKind.RANGE
				&& target.unit() != MeasureUnit.RANK && target.unit() != MeasureUnit.INDEX;
	}

	/**
	 * actual/target when higher is better, target/actual when lower is better, against
	 * the least value that meets the target; null when a zero would divide.
	 */
	static BigDecimal ratio(Target target, BigDecimal actual) {
		BigDecimal reference = target.referenceValue();
		boolean higher = target.direction() == Direction.HIGHER_IS_BETTER;
		BigDecimal numerator = higher ? actual : reference;
		BigDecimal denominator = higher ? reference : actual;
		if (denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal difference(BigDecimal value, Optional<ActualValue> earlier) {
		return (value != null && earlier.isPresent())
				? VietnameseNumbers.stripZeros(value.subtract(earlier.get().value())) : null;
	}

	private static BigDecimal scaled(BigDecimal value) {
		return value.setScale(SCALE, RoundingMode.HALF_UP);
	}

	private static void requireVerdict(AttainmentStatus status) {
		if (!status.isVerdict()) {
			throw new IllegalArgumentException(
					"Đơn vị chỉ tự đánh giá được Vượt, Đạt hoặc Chưa đạt, nhận được: " + status.vietnameseName());
		}
	}

}

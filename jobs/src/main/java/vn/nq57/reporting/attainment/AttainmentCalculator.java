package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Judges one indicator for one period: the milestone that applies, the ratio, the status
 * and whether the figure keeps pace with the straight line to the milestone.
 */
public final class AttainmentCalculator {

	/**
	 * Every ratio and straight-line value carries 4 decimals (0.9167), rounded half up.
	 */
	public static final int SCALE = 4;

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
		selfAssessment.ifPresent(AttainmentCalculator::requireVerdict);
		BigDecimal value = actual.map(ActualValue::value).orElse(null);
		BigDecimal change = actual.isPresent() && previousPeriodActual.isPresent()
				? VietnameseNumbers.stripZeros(value.subtract(previousPeriodActual.get().value())) : null;
		Optional<Milestone> found = spec.milestoneFor(period.year());
		if (found.isEmpty()) {
			return new Attainment(spec.code(), period, null, false, null, value, null, AttainmentStatus.NO_TARGET, null,
					change, null, OnTrack.UNKNOWN, TargetHorizon.MILESTONE, null);
		}
		Milestone milestone = found.get();
		Target target = milestone.target();
		AttainmentStatus status = status(target, value);
		AttainmentStatus self = status == AttainmentStatus.QUALITATIVE ? selfAssessment.orElse(null) : null;
		BigDecimal ratio = status.isVerdict() ? ratio(target, value) : null;
		BigDecimal expected = target.isNumeric() ? expected(spec, milestone, period.year(), firstRecorded) : null;
		OnTrack onTrack = onTrack(status, target, milestone, period.year(), value, expected);
		Integer milestoneYear = (milestone.horizon() == TargetHorizon.MILESTONE) ? milestone.year() : null;
		return new Attainment(spec.code(), period, milestoneYear, milestone.afterLast(), target, value, ratio, status,
				self, change, expected, onTrack, milestone.horizon(), milestone.basis());
	}

	private static AttainmentStatus status(Target target, BigDecimal actual) {
		return switch (target.kind()) {
			case NONE -> AttainmentStatus.NO_TARGET;
			case QUALITATIVE -> AttainmentStatus.QUALITATIVE;
			case NUMERIC, RANGE -> {
				if (actual == null) {
					yield AttainmentStatus.NO_DATA;
				}
				if (target.isExceededBy(actual)) {
					yield AttainmentStatus.EXCEEDED;
				}
				yield target.isMetBy(actual) ? AttainmentStatus.ACHIEVED : AttainmentStatus.NOT_ACHIEVED;
			}
		};
	}

	/**
	 * actual/target when higher is better, target/actual when lower is better; null when
	 * a zero would divide.
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

	/**
	 * The straight line from the previous numeric milestone of the same basis (or the
	 * first recorded figure when there is none) to this milestone, read at {@code year};
	 * flat at the target from the milestone year on, and for a target that applies every
	 * year (printed without a year, or a count per year).
	 */
	static BigDecimal expected(IndicatorSpec spec, Milestone milestone, int year,
			Optional<BaselinePoint> firstRecorded) {
		BigDecimal end = milestone.target().referenceValue();
		if (year >= milestone.year() || milestone.appliesEveryYear()) {
			return end.setScale(SCALE, RoundingMode.HALF_UP);
		}
		Optional<BaselinePoint> start = spec.previousNumericMilestone(milestone.year(), milestone.basis())
			.map(previous -> new BaselinePoint(previous.year(), previous.target().referenceValue()))
			.or(() -> firstRecorded.filter(first -> first.year() < milestone.year()));
		if (start.isEmpty() || year < start.get().year()) {
			return null;
		}
		BigDecimal from = start.get().value();
		BigDecimal elapsed = BigDecimal.valueOf(year - start.get().year());
		BigDecimal span = BigDecimal.valueOf(milestone.year() - start.get().year());
		return from.add(end.subtract(from).multiply(elapsed).divide(span, SCALE, RoundingMode.HALF_UP))
			.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * At or past the milestone year (and for every-year targets) on track means the
	 * target is met; before it, a target already met is on track, otherwise the figure
	 * must be at least as good as the straight-line value for the year.
	 */
	private static OnTrack onTrack(AttainmentStatus status, Target target, Milestone milestone, int year,
			BigDecimal actual, BigDecimal expected) {
		if (!status.isVerdict()) {
			return OnTrack.UNKNOWN;
		}
		if (status != AttainmentStatus.NOT_ACHIEVED) {
			return OnTrack.ON_TRACK;
		}
		if (year >= milestone.year() || milestone.appliesEveryYear()) {
			return OnTrack.BEHIND;
		}
		if (expected == null) {
			return OnTrack.UNKNOWN;
		}
		boolean keepsPace = actual.compareTo(expected) == 0 || target.direction().isBetter(actual, expected);
		return keepsPace ? OnTrack.ON_TRACK : OnTrack.BEHIND;
	}

	private static void requireVerdict(AttainmentStatus status) {
		if (!status.isVerdict()) {
			throw new IllegalArgumentException(
					"Đơn vị chỉ tự đánh giá được Vượt, Đạt hoặc Chưa đạt, nhận được: " + status.vietnameseName());
		}
	}

}

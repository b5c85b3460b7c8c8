package vn.nq57.reporting.attainment;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator of a plan with its targets by milestone year.
 *
 * @param targets milestone year → target; a year with "-" holds a {@link TargetKind#NONE}
 * target
 */
public record IndicatorSpec(String code, String name, MeasureUnit unit, Direction direction,
		SortedMap<Integer, Target> targets) {

	public IndicatorSpec {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(direction, "direction");
		targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets == null ? Map.of() : targets));
		name = name == null ? "" : name;
	}

	/**
	 * Builds the spec from the targets as printed, reading each with
	 * {@link TargetReader}.
	 */
	public static IndicatorSpec of(String code, String name, MeasureUnit unit, Direction direction,
			Map<Integer, String> printedTargets) {
		SortedMap<Integer, Target> read = new TreeMap<>();
		printedTargets.forEach((year, text) -> read.put(year, TargetReader.read(text, unit, direction)));
		return new IndicatorSpec(code, name, unit, direction, read);
	}

	/**
	 * The nearest milestone at or after {@code year}; past the last one, the last one.
	 */
	public Optional<Milestone> milestoneFor(int year) {
		if (targets.isEmpty()) {
			return Optional.empty();
		}
		SortedMap<Integer, Target> atOrAfter = targets.tailMap(year);
		if (atOrAfter.isEmpty()) {
			int last = targets.lastKey();
			return Optional.of(new Milestone(last, targets.get(last), true));
		}
		int next = atOrAfter.firstKey();
		return Optional.of(new Milestone(next, targets.get(next), false));
	}

	/**
	 * The nearest milestone before {@code milestoneYear} whose target is a number, the
	 * start of the straight line.
	 */
	public Optional<Milestone> previousNumericMilestone(int milestoneYear) {
		SortedMap<Integer, Target> before = targets.headMap(milestoneYear);
		while (!before.isEmpty()) {
			int year = before.lastKey();
			if (before.get(year).isNumeric()) {
				return Optional.of(new Milestone(year, before.get(year), false));
			}
			before = before.headMap(year);
		}
		return Optional.empty();
	}
}

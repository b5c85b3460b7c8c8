package vn.nq57.reporting.attainment;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator of a plan with its targets: by milestone year, or one target the plan
 * prints without a year ({@link Undated}), which then applies to every year.
 *
 * @param targets milestone year → target; a year with "-" holds a {@link TargetKind#NONE}
 * target
 * @param bases milestone year → what its target counts, where the catalog says so; a year
 * not in it takes the basis its wording implies ({@link CountBasis#of})
 * @param undated the target printed without a year, or null; never beside milestone
 * targets
 */
public record IndicatorSpec(String code, String name, MeasureUnit unit, Direction direction,
		SortedMap<Integer, Target> targets, Map<Integer, CountBasis> bases, Undated undated) {

	/** A target printed without a year: standing, yearly, or with no time at all. */
	public record Undated(TargetHorizon horizon, Target target, CountBasis basis) {

		public Undated {
			Objects.requireNonNull(target, "target");
			Objects.requireNonNull(basis, "basis");
			if (horizon == null || horizon == TargetHorizon.MILESTONE) {
				throw new IllegalArgumentException("A target without a year needs its horizon");
			}
		}

	}

	public IndicatorSpec {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(direction, "direction");
		targets = Collections.unmodifiableSortedMap(new TreeMap<>(targets == null ? Map.of() : targets));
		bases = Map.copyOf(bases == null ? Map.of() : bases);
		name = name == null ? "" : name;
		if (undated != null && !targets.isEmpty()) {
			throw new IllegalArgumentException("Chỉ tiêu " + code
					+ " không ghi năm áp dụng cho mọi năm nên không thể đứng cạnh chỉ tiêu theo mốc");
		}
	}

	public IndicatorSpec(String code, String name, MeasureUnit unit, Direction direction,
			SortedMap<Integer, Target> targets) {
		this(code, name, unit, direction, targets, Map.of(), null);
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
	 * Builds the spec from a catalog's targets: by year, or one without a year, each with
	 * the basis the catalog gives it.
	 */
	public static IndicatorSpec of(String code, String name, MeasureUnit unit, Direction direction,
			List<PrintedTarget> printedTargets) {
		SortedMap<Integer, Target> read = new TreeMap<>();
		Map<Integer, CountBasis> bases = new HashMap<>();
		Undated undated = null;
		for (PrintedTarget printed : printedTargets) {
			Target target = TargetReader.read(printed.text(), unit, direction);
			CountBasis basis = (printed.basis() != null) ? printed.basis() : CountBasis.of(target);
			if (printed.year() == null) {
				if (undated != null) {
					throw new IllegalArgumentException("Chỉ tiêu " + code + " có hai chỉ tiêu không ghi năm");
				}
				undated = new Undated(printed.horizon(), target, basis);
			}
			else {
				read.put(printed.year(), target);
				bases.put(printed.year(), basis);
			}
		}
		return new IndicatorSpec(code, name, unit, direction, read, bases, undated);
	}

	/** What the target of a milestone year counts. */
	public CountBasis basis(int year) {
		CountBasis declared = this.bases.get(year);
		if (declared != null) {
			return declared;
		}
		Target target = this.targets.get(year);
		return (target != null) ? CountBasis.of(target) : CountBasis.LEVEL;
	}

	/**
	 * The nearest milestone at or after {@code year}; past the last one, the last one. A
	 * target without a year applies to every year.
	 */
	public Optional<Milestone> milestoneFor(int year) {
		if (this.undated != null) {
			return Optional
				.of(new Milestone(year, this.undated.target(), false, this.undated.horizon(), this.undated.basis()));
		}
		if (targets.isEmpty()) {
			return Optional.empty();
		}
		SortedMap<Integer, Target> atOrAfter = targets.tailMap(year);
		if (atOrAfter.isEmpty()) {
			int last = targets.lastKey();
			return Optional.of(new Milestone(last, targets.get(last), true, TargetHorizon.MILESTONE, basis(last)));
		}
		int next = atOrAfter.firstKey();
		return Optional.of(new Milestone(next, targets.get(next), false, TargetHorizon.MILESTONE, basis(next)));
	}

	/**
	 * The nearest milestone before {@code milestoneYear} whose target is a number, the
	 * start of the straight line.
	 */
	public Optional<Milestone> previousNumericMilestone(int milestoneYear) {
		return previousNumericMilestone(milestoneYear, basis(milestoneYear));
	}

	/**
	 * The nearest milestone before {@code milestoneYear} whose target is a number of the
	 * same basis: no straight line runs from a total to a per-year count, or back.
	 */
	public Optional<Milestone> previousNumericMilestone(int milestoneYear, CountBasis basis) {
		SortedMap<Integer, Target> before = targets.headMap(milestoneYear);
		while (!before.isEmpty()) {
			int year = before.lastKey();
			if (before.get(year).isNumeric() && basis(year) == basis) {
				return Optional.of(new Milestone(year, before.get(year), false, TargetHorizon.MILESTONE, basis));
			}
			before = before.headMap(year);
		}
		return Optional.empty();
	}
}

package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The year's target (chỉ tiêu năm): what a year's figure is judged against. In a
 * milestone year, the milestone's target; a target the catalog gives for that year is
 * such a milestone. A per-year count ("Mỗi năm có …") and a target printed without a year
 * are the year's target themselves. In other years, the value at the year's end on the
 * straight line from the previous milestone's target (for a total counted since the
 * plan's start, from 0 at the plan's start; else from the first recorded figure) to the
 * next milestone's target, never across a total and a per-year count.
 *
 * @param year the data year
 * @param source how it was found
 * @param target the year's target: the milestone's own, or a number on the line; null
 * when unknown or when the indicator has no targets
 * @param basis what the figure counts (a level, a total, a per-year count), or null
 * without a target
 * @param milestone the milestone it comes from or leads to, or null without targets
 * @param lineStart where the straight line starts, for {@link Source#LINE}; else null
 */
public record YearTarget(int year, Source source, Target target, CountBasis basis, Milestone milestone,
		LineStart lineStart) {

	/** How the year's target was found. */
	public enum Source {

		/** The year is a milestone year: the milestone's target. */
		MILESTONE,
		/** Past the plan's last milestone: its target still applies. */
		AFTER_LAST,
		/** The next milestone asks for a count per year: that count, every year. */
		PER_YEAR,
		/** The plan prints the target without a year: the same level every year. */
		UNDATED,
		/** On the straight line toward the next milestone. */
		LINE,
		/** The next milestone's target is words: those words. */
		WORDS,
		/** The plan sets no target for this milestone ("-") or none at all. */
		NO_TARGET,
		/**
		 * A later milestone has a number but nothing gives the line a start: no earlier
		 * milestone of the same kind, no figure recorded before.
		 */
		UNKNOWN

	}

	/**
	 * Where the straight line starts.
	 *
	 * @param kind what the starting point is
	 * @param position its place on the line of data years ({@link DataYears})
	 * @param value its value
	 * @param label how it is named in the target's cell: "2026", "đầu Kế hoạch", "số liệu
	 * ngày 14/01/2027"
	 */
	public record LineStart(Kind kind, BigDecimal position, BigDecimal value, String label) {

		/** What the line starts from. */
		public enum Kind {

			/** The previous milestone's target (of the same kind of count). */
			PLAN,
			/** A total counted since the plan's start: 0 at the plan's start. */
			PLAN_START,
			/** The first figure recorded for the indicator. */
			RECORDED

		}

		public LineStart {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(position, "position");
			Objects.requireNonNull(value, "value");
		}

	}

	public YearTarget {
		Objects.requireNonNull(source, "source");
		if (source == Source.LINE && lineStart == null) {
			throw new IllegalArgumentException("A year's target on the line needs the line's start");
		}
	}

	/** A number or a range the year's figure can be compared with. */
	public boolean isNumeric() {
		return this.target != null && this.target.isNumeric();
	}

	/** The least value that meets the year's target, or null when it is not a number. */
	public BigDecimal referenceValue() {
		return isNumeric() ? this.target.referenceValue() : null;
	}

	/**
	 * Whether the year's target is the milestone's own (the year is the milestone year,
	 * or past the last one): the year's verdict is then also the milestone's.
	 */
	public boolean isMilestoneOwn() {
		return this.source == Source.AFTER_LAST || ((this.source == Source.MILESTONE || this.source == Source.PER_YEAR)
				&& this.milestone != null && this.milestone.year() == this.year);
	}

	/**
	 * What the "Chỉ tiêu năm" column prints: "≥ 60% (2026)", "≥ 80% (nội suy 2026–2030)",
	 * "Mỗi năm có ít nhất 01 (mốc 2035)", "80 (thường xuyên)", "Chưa xác định (mốc 2030:
	 * > 01)".
	 */
	public String cellText() {
		String printed = (this.milestone != null) ? TargetReader.clean(this.milestone.target().text()) : null;
		return switch (this.source) {
			case MILESTONE -> printed + " (" + this.milestone.year() + ")";
			case AFTER_LAST -> printed + " (" + this.milestone.year() + ")";
			case PER_YEAR -> printed + ((this.milestone.year() == this.year) ? " (" + this.year + ")"
					: " (mốc " + this.milestone.year() + ")");
			case UNDATED -> printed + " (" + this.milestone.horizon().label() + ")";
			case LINE -> this.target.describe() + " (nội suy " + lineLabel() + ")";
			case WORDS -> printed + " (mốc " + this.milestone.year() + ")";
			case NO_TARGET ->
				(this.milestone != null) ? "Không có chỉ tiêu cho mốc " + this.milestone.year() : "Không có chỉ tiêu";
			case UNKNOWN -> "Chưa xác định (mốc " + this.milestone.year() + ": " + printed + ")";
		};
	}

	private String lineLabel() {
		return switch (this.lineStart.kind()) {
			case PLAN -> this.lineStart.label() + "–" + this.milestone.year();
			case PLAN_START, RECORDED -> "từ " + this.lineStart.label() + " đến " + this.milestone.year();
		};
	}

}

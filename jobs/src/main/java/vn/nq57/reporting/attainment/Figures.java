package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of an indicator when it is judged for one period.
 *
 * @param actual the period's figure
 * @param previous the previous period's figure (same report type)
 * @param yearAgo the figure of the same period a year earlier (same report type)
 * @param firstRecorded the first figure ever recorded, before this period
 * @param startOfYear the last figure recorded before the year's data window began
 * @param planStart the day the plan starts (a total counted since then starts at 0)
 * @param selfAssessment for a qualitative target, the responsible unit's own verdict
 */
public record Figures(Optional<ActualValue> actual, Optional<ActualValue> previous, Optional<ActualValue> yearAgo,
		Optional<BaselinePoint> firstRecorded, Optional<BigDecimal> startOfYear, Optional<LocalDate> planStart,
		Optional<AttainmentStatus> selfAssessment) {

	public Figures {
		Objects.requireNonNull(actual, "actual");
		Objects.requireNonNull(previous, "previous");
		Objects.requireNonNull(yearAgo, "yearAgo");
		Objects.requireNonNull(firstRecorded, "firstRecorded");
		Objects.requireNonNull(startOfYear, "startOfYear");
		Objects.requireNonNull(planStart, "planStart");
		Objects.requireNonNull(selfAssessment, "selfAssessment");
	}

	/** Nothing known. */
	public static Figures none() {
		return new Figures(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty());
	}

	/** Only the period's figure. */
	public static Figures of(BigDecimal actual) {
		return none().withActual(Optional.ofNullable(actual).map(ActualValue::of));
	}

	public Figures withActual(Optional<ActualValue> value) {
		return new Figures(value, this.previous, this.yearAgo, this.firstRecorded, this.startOfYear, this.planStart,
				this.selfAssessment);
	}

	public Figures withPrevious(Optional<ActualValue> value) {
		return new Figures(this.actual, value, this.yearAgo, this.firstRecorded, this.startOfYear, this.planStart,
				this.selfAssessment);
	}

	public Figures withYearAgo(Optional<ActualValue> value) {
		return new Figures(this.actual, this.previous, value, this.firstRecorded, this.startOfYear, this.planStart,
				this.selfAssessment);
	}

	public Figures withFirstRecorded(Optional<BaselinePoint> value) {
		return new Figures(this.actual, this.previous, this.yearAgo, value, this.startOfYear, this.planStart,
				this.selfAssessment);
	}

	public Figures withStartOfYear(Optional<BigDecimal> value) {
		return new Figures(this.actual, this.previous, this.yearAgo, this.firstRecorded, value, this.planStart,
				this.selfAssessment);
	}

	public Figures withPlanStart(Optional<LocalDate> value) {
		return new Figures(this.actual, this.previous, this.yearAgo, this.firstRecorded, this.startOfYear, value,
				this.selfAssessment);
	}

	public Figures withSelfAssessment(Optional<AttainmentStatus> value) {
		return new Figures(this.actual, this.previous, this.yearAgo, this.firstRecorded, this.startOfYear,
				this.planStart, value);
	}

}

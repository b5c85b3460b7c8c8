package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * "Trước ngày D": the report must be sent by the end of day D-1 (Vietnam time).
 *
 * @param beforeDay the day D named in the plan
 */
public record Deadline(LocalDate beforeDay) {

	public Deadline {
		Objects.requireNonNull(beforeDay, "beforeDay");
	}

	public static Deadline before(LocalDate day) {
		return new Deadline(day);
	}

	/** The last day on which sending is on time (D-1). */
	public LocalDate lastDay() {
		return beforeDay.minusDays(1);
	}

	/** The first moment the report is late: midnight starting day D in Vietnam. */
	public ZonedDateTime lateFrom() {
		return beforeDay.atStartOfDay(ReportingZone.ZONE);
	}

	public boolean isMetBy(LocalDate sentOn) {
		return !sentOn.isAfter(lastDay());
	}

	/** "trước ngày 20/05/2026". */
	public String text() {
		return "trước ngày " + VietnameseDates.format(beforeDay);
	}
}

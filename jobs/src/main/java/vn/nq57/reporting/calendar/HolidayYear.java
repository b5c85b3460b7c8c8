package vn.nq57.reporting.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The days off and the swapped working days (Saturdays worked in exchange for a bridge
 * day) of one year, as kept in {@code schedules/holidays/<year>.yaml}.
 *
 * @param provisional true while the government's notice for the year is not out yet
 */
public record HolidayYear(int year, boolean provisional, Map<LocalDate, String> daysOff,
		Map<LocalDate, String> workingDays) {

	public HolidayYear {
		daysOff = Map.copyOf(daysOff);
		workingDays = Map.copyOf(workingDays);
	}

}

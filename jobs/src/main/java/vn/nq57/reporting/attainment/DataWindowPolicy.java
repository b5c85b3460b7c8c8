package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where the data of a period starts and stops.
 *
 * <p>
 * With cut-off day {@code c > 1}, a span of months S..E covers the {@code c}-th of the
 * month before S up to day {@code c-1} of E (Decree 09/2019/NĐ-CP, Art. 12, uses c = 15).
 * With c = 1 the windows are whole calendar months, quarters, halves and years.
 *
 * @param cutOffDay the first day of each month's data window, 1 to 28 so that it exists
 * in every month
 */
public record DataWindowPolicy(int cutOffDay) {

	/** The cut-off day of Decree 09/2019/NĐ-CP. */
	public static final int DECREE_09_CUT_OFF_DAY = 15;

	public DataWindowPolicy {
		if (cutOffDay < 1 || cutOffDay > 28) {
			throw new IllegalArgumentException("Ngày chốt số liệu phải từ 1 đến 28, nhận được: " + cutOffDay);
		}
	}

	/** 15th of the previous month to the 14th of the reporting month, and so on. */
	public static DataWindowPolicy decree09() {
		return new DataWindowPolicy(DECREE_09_CUT_OFF_DAY);
	}

	/** Whole calendar months, quarters, halves and years. */
	public static DataWindowPolicy calendarMonths() {
		return new DataWindowPolicy(1);
	}

	/** The window of the months {@code first}..{@code last}, both included. */
	public DateWindow window(YearMonth first, YearMonth last) {
		return new DateWindow(startOf(first), endOf(last));
	}

	public boolean isCalendarMonths() {
		return cutOffDay == 1;
	}

	private LocalDate startOf(YearMonth month) {
		return isCalendarMonths() ? month.atDay(1) : month.minusMonths(1).atDay(cutOffDay);
	}

	private LocalDate endOf(YearMonth month) {
		return isCalendarMonths() ? month.atEndOfMonth() : month.atDay(cutOffDay - 1);
	}
}

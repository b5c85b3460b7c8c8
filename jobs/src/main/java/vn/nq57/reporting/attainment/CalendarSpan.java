package vn.nq57.reporting.attainment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day, month, quarter or year named as a task's time in the catalog
 * ({@code 2026-09-30}, {@code 2026-09}, {@code 2026-Q1}, {@code 2026}).
 *
 * @param precision how the time was written
 * @param first its first day
 * @param last its last day: the due date when it ends a task
 */
public record CalendarSpan(Precision precision, LocalDate first, LocalDate last) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public enum Precision {

		DAY, MONTH, QUARTER, YEAR

	}

	public CalendarSpan {
		Objects.requireNonNull(precision, "precision");
		Objects.requireNonNull(first, "first");
		Objects.requireNonNull(last, "last");
	}

	public static CalendarSpan day(LocalDate day) {
		return new CalendarSpan(Precision.DAY, day, day);
	}

	public static CalendarSpan month(YearMonth month) {
		return new CalendarSpan(Precision.MONTH, month.atDay(1), month.atEndOfMonth());
	}

	public static CalendarSpan quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("Quý phải từ 1 đến 4, nhận được: " + quarter);
		}
		YearMonth lastMonth = YearMonth.of(year, quarter * 3);
		return new CalendarSpan(Precision.QUARTER, lastMonth.minusMonths(2).atDay(1), lastMonth.atEndOfMonth());
	}

	public static CalendarSpan year(int year) {
		return new CalendarSpan(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/** Reads the catalog forms YYYY-MM-DD, YYYY-MM, YYYY-Qn and YYYY. */
	public static CalendarSpan parse(String text) {
		String t = text == null ? "" : text.strip();
		try {
			Matcher quarter = QUARTER.matcher(t);
			if (quarter.matches()) {
				return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
			}
			if (MONTH.matcher(t).matches()) {
				return month(YearMonth.parse(t));
			}
			if (YEAR.matcher(t).matches()) {
				return year(Integer.parseInt(t));
			}
			return day(LocalDate.parse(t));
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException(
					"Thời hạn phải có dạng YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY, nhận được: \"" + text + "\"", e);
		}
	}

	/** "ngày 30/09/2025", "tháng 9/2025", "quý I/2026", "năm 2026". */
	public String text() {
		return switch (precision) {
			case DAY -> "ngày " + VietnameseDates.format(first);
			case MONTH -> "tháng " + first.getMonthValue() + "/" + first.getYear();
			case QUARTER -> "quý " + VietnameseDates.roman((first.getMonthValue() + 2) / 3) + "/" + first.getYear();
			case YEAR -> "năm " + first.getYear();
		};
	}
}

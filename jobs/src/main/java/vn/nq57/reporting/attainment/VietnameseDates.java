package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents print them: dd/MM/yyyy with leading zeros. */
public final class VietnameseDates {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private VietnameseDates() {
	}

	private static final DateTimeFormatter DAY_MONTH_YEAR_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

	public static String format(LocalDate date) {
		return DAY_MONTH_YEAR.format(date);
	}

	/** A moment as operators read it: dd/MM/yyyy HH:mm. */
	public static String format(LocalDateTime time) {
		return DAY_MONTH_YEAR_TIME.format(time);
	}

	/** Quarter numbers are written in Roman numerals ("quý II"). */
	public static String roman(int quarter) {
		return switch (quarter) {
			case 1 -> "I";
			case 2 -> "II";
			case 3 -> "III";
			case 4 -> "IV";
			default -> throw new IllegalArgumentException("Quý phải từ 1 đến 4, nhận được: " + quarter);
		};
	}

}

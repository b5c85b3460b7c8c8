package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents print them: dd/MM/yyyy with leading zeros. */
public final class VietnameseDates {

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private VietnameseDates() {
	}

	public static String format(LocalDate date) {
		return DAY_MONTH_YEAR.format(date);
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

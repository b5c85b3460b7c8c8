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

	/**
	 * The date line of a document as Decree 30/2020/NĐ-CP writes it: "ngày 05 tháng 01
	 * năm 2026", "ngày 27 tháng 5 năm 2026" — a 0 before days under 10 and before months
	 * 1 and 2 only.
	 */
	public static String documentDate(LocalDate date) {
		int month = date.getMonthValue();
		return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(),
				(month <= 2) ? "0" + month : String.valueOf(month), date.getYear());
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

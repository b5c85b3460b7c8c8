package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive span of days: both {@code from} and {@code to} belong to it. */
public record DateWindow(LocalDate from, LocalDate to) {

	public DateWindow {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Ngày kết thúc " + VietnameseDates.format(to) + " trước ngày bắt đầu "
					+ VietnameseDates.format(from));
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	/** Number of days, counting both ends. */
	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** "từ ngày 15/04/2026 đến ngày 14/05/2026". */
	public String text() {
		return "từ ngày " + VietnameseDates.format(from) + " đến ngày " + VietnameseDates.format(to);
	}
}

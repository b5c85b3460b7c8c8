package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** When a task is due, as the catalog's {@code deadline:} kinds say. */
public sealed interface TaskDeadline {

	/**
	 * The last day the task may be finished on, as seen from {@code period}: a yearly
	 * task is due in the period's year; ongoing and conditional tasks have no due date.
	 */
	Optional<LocalDate> dueDate(Period period);

	/** The time as a Vietnamese document prints it. */
	String text();

	/**
	 * Ongoing and yearly tasks are judged by activity in the period, not by completion.
	 */
	default boolean isRecurring() {
		return this instanceof Ongoing || this instanceof Yearly;
	}

	/** "Thường xuyên". */
	record Ongoing() implements TaskDeadline {
		@Override
		public Optional<LocalDate> dueDate(Period period) {
			return Optional.empty();
		}

		@Override
		public String text() {
			return "Thường xuyên";
		}
	}

	/**
	 * "Hằng năm", "Tháng 12 hằng năm".
	 *
	 * @param month the month it is due each year, or null for the end of the year
	 */
	record Yearly(Integer month) implements TaskDeadline {
		public Yearly {
			if (month != null && (month < 1 || month > 12)) {
				throw new IllegalArgumentException("Tháng phải từ 1 đến 12, nhận được: " + month);
			}
		}

		public static Yearly endOfYear() {
			return new Yearly(null);
		}

		@Override
		public Optional<LocalDate> dueDate(Period period) {
			return Optional.of(YearMonth.of(period.year(), month == null ? 12 : month).atEndOfMonth());
		}

		@Override
		public String text() {
			return month == null ? "Hằng năm" : "Tháng " + month + " hằng năm";
		}
	}

	/**
	 * "Quý I/2026", "12/2026", "Hoàn thành trước tháng 9/2025", "2026-2030".
	 *
	 * @param due the span the task must be finished in; its last day is the due date
	 * @param from where a span of years starts ("2026-2030"), or null
	 */
	record By(CalendarSpan due, CalendarSpan from) implements TaskDeadline {
		public By {
			Objects.requireNonNull(due, "due");
			if (from != null && from.first().isAfter(due.last())) {
				throw new IllegalArgumentException("Thời gian bắt đầu sau thời hạn hoàn thành");
			}
		}

		public static By of(CalendarSpan due) {
			return new By(due, null);
		}

		@Override
		public Optional<LocalDate> dueDate(Period period) {
			return Optional.of(due.last());
		}

		@Override
		public String text() {
			return from == null ? capitalised(due.text()) : capitalised(from.text()) + " – " + due.text();
		}

		private static String capitalised(String s) {
			return Character.toUpperCase(s.charAt(0)) + s.substring(1);
		}
	}

	/**
	 * "Sau khi có hướng dẫn của cấp trên": due once something happens, so never overdue
	 * here.
	 *
	 * @param text the condition as printed
	 */
	record Conditional(String text) implements TaskDeadline {
		public Conditional {
			Objects.requireNonNull(text, "text");
		}

		@Override
		public Optional<LocalDate> dueDate(Period period) {
			return Optional.empty();
		}
	}

	/**
	 * The plan prints no time for the task: never overdue, judged by what is reported.
	 */
	record Unspecified() implements TaskDeadline {
		@Override
		public Optional<LocalDate> dueDate(Period period) {
			return Optional.empty();
		}

		@Override
		public String text() {
			return "Không ghi thời hạn";
		}
	}

}

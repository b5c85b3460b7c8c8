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
	 * Ongoing, yearly and periodic tasks are judged by activity in the period, not by
	 * completion.
	 */
	default boolean isRecurring() {
		return this instanceof Ongoing || this instanceof Yearly || this instanceof Recurring;
	}

	/**
	 * Whether the plan prints this time itself; a deadline read from the plan's period
	 * and one the plan does not give at all are not printed, so reports list such tasks
	 * apart from overdue and on-time ones.
	 */
	default boolean printed() {
		return !(this instanceof PlanPeriod || this instanceof Unspecified);
	}

	/**
	 * The deadline a catalog types ({@code deadline: kind, value, from, month}).
	 * @param value for "by", the due span; for "plan_period", the plan's period end
	 * @param text the wording as printed (a condition's text), or null
	 * @throws IllegalArgumentException for a kind the catalog format does not define
	 */
	static TaskDeadline fromCatalog(String kind, String value, String from, Integer month, String text) {
		return switch ((kind == null) ? "" : kind) {
			case "ongoing" -> new Ongoing();
			case "yearly" -> new Yearly(month);
			case "recurring" -> new Recurring();
			case "by" -> new By(CalendarSpan.parse(value), (from != null) ? CalendarSpan.parse(from) : null);
			case "plan_period" -> new PlanPeriod(CalendarSpan.parse(value));
			case "conditional" -> new Conditional((text != null) ? text : "Theo điều kiện ghi trong kế hoạch");
			case "unspecified" -> new Unspecified();
			default -> throw new IllegalArgumentException("Loại thời hạn không hợp lệ: \"" + kind
					+ "\"; chỉ nhận ongoing, yearly, recurring, by, plan_period, conditional, unspecified");
		};
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
	 * "Định kỳ" without a stated period: recurring, judged by activity, never overdue.
	 */
	record Recurring() implements TaskDeadline {
		@Override
		public Optional<LocalDate> dueDate(Period period) {
			return Optional.empty();
		}

		@Override
		public String text() {
			return "Định kỳ";
		}
	}

	/**
	 * The plan prints no time for the task, and its own period (Yên Hòa's "6 tháng cuối
	 * năm 2025") is the fair reading: due at the period's end, printed as "trong kỳ kế
	 * hoạch".
	 *
	 * @param period the plan's period; its last day is the due date
	 */
	record PlanPeriod(CalendarSpan period) implements TaskDeadline {
		public PlanPeriod {
			Objects.requireNonNull(period, "period");
		}

		@Override
		public Optional<LocalDate> dueDate(Period ignored) {
			return Optional.of(period.last());
		}

		@Override
		public String text() {
			return "Trong kỳ kế hoạch (đến " + VietnameseDates.format(period.last()) + ")";
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
			return "Kế hoạch không ghi thời hạn";
		}
	}

}

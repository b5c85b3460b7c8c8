package vn.nq57.reporting.attainment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period (kỳ báo cáo).
 *
 * @param type the kind of report
 * @param year the year of the period; for ad hoc, the year of its last day
 * @param number month 1–12, quarter 1–4, half 1–2; 0 for annual and ad hoc; for a review
 * (sơ kết 3 năm, tổng kết 5 năm) its first year, {@code year} being its last
 * @param adHocDays the requested days of an ad hoc report, null for every other type
 */
public record Period(ReportType type, int year, int number, DateWindow adHocDays) {

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

	private static final Pattern HALF = Pattern.compile("(\\d{4})-[Hh]([12])");

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");

	private static final Pattern DAYS = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

	public Period {
		Objects.requireNonNull(type, "type");
		if (year < 1900 || year > 9999) {
			throw new IllegalArgumentException("Năm không hợp lệ: " + year);
		}
		int highest = switch (type) {
			case MONTHLY -> 12;
			case QUARTERLY -> 4;
			case HALF_YEAR -> 2;
			case ANNUAL, AD_HOC -> 0;
			case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> year - type.reviewYears() + 1;
		};
		int lowest = (highest == 0) ? 0 : type.isReview() ? highest : 1;
		if (type.isReview() && number != highest) {
			throw new IllegalArgumentException(type.vietnameseName() + " gồm " + type.reviewYears() + " năm: từ năm "
					+ highest + " đến năm " + year + ", không phải từ năm " + number);
		}
		if (number < lowest || number > highest) {
			throw new IllegalArgumentException(
					type.vietnameseName() + ": số kỳ " + number + " nằm ngoài khoảng " + lowest + "–" + highest);
		}
		if ((type == ReportType.AD_HOC) != (adHocDays != null)) {
			throw new IllegalArgumentException("Chỉ báo cáo đột xuất mới có khoảng ngày riêng");
		}
		if (adHocDays != null && adHocDays.to().getYear() != year) {
			throw new IllegalArgumentException("Năm của báo cáo đột xuất là năm của ngày cuối cùng");
		}
	}

	public static Period month(int year, int month) {
		return new Period(ReportType.MONTHLY, year, month, null);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(ReportType.QUARTERLY, year, quarter, null);
	}

	public static Period half(int year, int half) {
		return new Period(ReportType.HALF_YEAR, year, half, null);
	}

	public static Period annual(int year) {
		return new Period(ReportType.ANNUAL, year, 0, null);
	}

	/** A review of {@code type.reviewYears()} years from {@code firstYear}: 2025–2027. */
	public static Period review(ReportType type, int firstYear) {
		if (!type.isReview()) {
			throw new IllegalArgumentException(type.vietnameseName() + " không phải báo cáo sơ kết, tổng kết");
		}
		return new Period(type, firstYear + type.reviewYears() - 1, firstYear, null);
	}

	public static Period adHoc(LocalDate from, LocalDate to) {
		DateWindow days = new DateWindow(from, to);
		return new Period(ReportType.AD_HOC, to.getYear(), 0, days);
	}

	/**
	 * Reads the code of a period of the given type: 2026-05, 2026-Q2, 2026-H1, 2026,
	 * 2026-05-03..2026-06-10.
	 */
	public static Period parse(ReportType type, String code) {
		String text = code == null ? "" : code.trim();
		return switch (type) {
			case MONTHLY -> {
				Matcher m = matchOrFail(MONTH, text, type, "YYYY-MM (năm-tháng, ví dụ 2026-05)");
				int month = Integer.parseInt(m.group(2));
				if (month < 1 || month > 12) {
					throw new IllegalArgumentException("Tháng phải từ 01 đến 12, nhận được: \"" + code + "\"");
				}
				yield month(Integer.parseInt(m.group(1)), month);
			}
			case QUARTERLY -> {
				Matcher m = matchOrFail(QUARTER, text, type, "YYYY-Qn (năm-quý, n từ 1 đến 4, ví dụ 2026-Q2)");
				yield quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
			case HALF_YEAR -> {
				Matcher m = matchOrFail(HALF, text, type,
						"YYYY-H1 hoặc YYYY-H2 (6 tháng đầu năm hoặc 6 tháng cuối năm, ví dụ 2026-H1)");
				yield half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
			}
			case ANNUAL -> annual(Integer.parseInt(matchOrFail(YEAR, text, type, "YYYY (ví dụ 2026)").group(1)));
			case AD_HOC -> {
				Matcher m = matchOrFail(DAYS, text, type,
						"YYYY-MM-DD..YYYY-MM-DD (từ ngày..đến ngày, tính cả hai ngày, ví dụ 2026-05-03..2026-06-10)");
				LocalDate from = date(m.group(1), code);
				LocalDate to = date(m.group(2), code);
				if (to.isBefore(from)) {
					throw new IllegalArgumentException("Báo cáo đột xuất: ngày kết thúc " + VietnameseDates.format(to)
							+ " trước ngày bắt đầu " + VietnameseDates.format(from));
				}
				yield adHoc(from, to);
			}
			case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> {
				Matcher m = matchOrFail(YEARS, text, type, "YYYY-YYYY (năm đầu-năm cuối, " + type.reviewYears()
						+ " năm, ví dụ 2025-" + (2025 + type.reviewYears() - 1) + ")");
				Period review = review(type, Integer.parseInt(m.group(1)));
				if (review.year() != Integer.parseInt(m.group(2))) {
					throw new IllegalArgumentException(
							type.vietnameseName() + " gồm " + type.reviewYears() + " năm: từ năm " + m.group(1)
									+ " đến năm " + review.year() + ", nhận được: \"" + text + "\"");
				}
				yield review;
			}
		};
	}

	/** The machine form, the inverse of {@link #parse}. */
	public String code() {
		return switch (type) {
			case MONTHLY -> String.format(Locale.ROOT, "%04d-%02d", year, number);
			case QUARTERLY -> year + "-Q" + number;
			case HALF_YEAR -> year + "-H" + number;
			case ANNUAL -> Integer.toString(year);
			case AD_HOC -> adHocDays.from() + ".." + adHocDays.to();
			case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> number + "-" + year;
		};
	}

	/**
	 * How the period is named in a document: "tháng 5 năm 2026", "quý II năm 2026", ...
	 */
	public String label() {
		return switch (type) {
			case MONTHLY -> "tháng " + number + " năm " + year;
			case QUARTERLY -> "quý " + VietnameseDates.roman(number) + " năm " + year;
			case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
			case ANNUAL -> "năm " + year;
			case AD_HOC -> adHocDays.text();
			case THREE_YEAR_REVIEW -> "sơ kết 3 năm " + number + " - " + year;
			case FIVE_YEAR_REVIEW -> "tổng kết 5 năm " + number + " - " + year;
		};
	}

	/** The calendar days the period names (May 2026 is 1–31 May), not its data window. */
	public DateWindow calendarDays() {
		if (type == ReportType.AD_HOC) {
			return adHocDays;
		}
		return new DateWindow(firstMonth().atDay(1), lastMonth().atEndOfMonth());
	}

	public boolean contains(LocalDate date) {
		return calendarDays().contains(date);
	}

	/**
	 * The days whose data the report covers; an ad hoc report covers exactly its
	 * requested days.
	 */
	public DateWindow dataWindow(DataWindowPolicy policy) {
		if (type == ReportType.AD_HOC) {
			return adHocDays;
		}
		return policy.window(firstMonth(), lastMonth());
	}

	/**
	 * When the report is due. The second half-year report shares the annual report's
	 * deadline (before 30 November), because the plans only set one for the first half;
	 * an ad hoc report's deadline comes with the request, so none is computed here.
	 */
	public Optional<Deadline> deadline() {
		return switch (type) {
			case MONTHLY -> Optional.of(Deadline.before(YearMonth.of(year, number).atDay(20)));
			case QUARTERLY -> Optional.of(Deadline.before(lastMonth().atDay(10)));
			case HALF_YEAR -> Optional.of(Deadline
				.before(number == 1 ? LocalDate.of(year, Month.JUNE, 10) : LocalDate.of(year, Month.NOVEMBER, 30)));
			case ANNUAL, THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW ->
				Optional.of(Deadline.before(LocalDate.of(year, Month.NOVEMBER, 30)));
			case AD_HOC -> Optional.empty();
		};
	}

	/**
	 * True when the report is due before its data window closes, so its figures are
	 * estimates.
	 */
	public boolean estimatedAtDeadline(DataWindowPolicy policy) {
		DateWindow window = dataWindow(policy);
		return deadline().map(d -> d.lastDay().isBefore(window.to())).orElse(false);
	}

	/**
	 * The period of the same type just before this one: January → December of the year
	 * before, Q1 → Q4, H1 → H2 of the year before, H2 → H1 of the same year; an ad hoc
	 * period → the same number of days ending the day before it starts.
	 */
	public Period previous() {
		return switch (type) {
			case MONTHLY -> {
				YearMonth before = YearMonth.of(year, number).minusMonths(1);
				yield month(before.getYear(), before.getMonthValue());
			}
			case QUARTERLY -> number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
			case HALF_YEAR -> number == 1 ? half(year - 1, 2) : half(year, 1);
			case ANNUAL -> annual(year - 1);
			case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> review(type, number - type.reviewYears());
			case AD_HOC -> {
				LocalDate to = adHocDays.from().minusDays(1);
				yield adHoc(to.minusDays(adHocDays.days() - 1), to);
			}
		};
	}

	/**
	 * The year a plan starts, from its printed date (YYYY, YYYY-MM or YYYY-MM-DD): the
	 * year its reviews are counted from.
	 */
	public static Optional<Integer> planYear(String planDate) {
		String date = (planDate != null) ? planDate.strip() : "";
		return date.matches("\\d{4}(-.*)?") ? Optional.of(Integer.parseInt(date.substring(0, 4))) : Optional.empty();
	}

	/**
	 * Whether this is a plan's first review, which has no review before it and compares
	 * with the plan's start instead: the review before it would begin before the plan's
	 * year (2025–2027 of a plan of 2025).
	 */
	public boolean comparesWithPlanStart(String planDate) {
		return this.type.isReview() && planYear(planDate).map(y -> previous().number() < y).orElse(false);
	}

	/**
	 * The same period a year earlier (cùng kỳ năm trước): May 2026 → May 2025, Q2 → Q2,
	 * H1 → H1, a year → the year before; an ad hoc period → the same days a year earlier
	 * (29 February → 28 February).
	 */
	public Period sameTimeLastYear() {
		return switch (type) {
			case MONTHLY -> month(year - 1, number);
			case QUARTERLY -> quarter(year - 1, number);
			case HALF_YEAR -> half(year - 1, number);
			case ANNUAL -> annual(year - 1);
			// a review has no same period a year earlier: the span before it
			case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> previous();
			case AD_HOC -> adHoc(adHocDays.from().minusYears(1), adHocDays.to().minusYears(1));
		};
	}

	private YearMonth firstMonth() {
		return switch (type) {
			case MONTHLY -> YearMonth.of(year, number);
			case QUARTERLY -> YearMonth.of(year, number * 3 - 2);
			case HALF_YEAR -> YearMonth.of(year, number == 1 ? 1 : 7);
			case ANNUAL -> YearMonth.of(year, 1);
			case THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> YearMonth.of(number, 1);
			case AD_HOC -> YearMonth.from(adHocDays.from());
		};
	}

	private YearMonth lastMonth() {
		return switch (type) {
			case MONTHLY -> YearMonth.of(year, number);
			case QUARTERLY -> YearMonth.of(year, number * 3);
			case HALF_YEAR -> YearMonth.of(year, number == 1 ? 6 : 12);
			case ANNUAL, THREE_YEAR_REVIEW, FIVE_YEAR_REVIEW -> YearMonth.of(year, 12);
			case AD_HOC -> YearMonth.from(adHocDays.to());
		};
	}

	private static Matcher matchOrFail(Pattern pattern, String text, ReportType type, String expected) {
		Matcher m = pattern.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("Kỳ của " + type.vietnameseName().toLowerCase(Locale.ROOT)
					+ " phải có dạng " + expected + ", nhận được: \"" + text + "\"");
		}
		return m;
	}

	private static LocalDate date(String text, String code) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException e) {
			throw new IllegalArgumentException("Ngày không tồn tại: \"" + text + "\" trong \"" + code + "\"", e);
		}
	}

	@Override
	public String toString() {
		return type.cliName() + " " + code();
	}
}

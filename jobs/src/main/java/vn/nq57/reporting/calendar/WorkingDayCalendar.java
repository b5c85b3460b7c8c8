package vn.nq57.reporting.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

import vn.nq57.reporting.system.ConfigFiles;

/**
 * Working days of state bodies: Monday to Friday, less the year's days off, plus its
 * swapped working Saturdays, as kept per year in {@code schedules/holidays/<year>.yaml}.
 * A year with no file is an error, never a guess: a schedule must not silently fire on
 * Tết.
 */
public class WorkingDayCalendar {

	private final IntFunction<Optional<HolidayYear>> source;

	private final Map<Integer, HolidayYear> years = new ConcurrentHashMap<>();

	public WorkingDayCalendar(IntFunction<Optional<HolidayYear>> source) {
		this.source = source;
	}

	/**
	 * The calendar of the holiday files on the classpath
	 * ({@code /schedules/holidays/<year>.yaml}).
	 */
	public static WorkingDayCalendar fromClasspath() {
		return from(ConfigFiles.bundled());
	}

	/**
	 * The calendar of the holiday files of the configuration folder, else of the jar's
	 * copies. A year is read the first time it is needed; a year with no file is looked
	 * for again each time, so a file added for next year is seen without a restart.
	 */
	public static WorkingDayCalendar from(ConfigFiles files) {
		HolidayFileReader reader = new HolidayFileReader();
		return new WorkingDayCalendar(year -> files.find("schedules/holidays/" + year + ".yaml").map(file -> {
			HolidayYear holidays = reader.read(file.name(), file.text());
			if (holidays.year() != year) {
				throw new ScheduleDataException(file.name(), "year", "ghi năm " + holidays.year() + ", khác tên tệp");
			}
			return holidays;
		}));
	}

	public HolidayYear year(int year) {
		return this.years.computeIfAbsent(year,
				y -> this.source.apply(y)
					.orElseThrow(() -> new ScheduleDataException("schedules/holidays/" + y + ".yaml", "",
							"chưa có lịch ngày nghỉ lễ, Tết năm " + y
									+ ": thêm tệp này (ngày nghỉ và ngày làm bù theo thông báo "
									+ "của Chính phủ) trước khi lập lịch cho năm đó")));
	}

	public boolean isWorkingDay(LocalDate day) {
		HolidayYear holidays = year(day.getYear());
		if (holidays.workingDays().containsKey(day)) {
			return true;
		}
		if (holidays.daysOff().containsKey(day)) {
			return false;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/**
	 * Why a day is not worked ("Chủ nhật", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"), empty on
	 * a working day.
	 */
	public Optional<String> dayOffName(LocalDate day) {
		if (isWorkingDay(day)) {
			return Optional.empty();
		}
		String holiday = year(day.getYear()).daysOff().get(day);
		if (holiday != null) {
			return Optional.of(holiday);
		}
		return Optional.of(day.getDayOfWeek() == DayOfWeek.SATURDAY ? "thứ Bảy" : "Chủ nhật");
	}

	/** The day itself when worked, otherwise the last working day before it. */
	public LocalDate onOrBefore(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	/** The day itself when worked, otherwise the first working day after it. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/**
	 * The working day {@code count} working days before {@code day} (which need not be
	 * worked itself).
	 */
	public LocalDate workingDaysBefore(LocalDate day, int count) {
		LocalDate d = onOrBefore(day);
		for (int i = 0; i < count; i++) {
			d = onOrBefore(d.minusDays(1));
		}
		return d;
	}

	/** The working day {@code count} working days after {@code day}. */
	public LocalDate workingDaysAfter(LocalDate day, int count) {
		LocalDate d = onOrAfter(day);
		for (int i = 0; i < count; i++) {
			d = onOrAfter(d.plusDays(1));
		}
		return d;
	}

}

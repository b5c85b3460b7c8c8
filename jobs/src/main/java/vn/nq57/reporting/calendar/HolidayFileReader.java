package vn.nq57.reporting.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads one year's holiday file ({@code schedules/holidays/<year>.yaml}); any problem
 * names file and field.
 */
public class HolidayFileReader {

	@SuppressWarnings("unchecked")
	public HolidayYear read(String file, String text) {
		Object loaded = new Load(LoadSettings.builder().build()).loadFromString(text);
		if (!(loaded instanceof Map<?, ?> root)) {
			throw new ScheduleDataException(file, "", "cần các trường year, status, days_off, working_days");
		}
		int year = integer(file, "year", root.get("year"));
		Object status = root.get("status");
		if (!"announced".equals(status) && !"provisional".equals(status)) {
			throw new ScheduleDataException(file, "status",
					"phải là announced (đã có thông báo của Chính phủ) hoặc provisional (tạm tính), nhận được: "
							+ status);
		}
		Map<LocalDate, String> daysOff = days(file, year, "days_off", root.get("days_off"));
		Map<LocalDate, String> workingDays = days(file, year, "working_days", root.get("working_days"));
		workingDays.forEach((day, name) -> {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				throw new ScheduleDataException(file, "working_days",
						"ngày làm bù " + day + " không phải thứ Bảy hay Chủ nhật");
			}
			if (daysOff.containsKey(day)) {
				throw new ScheduleDataException(file, "working_days",
						"ngày " + day + " vừa là ngày nghỉ vừa là ngày làm bù");
			}
		});
		return new HolidayYear(year, "provisional".equals(status), daysOff, workingDays);
	}

	private static Map<LocalDate, String> days(String file, int year, String field, Object value) {
		Map<LocalDate, String> days = new LinkedHashMap<>();
		if (value == null) {
			return days;
		}
		if (!(value instanceof List<?> list)) {
			throw new ScheduleDataException(file, field,
					"cần một danh sách các mục { date: YYYY-MM-DD, name: \"...\" }");
		}
		for (int i = 0; i < list.size(); i++) {
			String where = field + "[" + (i + 1) + "]";
			if (!(list.get(i) instanceof Map<?, ?> entry)) {
				throw new ScheduleDataException(file, where, "cần { date: YYYY-MM-DD, name: \"...\" }");
			}
			LocalDate date;
			try {
				date = LocalDate.parse(String.valueOf(entry.get("date")));
			}
			catch (DateTimeException ex) {
				throw new ScheduleDataException(file, where + ".date",
						"ngày không hợp lệ \"" + entry.get("date") + "\" (cần YYYY-MM-DD)");
			}
			if (date.getYear() != year) {
				throw new ScheduleDataException(file, where + ".date", "ngày " + date + " không thuộc năm " + year);
			}
			Object name = entry.get("name");
			if (name == null || String.valueOf(name).isBlank()) {
				throw new ScheduleDataException(file, where + ".name", "thiếu tên ngày nghỉ");
			}
			if (days.put(date, String.valueOf(name)) != null) {
				throw new ScheduleDataException(file, where + ".date", "ngày " + date + " bị ghi hai lần");
			}
		}
		return days;
	}

	private static int integer(String file, String field, Object value) {
		if (value instanceof Number number) {
			return number.intValue();
		}
		throw new ScheduleDataException(file, field, "cần một số năm, ví dụ 2026; nhận được: " + value);
	}

}

package vn.nq57.reporting.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.calendar.HolidayYear;
import vn.nq57.reporting.calendar.ScheduleDataException;
import vn.nq57.reporting.calendar.WorkingDayCalendar;

/**
 * The holiday files: WARNING when this year's is missing or unreadable, and from 1
 * November when next year's is missing or still provisional (schedules of January would
 * otherwise stop, or fire on a day off).
 */
@Component("holidays")
class HolidayFileHealthIndicator implements HealthIndicator {

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	HolidayFileHealthIndicator(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public Health health() {
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear();
		Health.Builder health = Health.up();
		String thisYear = describe(year);
		health.withDetail(String.valueOf(year), thisYear);
		if (!thisYear.startsWith("có")) {
			health.status(HealthStatuses.WARNING);
		}
		if (today.getMonth() == Month.NOVEMBER || today.getMonth() == Month.DECEMBER) {
			String nextYear = describe(year + 1);
			health.withDetail(String.valueOf(year + 1), nextYear);
			if (!nextYear.startsWith("có")) {
				health.status(HealthStatuses.WARNING);
			}
		}
		return health.build();
	}

	private String describe(int year) {
		try {
			HolidayYear holidays = this.calendar.year(year);
			return holidays.provisional() ? "tạm tính (chưa có thông báo của Chính phủ)" : "có, đã công bố";
		}
		catch (ScheduleDataException ex) {
			return "thiếu hoặc lỗi: " + ex.getMessage();
		}
	}

}

package vn.nq57.reporting.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportingZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose own time zone is not Vietnam's (RELIABILITY.md, "Schedules"): the runs
 * still fire at their Asia/Ho_Chi_Minh times, the same instants whatever the JVM's
 * default zone.
 */
@Tag("faults")
class ServerTimeZoneDrillTests {

	private final TimeZone original = TimeZone.getDefault();

	@AfterEach
	void restoreTheZone() {
		TimeZone.setDefault(this.original);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTC", "America/New_York", "Pacific/Kiritimati", "Asia/Ho_Chi_Minh" })
	void runsFireAtEightInTheMorningVietnamTimeWhateverTheServersZone(String zone) {
		TimeZone.setDefault(TimeZone.getTimeZone(zone));
		WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath();
		SchedulePlanner planner = new SchedulePlanner(new ReportSchedules(), calendar,
				new UnitDeadlines(calendar, new DataWindowPolicy(15)));

		ZonedDateTime fireAt = planner.runOf(Period.month(2026, 11)).orElseThrow().fireAt();

		assertThat(fireAt.getZone()).isEqualTo(ReportingZone.ZONE);
		assertThat(fireAt.toInstant()).isEqualTo(Instant.parse("2026-11-17T01:00:00Z"));
		assertThat(LocalDateTime.ofInstant(fireAt.toInstant(), ReportingZone.ZONE).getHour()).isEqualTo(8);
	}

}

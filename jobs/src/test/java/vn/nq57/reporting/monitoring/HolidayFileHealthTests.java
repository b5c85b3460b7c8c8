package vn.nq57.reporting.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import vn.nq57.reporting.calendar.HolidayYear;
import vn.nq57.reporting.calendar.WorkingDayCalendar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Next year's holiday file is watched from 1 November: missing or provisional then, the
 * health says WARNING and which year.
 */
class HolidayFileHealthTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Test
	void beforeNovemberOnlyThisYearsFileCounts() {
		Health health = healthOn(LocalDate.of(2026, 10, 31), Map.of(2026, false));

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsOnlyKeys("2026");
	}

	@Test
	void fromNovemberAMissingNextYearIsAWarning() {
		Health health = healthOn(LocalDate.of(2026, 11, 1), Map.of(2026, false));

		assertThat(health.getStatus().getCode()).isEqualTo("WARNING");
		assertThat((String) health.getDetails().get("2027")).startsWith("thiếu hoặc lỗi");
	}

	@Test
	void fromNovemberAProvisionalNextYearIsAWarningAndAnAnnouncedOneIsNot() {
		assertThat(healthOn(LocalDate.of(2026, 12, 20), Map.of(2026, false, 2027, true)).getStatus().getCode())
			.isEqualTo("WARNING");
		assertThat(healthOn(LocalDate.of(2026, 12, 20), Map.of(2026, false, 2027, false)).getStatus())
			.isEqualTo(Status.UP);
	}

	@Test
	void aMissingFileForThisYearIsAWarningAllYear() {
		assertThat(healthOn(LocalDate.of(2028, 3, 1), Map.of(2027, false)).getStatus().getCode()).isEqualTo("WARNING");
	}

	/** years: which files exist, and whether each is provisional */
	private static Health healthOn(LocalDate day, Map<Integer, Boolean> years) {
		WorkingDayCalendar calendar = new WorkingDayCalendar(year -> Optional.ofNullable(years.get(year))
			.map(provisional -> new HolidayYear(year, provisional, Map.of(), Map.of())));
		Clock clock = Clock.fixed(day.atTime(9, 0).atZone(VIETNAM).toInstant(), VIETNAM);
		return new HolidayFileHealthIndicator(calendar, clock).health();
	}

}

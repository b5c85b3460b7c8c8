package vn.nq57.reporting.schedule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the working-day calendar (holiday files on the classpath) and the schedule
 * planner.
 */
@Configuration(proxyBeanMethods = false)
public class ScheduleConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar() {
		return WorkingDayCalendar.fromClasspath();
	}

	@Bean
	SchedulePlanner schedulePlanner(ReportSchedules schedules, WorkingDayCalendar calendar) {
		return new SchedulePlanner(schedules, calendar);
	}

}

package vn.nq57.reporting.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.system.ConfigFiles;

/**
 * Wires the working-day calendar (holiday files of the configuration folder, else the
 * jar's), the data windows, the units' deadline rule and the schedule planner.
 */
@Configuration(proxyBeanMethods = false)
public class CalendarConfiguration {

	@Bean
	WorkingDayCalendar workingDayCalendar(ConfigFiles files) {
		return WorkingDayCalendar.from(files);
	}

	@Bean
	DataWindowPolicy dataWindowPolicy(CalendarProperties properties) {
		return new DataWindowPolicy(properties.cutOffDay());
	}

	@Bean
	UnitDeadlines unitDeadlines(WorkingDayCalendar calendar, DataWindowPolicy windows, ReportSchedules schedules) {
		return new UnitDeadlines(calendar, windows, schedules);
	}

	@Bean
	SchedulePlanner schedulePlanner(ReportSchedules schedules, WorkingDayCalendar calendar,
			UnitDeadlines unitDeadlines) {
		return new SchedulePlanner(schedules, calendar, unitDeadlines);
	}

}

package vn.nq57.reporting.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data windows of Decree 09/2019/NĐ-CP: each period's data runs from the
 * {@code cutOffDay} of the month before to the day before it in the period's last month
 * ({@code reports.data-window.cut-off-day}, 15 by default).
 */
@ConfigurationProperties("reports.data-window")
public record CalendarProperties(Integer cutOffDay) {

	public CalendarProperties {
		if (cutOffDay == null) {
			cutOffDay = 15;
		}
	}

}

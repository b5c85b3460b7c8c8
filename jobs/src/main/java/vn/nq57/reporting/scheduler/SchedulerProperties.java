package vn.nq57.reporting.scheduler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler ({@code reports.scheduler.*}): whether this process fires schedules (only
 * {@code ./reports scheduler} or {@code serve} with the scheduler on), and how far back
 * the deadline watch looks for due reports that were never sent.
 */
@ConfigurationProperties("reports.scheduler")
public record SchedulerProperties(@DefaultValue("false") boolean enabled,
		@DefaultValue("P40D") Duration missedLookback) {
}

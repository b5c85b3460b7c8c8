package vn.nq57.reporting.scheduler;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler ({@code reports.scheduler.*}): whether this process fires schedules (only
 * {@code ./reports scheduler} or {@code serve} with the scheduler on), and how far back
 * the deadline watch looks for due reports that were never sent.
 *
 * @param noMail a trial without an SMTP server: reports are written as .eml files (which
 * never count as delivered); without it a scheduler with no SMTP server refuses to start
 * @param maxAttempts how many times a plan's scheduled run is tried (a run skipped
 * because another was in progress, or failed), never after the report's last day to send
 * @param retryDelay the wait before a skipped or failed plan's run is tried again
 * @param loopLease how long a scheduled run's loop may go without its node renewing it
 * before another node (or the next start) takes up the plans it left
 * @param loopHeartbeat how often a node renews the plans its loop holds
 */
@ConfigurationProperties("reports.scheduler")
public record SchedulerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("P40D") Duration missedLookback,
		@DefaultValue("false") boolean noMail, @DefaultValue("3") int maxAttempts,
		@DefaultValue("PT10M") Duration retryDelay, @DefaultValue("PT5M") Duration loopLease,
		@DefaultValue("PT30S") Duration loopHeartbeat) {
}

package vn.nq57.reporting.monitoring;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.scheduler.SchedulerProperties;

/**
 * The scheduler: DOWN when this process should fire schedules
 * ({@code reports.scheduler.enabled}) and Quartz is not running; UP with
 * {@code enabled=false} when schedules are left to another process.
 */
@Component("scheduler")
class SchedulerHealthIndicator implements HealthIndicator {

	private final Scheduler scheduler;

	private final SchedulerProperties properties;

	SchedulerHealthIndicator(Scheduler scheduler, SchedulerProperties properties) {
		this.scheduler = scheduler;
		this.properties = properties;
	}

	@Override
	public Health health() {
		if (!this.properties.enabled()) {
			return Health.up().withDetail("enabled", false).build();
		}
		try {
			boolean running = this.scheduler.isStarted() && !this.scheduler.isInStandbyMode()
					&& !this.scheduler.isShutdown();
			return (running ? Health.up() : Health.down()).withDetail("enabled", true)
				.withDetail("instance", this.scheduler.getSchedulerInstanceId())
				.withDetail("running", running)
				.build();
		}
		catch (SchedulerException ex) {
			return Health.down(ex).withDetail("enabled", true).build();
		}
	}

}

package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.quartz.SchedulerException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With reports.scheduler.enabled=true (a long-running service), the triggers are set up
 * at start-up.
 */
@Component
@ConditionalOnProperty(name = "reports.scheduler.enabled", havingValue = "true")
class SchedulerStarter {

	private final ScheduleTriggers triggers;

	private final Clock clock;

	SchedulerStarter(ScheduleTriggers triggers, Clock clock) {
		this.clock = clock;
		this.triggers = triggers;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureTriggers() throws SchedulerException {
		this.triggers.ensureTriggers(ZonedDateTime.now(this.clock));
	}

}

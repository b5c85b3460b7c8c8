package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With reports.scheduler.enabled=true (a long-running service, {@code serve}), the
 * triggers are set up at start-up; without an SMTP server the application does not start
 * unless {@code reports.scheduler.no-mail=true} (a trial).
 */
@Component
@ConditionalOnProperty(name = "reports.scheduler.enabled", havingValue = "true")
class SchedulerStarter {

	private static final Logger log = LoggerFactory.getLogger(SchedulerStarter.class);

	private final ScheduleTriggers triggers;

	private final Clock clock;

	/**
	 * Refuses to start without an SMTP server unless a trial, before Quartz starts (so no
	 * trigger fires first).
	 */
	SchedulerStarter(ScheduleTriggers triggers, SchedulerMailCheck mailCheck, SchedulerProperties properties,
			Clock clock) {
		this.clock = clock;
		this.triggers = triggers;
		mailCheck.check(properties.noMail()).ifPresent(log::warn);
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureTriggers() throws SchedulerException {
		this.triggers.ensureTriggers(ZonedDateTime.now(this.clock));
	}

}

package vn.nq57.reporting.monitoring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.MessageStatus;

/**
 * The outbox: its backlog (messages waiting or being sent) and the messages an operator
 * must look at (failed, or uncertain whether sent). Any of the latter makes it WARNING
 * (answered with 200: the service works, someone must act).
 */
@Component("outbox")
class OutboxHealthIndicator implements HealthIndicator {

	private final DatabaseCounts counts;

	OutboxHealthIndicator(DatabaseCounts counts) {
		this.counts = counts;
	}

	@Override
	public Health health() {
		long backlog = this.counts.outbox(MessageStatus.PENDING.name())
				+ this.counts.outbox(MessageStatus.SENDING.name());
		long failed = this.counts.outbox(MessageStatus.FAILED.name());
		long uncertain = this.counts.outbox(MessageStatus.UNCERTAIN.name());
		Health.Builder health = (failed + uncertain > 0) ? Health.status(HealthStatuses.WARNING) : Health.up();
		return health.withDetail("backlog", backlog)
			.withDetail("failed", failed)
			.withDetail("uncertain", uncertain)
			.build();
	}

}

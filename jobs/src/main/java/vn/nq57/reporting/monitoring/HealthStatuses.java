package vn.nq57.reporting.monitoring;

import org.springframework.boot.health.contributor.Status;

/**
 * WARNING: working, but an operator must act (failed messages, next year's holiday file
 * missing). Ordered between DOWN and UP, answered with 200
 * ({@code management.endpoint.health.status.*} in application.properties).
 */
final class HealthStatuses {

	static final Status WARNING = new Status("WARNING");

	private HealthStatuses() {
	}

}

package vn.nq57.reporting.run;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports run: {@code reports.batch.threads} plans side by side, and
 * {@code reports.run-claim.expiry} after which a claim whose holder stopped renewing it
 * (every {@code reports.run-claim.heartbeat}) is taken over.
 */
@ConfigurationProperties("reports")
public record RunProperties(@DefaultValue Batch batch, @DefaultValue RunClaim runClaim) {

	public record Batch(@DefaultValue("2") int threads) {
	}

	/**
	 * @param expiry how long a claim may go without renewal before another process takes
	 * it over
	 * @param heartbeat how often a process renews the claims it holds
	 */
	public record RunClaim(@DefaultValue("PT5M") Duration expiry, @DefaultValue("PT30S") Duration heartbeat) {
	}

}

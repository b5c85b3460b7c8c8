package vn.nq57.reporting.run;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reports run: {@code reports.batch.threads} plans side by side, and
 * {@code reports.run-claim.expiry} after which a claim whose holder stopped renewing it
 * is taken over.
 */
@ConfigurationProperties("reports")
public record RunProperties(@DefaultValue Batch batch, @DefaultValue RunClaim runClaim) {

	public record Batch(@DefaultValue("2") int threads) {
	}

	public record RunClaim(@DefaultValue("PT2H") Duration expiry) {
	}

}

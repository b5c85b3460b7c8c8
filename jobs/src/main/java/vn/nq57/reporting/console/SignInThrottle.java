package vn.nq57.reporting.console;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Failed sign-ins per client address, as Bucket4j token buckets: each failure takes a
 * token, {@code addressMaxFailures} tokens come back every {@code addressWindow}, and an
 * address with none left is refused before any password is checked. Kept in memory, per
 * node (a bounded Caffeine cache: at most 100,000 addresses, each forgotten after a
 * window without failures).
 */
public class SignInThrottle {

	private final Cache<String, Bucket> buckets;

	private final SignInSettings settings;

	public SignInThrottle(SignInSettings settings) {
		this.settings = settings;
		this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(settings.addressWindow()).build();
	}

	/** How long the address must wait, when it has used up its failures. */
	public Optional<Duration> refusal(String address) {
		Bucket bucket = this.buckets.getIfPresent(address);
		if (bucket == null) {
			return Optional.empty();
		}
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? Optional.empty()
				: Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Counts a failure; true when it used the address's last one. */
	public boolean failed(String address) {
		ConsumptionProbe probe = this.buckets.get(address, key -> newBucket()).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() && probe.getRemainingTokens() == 0;
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(this.settings.addressMaxFailures())
				.refillIntervally(this.settings.addressMaxFailures(), this.settings.addressWindow()))
			.build();
	}

}

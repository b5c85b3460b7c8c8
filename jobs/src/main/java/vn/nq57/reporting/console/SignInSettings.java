package vn.nq57.reporting.console;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Protection against password guessing ({@code reports.security.sign-in.*}), on the
 * console's sign-in form and the API's HTTP Basic alike.
 *
 * @param maxFailures failed sign-ins in a row after which an account name is locked
 * @param lockDuration how long the lock lasts; zero: until an ADMIN unlocks it
 * @param failureWindow a failure further than this after the previous one starts the
 * count again
 * @param addressMaxFailures failed sign-ins one client address may make per
 * {@code addressWindow} before its further attempts are refused unchecked
 * @param addressWindow the period over which an address's failures are counted
 */
@ConfigurationProperties("reports.security.sign-in")
public record SignInSettings(int maxFailures, Duration lockDuration, Duration failureWindow, int addressMaxFailures,
		Duration addressWindow) {

	public SignInSettings {
		if (maxFailures <= 0) {
			maxFailures = 5;
		}
		if (lockDuration == null || lockDuration.isNegative()) {
			lockDuration = Duration.ofMinutes(15);
		}
		if (failureWindow == null || failureWindow.isNegative() || failureWindow.isZero()) {
			failureWindow = Duration.ofDays(1);
		}
		if (addressMaxFailures <= 0) {
			addressMaxFailures = 20;
		}
		if (addressWindow == null || addressWindow.isNegative() || addressWindow.isZero()) {
			addressWindow = Duration.ofMinutes(10);
		}
	}

	/** Locks last until an ADMIN lifts them. */
	public boolean locksUntilUnlocked() {
		return this.lockDuration.isZero();
	}

}

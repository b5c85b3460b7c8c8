package vn.nq57.reporting.console;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Locks an account name after repeated failed sign-ins, in the database, so that every
 * node and every process (./reports user unlock) sees the same locks. Names are counted
 * whether or not a user has them: a lock tells nothing about which names exist.
 */
@Component
public class SignInLocks {

	/** Longer names cannot be users (console_user.username is VARCHAR(100)). */
	static final int MAX_NAME_LENGTH = 100;

	private final SignInFailureMapper failures;

	private final SignInSettings settings;

	private final Clock clock;

	@Autowired
	public SignInLocks(SignInFailureMapper failures, SignInSettings settings) {
		this(failures, settings, Clock.systemUTC());
	}

	SignInLocks(SignInFailureMapper failures, SignInSettings settings, Clock clock) {
		this.failures = failures;
		this.settings = settings;
		this.clock = clock;
	}

	/** The name's failures and lock, or null when it has none. */
	public SignInFailure state(String username) {
		return counted(username) ? this.failures.find(username) : null;
	}

	public boolean isLocked(SignInFailure state) {
		return state != null && state.lockedAt(now(), this.settings.lockDuration());
	}

	/** Counts a failure; true when it locked the name. */
	public boolean failed(String username, String address) {
		if (!counted(username)) {
			return false;
		}
		LocalDateTime now = now();
		this.failures.deleteStale(now.minus(this.settings.failureWindow()),
				this.settings.locksUntilUnlocked() ? null : now.minus(this.settings.lockDuration()));
		this.failures.recordFailure(username, address, now, now.minus(this.settings.failureWindow()));
		return this.failures.lockIfReached(username, this.settings.maxFailures(), now) == 1;
	}

	/** A successful sign-in: the count starts again. */
	public void succeeded(String username, SignInFailure state) {
		if (state != null) {
			this.failures.delete(username);
		}
	}

	/**
	 * Lifts the lock and forgets the failures; true when there was anything to forget.
	 */
	public boolean unlock(String username) {
		return counted(username) && this.failures.delete(username) == 1;
	}

	private static boolean counted(String username) {
		return username != null && !username.isEmpty() && username.length() <= MAX_NAME_LENGTH;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock.withZone(ReportingZone.ZONE));
	}

}

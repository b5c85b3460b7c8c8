package vn.nq57.reporting.console;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The failed sign-ins counted against one account name (which need not be a user's), and
 * its lock, if any.
 */
public record SignInFailure(String username, int failures, LocalDateTime lastFailedAt, String lastAddress,
		LocalDateTime lockedAt) {

	/**
	 * Until when the name is locked at {@code now}; {@link LocalDateTime#MAX} for a lock
	 * that lasts until an ADMIN lifts it; null when it is not locked.
	 */
	public LocalDateTime lockedUntil(LocalDateTime now, Duration lockDuration) {
		if (this.lockedAt == null) {
			return null;
		}
		if (lockDuration.isZero()) {
			return LocalDateTime.MAX;
		}
		LocalDateTime until = this.lockedAt.plus(lockDuration);
		return until.isAfter(now) ? until : null;
	}

	public boolean lockedAt(LocalDateTime now, Duration lockDuration) {
		return lockedUntil(now, lockDuration) != null;
	}

}

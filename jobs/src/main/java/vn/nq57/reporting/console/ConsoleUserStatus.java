package vn.nq57.reporting.console;

import java.time.LocalDateTime;

/**
 * A user as an ADMIN sees it: role, unit, whether enabled, and its failed sign-ins and
 * lock.
 */
public record ConsoleUserStatus(String username, String role, String planCode, String unitCode, boolean enabled,
		int failures, LocalDateTime lastFailedAt, String lastAddress, LocalDateTime lockedAt) {

	/** Its failed sign-ins and lock, or null when it has none. */
	public SignInFailure failure() {
		return (this.lastFailedAt == null) ? null
				: new SignInFailure(this.username, this.failures, this.lastFailedAt, this.lastAddress, this.lockedAt);
	}

}

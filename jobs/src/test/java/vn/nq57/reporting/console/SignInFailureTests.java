package vn.nq57.reporting.console;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a lock put on an account name by failed sign-ins ends. */
class SignInFailureTests {

	private static final LocalDateTime LOCKED_AT = LocalDateTime.of(2026, 5, 4, 9, 0);

	private final SignInFailure locked = new SignInFailure("nguoi-dung", 0, LOCKED_AT, "10.0.0.1", LOCKED_AT);

	@Test
	void aLockLastsItsDurationAndThenEndsByItself() {
		Duration fifteenMinutes = Duration.ofMinutes(15);

		assertThat(this.locked.lockedUntil(LOCKED_AT.plusMinutes(14), fifteenMinutes))
			.isEqualTo(LOCKED_AT.plusMinutes(15));
		assertThat(this.locked.lockedAt(LOCKED_AT.plusMinutes(15), fifteenMinutes)).isFalse();
	}

	@Test
	void aZeroDurationLocksUntilAnAdministratorUnlocks() {
		assertThat(this.locked.lockedUntil(LOCKED_AT.plusYears(1), Duration.ZERO)).isEqualTo(LocalDateTime.MAX);
	}

	@Test
	void failuresWithoutALockLockNothing() {
		SignInFailure failures = new SignInFailure("nguoi-dung", 4, LOCKED_AT, "10.0.0.1", null);

		assertThat(failures.lockedAt(LOCKED_AT, Duration.ofMinutes(15))).isFalse();
	}

}

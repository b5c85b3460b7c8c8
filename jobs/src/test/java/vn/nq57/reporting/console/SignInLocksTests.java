package vn.nq57.reporting.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account locks in the database (SignInFailureMapper), on a clock the test moves: when a
 * name locks, when the lock ends, when old failures are forgotten.
 */
@DatabaseTest
class SignInLocksTests {

	@Autowired
	SignInFailureMapper failures;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T02:00:00Z"));

	private SignInLocks locks(Duration lockDuration) {
		return new SignInLocks(this.failures,
				new SignInSettings(5, lockDuration, Duration.ofDays(1), 20, Duration.ofMinutes(10)), this.clock);
	}

	@Test
	void theFifthFailureInARowLocksAndTheLockEndsAfterItsDuration() {
		SignInLocks locks = locks(Duration.ofMinutes(15));
		for (int i = 1; i <= 4; i++) {
			assertThat(locks.failed("khoa-15", "192.0.2.1")).isFalse();
		}
		assertThat(locks.isLocked(locks.state("khoa-15"))).isFalse();
		assertThat(locks.failed("khoa-15", "192.0.2.2")).isTrue();
		assertThat(locks.isLocked(locks.state("khoa-15"))).isTrue();
		assertThat(locks.state("khoa-15").lastAddress()).isEqualTo("192.0.2.2");

		this.clock.move(Duration.ofMinutes(15));
		assertThat(locks.isLocked(locks.state("khoa-15"))).isFalse();
		for (int i = 1; i <= 4; i++) {
			assertThat(locks.failed("khoa-15", "192.0.2.1")).isFalse();
		}
		assertThat(locks.failed("khoa-15", "192.0.2.1")).isTrue();
	}

	@Test
	void aFailureLongAfterThePreviousOneStartsTheCountAgain() {
		SignInLocks locks = locks(Duration.ofMinutes(15));
		for (int i = 1; i <= 4; i++) {
			locks.failed("cham-rai", "192.0.2.3");
		}
		this.clock.move(Duration.ofDays(1).plusMinutes(1));

		assertThat(locks.failed("cham-rai", "192.0.2.3")).isFalse();
		assertThat(locks.state("cham-rai").failures()).isEqualTo(1);
	}

	@Test
	void aSuccessfulSignInForgetsTheFailures() {
		SignInLocks locks = locks(Duration.ofMinutes(15));
		locks.failed("nho-ra", "192.0.2.4");
		locks.succeeded("nho-ra", locks.state("nho-ra"));

		assertThat(locks.state("nho-ra")).isNull();
	}

	@Test
	void withNoDurationALockLastsUntilUnlocked() {
		SignInLocks locks = locks(Duration.ZERO);
		for (int i = 1; i <= 5; i++) {
			locks.failed("khoa-mai", "192.0.2.5");
		}
		this.clock.move(Duration.ofDays(400));
		locks.failed("nguoi-khac", "192.0.2.6");

		assertThat(locks.isLocked(locks.state("khoa-mai"))).isTrue();
		assertThat(locks.unlock("khoa-mai")).isTrue();
		assertThat(locks.state("khoa-mai")).isNull();
	}

	@Test
	void oldFailuresAndEndedLocksOfEveryNameAreForgotten() {
		SignInLocks locks = locks(Duration.ofMinutes(15));
		for (int i = 1; i <= 5; i++) {
			locks.failed("da-qua", "192.0.2.7");
		}
		locks.failed("mot-lan", "192.0.2.7");
		this.clock.move(Duration.ofDays(2));

		locks.failed("moi-day", "192.0.2.8");

		assertThat(locks.state("da-qua")).isNull();
		assertThat(locks.state("mot-lan")).isNull();
		assertThat(locks.state("moi-day").failures()).isEqualTo(1);
	}

	@Test
	void namesTooLongToBeUsersAreNotCounted() {
		SignInLocks locks = locks(Duration.ofMinutes(15));
		String longName = "a".repeat(101);

		assertThat(locks.failed(longName, "192.0.2.9")).isFalse();
		assertThat(locks.state(longName)).isNull();
	}

	/** A clock a test moves forward. */
	static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void move(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

package vn.nq57.reporting.console;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked, because its client address has made
 * too many failed ones.
 */
public class SignInThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	public SignInThrottledException(Duration retryAfter) {
		super("Quá nhiều lần đăng nhập sai từ địa chỉ này");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least one. */
	public long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}

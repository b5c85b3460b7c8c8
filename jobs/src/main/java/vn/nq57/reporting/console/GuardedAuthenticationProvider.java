package vn.nq57.reporting.console;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a name and password (the sign-in form and HTTP Basic alike) only when neither
 * the client address nor the account name is held back: an address with too many failures
 * is refused ({@link SignInThrottledException}); a locked name is refused
 * ({@link LockedException}) whatever the password, before it is checked, so its answer
 * says nothing about the password; every other refusal (unknown name, wrong password,
 * disabled account) is the same {@link BadCredentialsException}. Failures are logged with
 * the name and address, never the password.
 */
public class GuardedAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(GuardedAuthenticationProvider.class);

	static final String REFUSED = "Tên đăng nhập hoặc mật khẩu không đúng";

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SignInLocks locks;

	private final SignInSettings settings;

	public GuardedAuthenticationProvider(AuthenticationProvider passwords, SignInThrottle throttle, SignInLocks locks,
			SignInSettings settings) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.locks = locks;
		this.settings = settings;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String name = attempt.getName();
		String address = address(attempt);
		Optional<java.time.Duration> wait = this.throttle.refusal(address);
		if (wait.isPresent()) {
			throw new SignInThrottledException(wait.get());
		}
		SignInFailure state = this.locks.state(name);
		if (this.locks.isLocked(state)) {
			addressFailed(address);
			log.warn("Từ chối đăng nhập của «{}» từ {}: tài khoản đang tạm khóa", printable(name), address);
			throw new LockedException("Tài khoản tạm khóa");
		}
		try {
			Authentication signedIn = this.passwords.authenticate(attempt);
			this.locks.succeeded(name, state);
			return signedIn;
		}
		catch (InternalAuthenticationServiceException ex) {
			// the users could not be read (database down): not the person's failure
			throw ex;
		}
		catch (AuthenticationException ex) {
			addressFailed(address);
			boolean locked = this.locks.failed(name, address);
			log.warn("Đăng nhập sai: «{}» từ {} ({})", printable(name), address, reason(ex));
			if (locked) {
				log.warn("Tài khoản «{}» tạm khóa sau {} lần đăng nhập sai liên tiếp ({})", printable(name),
						this.settings.maxFailures(),
						this.settings.locksUntilUnlocked() ? "đến khi quản trị viên mở khóa"
								: "trong " + this.settings.lockDuration().toMinutes() + " phút");
			}
			throw new BadCredentialsException(REFUSED);
		}
	}

	private void addressFailed(String address) {
		if (this.throttle.failed(address)) {
			log.warn("Địa chỉ {} đã đăng nhập sai {} lần trong {} phút: từ chối các lần tiếp theo", address,
					this.settings.addressMaxFailures(), this.settings.addressWindow().toMinutes());
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String address(Authentication attempt) {
		String address = (attempt.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
		if (address == null || address.isEmpty()) {
			return "không rõ";
		}
		String shown = printable(address);
		return (shown.length() > 64) ? shown.substring(0, 64) : shown;
	}

	/** For the server's log only; the person is told nothing more than "refused". */
	private static String reason(AuthenticationException ex) {
		if (ex instanceof org.springframework.security.authentication.DisabledException) {
			return "tài khoản đã bị vô hiệu hóa";
		}
		return "tên hoặc mật khẩu không đúng";
	}

	/** A name as typed may hold line breaks or control characters: not in the log. */
	static String printable(String name) {
		if (name == null) {
			return "";
		}
		String shown = name.codePoints()
			.map(c -> Character.isISOControl(c) ? '?' : c)
			.limit(SignInLocks.MAX_NAME_LENGTH + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (shown.codePointCount(0, shown.length()) > SignInLocks.MAX_NAME_LENGTH) ? shown + "…" : shown;
	}

}

package vn.nq57.reporting.console;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a sign-in: a console user as it was then, with its session stamp, so
 * that a later change to the user (role, password, disabled) can end the session.
 */
public class SignedInUser extends User {

	private final int sessionStamp;

	SignedInUser(ConsoleUser user, Collection<? extends GrantedAuthority> authorities) {
		super(user.username(), user.passwordHash(), user.enabled(), true, true, true, authorities);
		this.sessionStamp = user.sessionStamp();
	}

	public int sessionStamp() {
		return this.sessionStamp;
	}

	// equal by user name (User's rule): all of a user's sessions sit under one principal
	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}

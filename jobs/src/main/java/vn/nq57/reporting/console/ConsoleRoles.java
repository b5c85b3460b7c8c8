package vn.nq57.reporting.console;

import org.springframework.security.core.Authentication;

/**
 * Role checks the pages use to show or hide what a person may do (the security rules
 * enforce them).
 */
final class ConsoleRoles {

	private ConsoleRoles() {
	}

	static boolean canOperate(Authentication user) {
		return user != null && user.getAuthorities()
			.stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_OPERATOR") || a.getAuthority().equals("ROLE_ADMIN"));
	}

}

package vn.nq57.reporting.console;

/**
 * A person who signs in: role ADMIN, OPERATOR, VIEWER or UNIT (then with the unit's plan
 * and code). The session stamp changes with the role, plan, unit, password or status: a
 * session signed in under another stamp is over.
 */
public record ConsoleUser(String username, String passwordHash, String role, String planCode, String unitCode,
		boolean enabled, int sessionStamp, String province) {
}

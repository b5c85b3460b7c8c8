package vn.nq57.reporting.console;

/**
 * A person who signs in: role ADMIN, OPERATOR, VIEWER or UNIT (then with the unit's plan
 * and code).
 */
public record ConsoleUser(String username, String passwordHash, String role, String planCode, String unitCode,
		boolean enabled) {
}

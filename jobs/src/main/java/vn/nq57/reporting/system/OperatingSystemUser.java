package vn.nq57.reporting.system;

import java.util.function.Supplier;

/**
 * The operating system's account a {@code ./reports} command acts for: the account of
 * this process, or, for a command the running service answers for another process, that
 * process's account (read off the socket, not taken from the caller's word).
 */
public final class OperatingSystemUser {

	// not inherited: a pool thread first started by one caller's command must not act for
	// it later
	private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

	private OperatingSystemUser() {
	}

	/** The account the current command acts for. */
	public static String current() {
		String caller = CALLER.get();
		return (caller != null) ? caller : System.getProperty("user.name", "?");
	}

	/** Runs {@code work} on this thread as {@code account}. */
	public static <T> T actingFor(String account, Supplier<T> work) {
		String before = CALLER.get();
		CALLER.set(account);
		try {
			return work.get();
		}
		finally {
			if (before == null) {
				CALLER.remove();
			}
			else {
				CALLER.set(before);
			}
		}
	}

}

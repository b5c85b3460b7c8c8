package vn.nq57.reporting.cli;

/**
 * Who approves or returns from the command line: --as, or the operating system's account.
 */
final class SignerName {

	private SignerName() {
	}

	static String of(String option) {
		return (option != null && !option.isBlank()) ? option.strip() : System.getProperty("user.name");
	}

}

package vn.nq57.reporting.cli;

import vn.nq57.reporting.system.OperatingSystemUser;

/**
 * Who approves or returns from the command line: --as, or the operating system's account.
 */
final class SignerName {

	private SignerName() {
	}

	static String of(String option) {
		return (option != null && !option.isBlank()) ? option.strip() : OperatingSystemUser.current();
	}

}

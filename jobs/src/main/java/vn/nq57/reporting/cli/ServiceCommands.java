package vn.nq57.reporting.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Which commands the running service answers for another {@code ./reports} process, and
 * where the two meet: a Unix domain socket in {@code REPORTS_HOME/service/} that only the
 * folder's owner can open (the folder is 0700, the socket 0600).
 */
final class ServiceCommands {

	/** The socket, relative to {@code reports.home}. */
	static final String SOCKET = "service/commands.sock";

	/**
	 * Longest socket path the operating system takes (108 bytes with the terminating zero
	 * on Linux).
	 */
	private static final int MAX_SOCKET_PATH = 107;

	private ServiceCommands() {
	}

	/**
	 * Whether the service may answer these arguments: a command marked
	 * {@link AnsweredByService} whose options allow it, and no Spring property given on
	 * the command line (those would change the settings the command runs with).
	 */
	static boolean answerable(String[] args) {
		try {
			return answerable(args, ReportsCommandLine.parseWithoutApplication(args));
		}
		catch (ParameterException ex) {
			return false;
		}
	}

	static boolean answerable(String[] args, ParseResult parsed) {
		return Arrays.stream(args).noneMatch(ServiceCommands::isPropertyArgument) && answerable(parsed);
	}

	private static boolean answerable(ParseResult parsed) {
		if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
			return false;
		}
		ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		if (last.isUsageHelpRequested()) {
			return false;
		}
		return last.commandSpec().userObject() instanceof AnsweredByService command && command.answerableByService();
	}

	/** {@code --name.with.dots=value}: a Spring property, not a command's option. */
	static boolean isPropertyArgument(String argument) {
		if (!argument.startsWith("--")) {
			return false;
		}
		int equals = argument.indexOf('=');
		String name = (equals < 0) ? argument : argument.substring(0, equals);
		return name.indexOf('.') > 0;
	}

	/**
	 * The socket of a {@code reports.home}, or null when its path is too long for one.
	 */
	static Path socket(Path home) {
		Path socket = home.toAbsolutePath().normalize().resolve(SOCKET);
		return (socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) ? socket : null;
	}

}

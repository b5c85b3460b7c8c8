package vn.nq57.reporting.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import org.springframework.objenesis.ObjenesisStd;

/**
 * The {@code ./reports} command line as operators meet it: headings in Vietnamese, wrong
 * arguments and bad input exit 2 with a Vietnamese message and where to read the usage, a
 * failure exits 1 with its message (and the stack trace with {@code --verbose}). Help,
 * version and wrong arguments are answered before the application (and its database)
 * starts, in well under a second.
 */
public final class ReportsCommandLine {

	/** Exit code of wrong arguments and bad input (README, "Command line"). */
	public static final int BAD_INPUT = 2;

	private static final String BUNDLE = "vn.nq57.reporting.cli.messages";

	private ReportsCommandLine() {
	}

	static CommandLine create(CommandLine.IFactory factory, boolean verbose) {
		CommandLine commandLine = new CommandLine(ReportsCommand.class, factory);
		commandLine.setResourceBundle(ResourceBundle.getBundle(BUNDLE));
		commandLine.setParameterExceptionHandler(ReportsCommandLine::wrongArguments);
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("Lỗi: " + ex.getMessage());
			if (verbose) {
				ex.printStackTrace(cmd.getErr());
			}
			else if (!(ex instanceof IllegalArgumentException)) {
				cmd.getErr().println("(Chi tiết kỹ thuật: chạy lại lệnh với --verbose, hoặc xem tệp nhật ký.)");
			}
			return (ex instanceof IllegalArgumentException) ? BAD_INPUT : 1;
		});
		return commandLine;
	}

	static boolean verbose(String[] args) {
		return Arrays.asList(args).contains("--verbose");
	}

	/**
	 * Answers what needs no application: help, version, a command group named alone, and
	 * wrong arguments.
	 * @return the exit code, or -1 when the command must run in the application
	 */
	public static int answerWithoutApplication(String[] args) {
		return answer(args, false);
	}

	/**
	 * Answers what needs no application ({@link #answerWithoutApplication}), then what
	 * the running service on the same folder answers for this process
	 * ({@link ServiceCommandClient}).
	 * @return the exit code, or -1 when the command must run in this process's
	 * application
	 */
	public static int answerWithoutApplicationOrByService(String[] args) {
		return answer(args, true);
	}

	private static int answer(String[] args, boolean byService) {
		ParseResult parsed;
		try {
			parsed = parseWithoutApplication(args);
		}
		catch (ParameterException ex) {
			return wrongArguments(ex, args);
		}
		if (CommandLine.printHelpIfRequested(parsed)) {
			return 0;
		}
		ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		if (last.commandSpec().userObject() instanceof CommandGroup) {
			last.commandSpec().commandLine().usage(System.out);
			return 0;
		}
		if (byService && ServiceCommands.answerable(args, parsed)) {
			return ServiceCommandClient.fromSystem().answer(args).orElse(-1);
		}
		return -1;
	}

	/** The arguments parsed onto command objects made without the application. */
	static ParseResult parseWithoutApplication(String[] args) {
		return create(ReportsCommandLine::withoutApplication, verbose(args)).parseArgs(args);
	}

	/** Command objects only to read their options: no constructor, no services. */
	private static <K> K withoutApplication(Class<K> type) throws Exception {
		try {
			return CommandLine.defaultFactory().create(type);
		}
		catch (Exception ex) {
			return new ObjenesisStd().newInstance(type);
		}
	}

	private static int wrongArguments(ParameterException ex, String[] args) {
		CommandLine cmd = ex.getCommandLine();
		PrintWriter err = cmd.getErr();
		err.println("Lỗi: " + problem(ex));
		err.println("Xem cách dùng: ./" + cmd.getCommandSpec().qualifiedName() + " --help");
		return BAD_INPUT;
	}

	private static String problem(ParameterException ex) {
		if (ex instanceof MissingParameterException missing) {
			return "thiếu " + names(missing.getMissing());
		}
		if (ex instanceof UnmatchedArgumentException unmatched) {
			List<String> words = unmatched.getUnmatched();
			String suggestions = String.join(", ", unmatched.getSuggestions());
			return "không hiểu " + String.join(" ", words)
					+ (suggestions.isEmpty() ? "" : " (có phải ý bạn là: " + suggestions + "?)");
		}
		return "tham số không hợp lệ: " + ex.getMessage();
	}

	private static String names(List<ArgSpec> specs) {
		return specs.stream().map(spec -> {
			if (spec instanceof OptionSpec option) {
				return "tùy chọn " + option.longestName();
			}
			return "tham số " + ((PositionalParamSpec) spec).paramLabel();
		}).collect(Collectors.joining(", "));
	}

}

package vn.nq57.reporting.cli;

import picocli.CommandLine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Runs the {@code ./reports} command line once the application has started (off in
 * tests).
 */
@Component
@ConditionalOnProperty(name = "reports.cli.enabled", matchIfMissing = true)
class ReportsCommandLineRunner implements ApplicationRunner, ExitCodeGenerator {

	private final ApplicationContext context;

	private int exitCode;

	ReportsCommandLineRunner(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		CommandLine commandLine = new CommandLine(ReportsCommand.class, new SpringCommandFactory(this.context));
		commandLine.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
			cmd.getErr().println("Lỗi: " + ex.getMessage());
			return 1;
		});
		this.exitCode = commandLine.execute(args.getSourceArgs());
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}

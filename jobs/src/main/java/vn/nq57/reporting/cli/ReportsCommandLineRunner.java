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
		String[] arguments = args.getSourceArgs();
		CommandLine commandLine = ReportsCommandLine.create(new SpringCommandFactory(this.context),
				ReportsCommandLine.verbose(arguments));
		this.exitCode = commandLine.execute(arguments);
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}

package vn.nq57.reporting.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code ./reports}: the product's command line. */
@Command(name = "reports", mixinStandardHelpOptions = true, version = "nq57-reports 0.1",
		description = "Báo cáo định kỳ thực hiện Nghị quyết số 57-NQ/TW của xã, phường.",
		subcommands = { DemoCommand.class, PlanCommand.class, RunCommand.class, RunsCommand.class, RestartCommand.class,
				ResendCommand.class, ApproveCommand.class, ReturnCommand.class, GenerateCommand.class,
				BenchmarkCommand.class, ServeCommand.class, UserCommand.class, ScheduleCommand.class,
				OutboxCommand.class, SchedulerCommand.class, SubmissionCommand.class, PublishedCommand.class,
				ArchiveCommand.class, ConfigCommand.class })
public class ReportsCommand extends CommandGroup {

	/** Read from the arguments before parsing (ReportsCommandLine.verbose). */
	@Option(names = "--verbose", scope = ScopeType.INHERIT,
			description = "Khi lỗi: in cả chi tiết kỹ thuật (stack trace) cho người hỗ trợ")
	boolean verbose;

}

package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.run.ReportRunLauncher;

/** {@code ./reports run TYPE --period P --plan CODE}: makes a new version of a plan's report. */
@Component
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Lập (hoặc lập lại) báo cáo của một kế hoạch cho một kỳ. Mỗi lần chạy là một phiên bản mới; "
				+ "không gửi thư trừ khi có --send.")
public class RunCommand implements Callable<Integer> {

	@Parameters(paramLabel = "LOẠI", description = "monthly, quarterly, half-year, annual hoặc ad-hoc")
	String type;

	@Option(names = "--period", required = true,
			description = "Kỳ: 2026-05, 2026-Q2, 2026-H1, 2026 hoặc 2026-05-03..2026-06-10")
	String period;

	@Option(names = "--plan", required = true, description = "Mã kế hoạch, ví dụ VU-QUANG")
	String plan;

	@Option(names = { "--send", "--resend" }, description = "Gửi báo cáo qua thư điện tử sau khi lập")
	boolean send;

	private final ReportRunLauncher launcher;

	private final RunPrinter printer;

	RunCommand(ReportRunLauncher launcher, RunPrinter printer) {
		this.launcher = launcher;
		this.printer = printer;
	}

	@Override
	public Integer call() throws Exception {
		ReportRunLauncher.Outcome outcome = this.launcher.run(this.plan, ReportType.fromCliName(this.type), this.period,
				this.send);
		this.printer.print(outcome.run().id());
		return outcome.completed() ? 0 : 1;
	}

}

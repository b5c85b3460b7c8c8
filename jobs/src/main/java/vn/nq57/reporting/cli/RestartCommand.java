package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.ReportRunLauncher;

/** {@code ./reports restart RUN}: continues a failed run from the step that failed. */
@Component
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = "Chạy tiếp một lần chạy báo cáo bị lỗi, từ bước bị lỗi.")
public class RestartCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SỐ_LẦN_CHẠY", description = "Số lần chạy (xem ./reports runs)")
	long runId;

	private final ReportRunLauncher launcher;

	private final RunPrinter printer;

	RestartCommand(ReportRunLauncher launcher, RunPrinter printer) {
		this.launcher = launcher;
		this.printer = printer;
	}

	@Override
	public Integer call() throws Exception {
		ReportRunLauncher.Outcome outcome = this.launcher.restart(this.runId);
		this.printer.print(this.runId);
		return outcome.completed() ? 0 : 1;
	}

}

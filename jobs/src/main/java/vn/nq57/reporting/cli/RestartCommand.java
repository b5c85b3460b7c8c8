package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.ReportBatchLauncher;
import vn.nq57.reporting.run.ReportRunLauncher;

/**
 * {@code ./reports restart RUN} or {@code ./reports restart --batch ID}: continue what
 * failed.
 */
@Component
@Command(name = "restart", mixinStandardHelpOptions = true,
		description = "Chạy tiếp một lần chạy báo cáo bị lỗi từ bước bị lỗi, hoặc chạy lại các kế hoạch lỗi của một đợt.")
public class RestartCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SỐ_LẦN_CHẠY", arity = "0..1", description = "Số lần chạy (xem ./reports runs)")
	Long runId;

	@Option(names = "--batch", paramLabel = "SỐ-LÔ", description = "Số đợt báo cáo (chạy theo tỉnh hoặc --all)")
	Long batchId;

	private final ReportRunLauncher launcher;

	private final ReportBatchLauncher batchLauncher;

	private final RunPrinter printer;

	RestartCommand(ReportRunLauncher launcher, ReportBatchLauncher batchLauncher, RunPrinter printer) {
		this.launcher = launcher;
		this.batchLauncher = batchLauncher;
		this.printer = printer;
	}

	@Override
	public Integer call() throws Exception {
		if (this.batchId != null) {
			this.batchLauncher.restart(this.batchId);
			this.printer.printBatch(this.batchId);
			return this.printer.allCompleted(this.batchId) ? 0 : 1;
		}
		if (this.runId == null) {
			System.err.println("Cần số lần chạy hoặc --batch SỐ_ĐỢT. Xem ./reports runs");
			return 2;
		}
		ReportRunLauncher.Outcome outcome = this.launcher.restart(this.runId);
		this.printer.print(this.runId);
		return outcome.completed() ? 0 : 1;
	}

}

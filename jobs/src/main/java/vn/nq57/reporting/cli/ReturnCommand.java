package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.VersionLifecycle;

/**
 * {@code ./reports return RUN --reason TEXT [--as NAME]}: a signer of the plan returns a
 * draft; a new run of the period makes the next version.
 */
@Component
@Command(name = "return", mixinStandardHelpOptions = true,
		description = "Trả lại dự thảo báo cáo kèm lý do (người ký duyệt của kế hoạch); lập lại bằng ./reports run để có"
				+ " phiên bản mới.")
public class ReturnCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SỐ_LẦN_CHẠY", description = "Số lần chạy của phiên bản dự thảo (xem ./reports runs)")
	long runId;

	@Option(names = "--reason", paramLabel = "LÝ-DO", required = true, description = "Lý do trả lại: cần sửa gì")
	String reason;

	@Option(names = "--as", paramLabel = "NGƯỜI-KÝ",
			description = "Người dùng có vai trò SIGNER của kế hoạch (mặc định: tên tài khoản hệ điều hành)")
	String username;

	private final VersionLifecycle lifecycle;

	private final RunPrinter printer;

	ReturnCommand(VersionLifecycle lifecycle, RunPrinter printer) {
		this.lifecycle = lifecycle;
		this.printer = printer;
	}

	@Override
	public Integer call() {
		ReportRun run;
		try {
			run = this.lifecycle.returnVersion(this.runId, SignerName.of(this.username), this.reason);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		this.printer.print(this.runId);
		System.out.printf("Lập phiên bản mới: ./reports run %s --period %s --plan %s%n", run.type().cliName(),
				run.periodCode(), run.planCode());
		return 0;
	}

}

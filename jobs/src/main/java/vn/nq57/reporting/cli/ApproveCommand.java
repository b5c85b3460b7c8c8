package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.IssuanceStatus;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.VersionLifecycle;

/**
 * {@code ./reports approve RUN [--comment TEXT] [--as NAME]}: a signer of the plan
 * approves a draft; it is then numbered, signed and sent.
 */
@Component
@Command(name = "approve", mixinStandardHelpOptions = true,
		description = "Duyệt dự thảo báo cáo (người ký duyệt của kế hoạch): báo cáo được cấp số, ký số và gửi đi.")
public class ApproveCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SỐ_LẦN_CHẠY", description = "Số lần chạy của phiên bản dự thảo (xem ./reports runs)")
	long runId;

	@Option(names = "--comment", paramLabel = "GHI-CHÚ",
			description = "Ý kiến khi duyệt (ghi vào lịch sử của phiên bản)")
	String comment;

	@Option(names = "--as", paramLabel = "NGƯỜI-KÝ",
			description = "Người dùng có vai trò SIGNER của kế hoạch (mặc định: tên tài khoản hệ điều hành)")
	String username;

	private final VersionLifecycle lifecycle;

	private final RunPrinter printer;

	ApproveCommand(VersionLifecycle lifecycle, RunPrinter printer) {
		this.lifecycle = lifecycle;
		this.printer = printer;
	}

	@Override
	public Integer call() throws Exception {
		String user = SignerName.of(this.username);
		ReportRun run;
		try {
			run = this.lifecycle.approve(this.runId, user, this.comment);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		this.printer.print(this.runId);
		return (run.issuanceStatus() == IssuanceStatus.ISSUED || run.issuanceStatus() == IssuanceStatus.SENT) ? 0 : 1;
	}

}

package vn.nq57.reporting.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.run.ResendService;

/** {@code ./reports resend RUN [--to ADDRESS...]}: sends that exact version again. */
@Component
@Command(name = "resend", mixinStandardHelpOptions = true,
		description = "Gửi lại đúng một phiên bản báo cáo (mặc định tới người nhận trong lịch báo cáo).")
public class ResendCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SỐ_LẦN_CHẠY")
	long runId;

	@Option(names = "--to", paramLabel = "ĐỊA-CHỈ-THƯ", split = ",",
			description = "Người nhận (mặc định: theo schedules/report-schedules.yaml)")
	List<String> recipients;

	private final ResendService resend;

	private final OutboxSender sender;

	private final RunPrinter printer;

	ResendCommand(ResendService resend, OutboxSender sender, RunPrinter printer) {
		this.resend = resend;
		this.sender = sender;
		this.printer = printer;
	}

	@Override
	public Integer call() {
		try {
			this.resend.resendRun(this.runId, this.recipients);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			System.err.println("Lỗi: " + ex.getMessage());
			return 2;
		}
		OutboxSender.DeliveryResult result = this.sender.sendDue(this.runId);
		this.printer.print(this.runId);
		return (result.failed() == 0) ? 0 : 1;
	}

}

package vn.nq57.reporting.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunMapper;
import vn.nq57.reporting.schedule.ReportSchedules;

/** {@code ./reports resend RUN [--to ADDRESS...]}: sends that exact version again. */
@Component
@Command(name = "resend", mixinStandardHelpOptions = true,
		description = "Gửi lại đúng một phiên bản báo cáo (mặc định tới người nhận trong lịch báo cáo).")
public class ResendCommand implements Callable<Integer> {

	@Parameters(paramLabel = "SỐ_LẦN_CHẠY")
	long runId;

	@Option(names = "--to", split = ",", description = "Người nhận (mặc định: theo schedules/report-schedules.yaml)")
	List<String> recipients;

	private final ReportRunMapper runs;

	private final ReportMailQueue queue;

	private final OutboxSender sender;

	private final ReportSchedules schedules;

	private final RunPrinter printer;

	ResendCommand(ReportRunMapper runs, ReportMailQueue queue, OutboxSender sender, ReportSchedules schedules,
			RunPrinter printer) {
		this.runs = runs;
		this.queue = queue;
		this.sender = sender;
		this.schedules = schedules;
		this.printer = printer;
	}

	@Override
	public Integer call() {
		ReportRun run = this.runs.findRun(this.runId);
		if (run == null || !"COMPLETED".equals(run.status())) {
			System.err.println("Lần chạy " + this.runId + " không có hoặc chưa hoàn thành: không có gì để gửi lại.");
			return 2;
		}
		List<String> to = (this.recipients != null) ? this.recipients : this.schedules.recipients(run.type().cliName());
		this.queue.queue(this.runId, to);
		OutboxSender.DeliveryResult result = this.sender.sendDue(this.runId);
		this.printer.print(this.runId);
		return (result.failed() == 0) ? 0 : 1;
	}

}

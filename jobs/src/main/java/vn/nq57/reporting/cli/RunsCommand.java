package vn.nq57.reporting.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunMapper;

/** {@code ./reports runs}: the latest report runs. */
@Component
@Command(name = "runs", mixinStandardHelpOptions = true, description = "Liệt kê các lần chạy báo cáo gần nhất.")
public class RunsCommand implements Callable<Integer> {

	@Option(names = "--plan", description = "Chỉ kế hoạch này")
	String plan;

	@Option(names = "--limit", defaultValue = "20")
	int limit;

	@Option(names = "--format", defaultValue = "table", description = "table hoặc csv")
	String format;

	@Option(names = "--id", description = "Xem một lần chạy: các bước và thời gian, tệp, thư đã gửi")
	Long id;

	private final ReportRunMapper runs;

	private final RunPrinter printer;

	RunsCommand(ReportRunMapper runs, RunPrinter printer) {
		this.runs = runs;
		this.printer = printer;
	}

	@Override
	public Integer call() {
		if (this.id != null) {
			return this.printer.printWithSteps(this.id) ? 0 : 2;
		}
		Table table = new Table("Lần chạy", "Kế hoạch", "Loại", "Kỳ", "Phiên bản", "Trạng thái", "Bắt đầu", "Kết thúc",
				"Ban hành");
		for (ReportRun run : this.runs.findRuns(this.plan, this.limit)) {
			table.row(run.id(), run.planCode(), run.type().vietnameseName(), run.periodCode(), run.version(),
					run.status().label(), run.createdAt().withNano(0),
					(run.finishedAt() != null) ? run.finishedAt().withNano(0) : "",
					(run.issuanceStatus() != null) ? run.issuanceStatus().label() : "");
		}
		table.print(System.out, this.format);
		return 0;
	}

}

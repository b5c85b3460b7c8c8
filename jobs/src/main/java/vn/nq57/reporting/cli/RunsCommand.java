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
public class RunsCommand implements Callable<Integer>, AnsweredByService {

	@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", description = "Chỉ kế hoạch này")
	String plan;

	@Option(names = "--province", paramLabel = "TỈNH",
			description = "Chỉ báo cáo tổng hợp của tỉnh/thành phố này (báo cáo đã cũ được đánh dấu)")
	String province;

	@Option(names = "--limit", paramLabel = "SỐ-DÒNG", defaultValue = "20")
	int limit;

	@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
	String format;

	@Option(names = "--id", paramLabel = "SỐ-LẦN-CHẠY",
			description = "Xem một lần chạy: các bước và thời gian, tệp, thư đã gửi")
	Long id;

	private final ReportRunMapper runs;

	private final RunPrinter printer;

	private final ProvincePrinter provinces;

	RunsCommand(ReportRunMapper runs, RunPrinter printer, ProvincePrinter provinces) {
		this.runs = runs;
		this.printer = printer;
		this.provinces = provinces;
	}

	@Override
	public Integer call() {
		if (this.id != null) {
			return this.printer.printWithSteps(this.id) ? 0 : 2;
		}
		if (this.province != null) {
			this.provinces.printList(this.province, this.limit, this.format);
			return 0;
		}
		Table table = new Table("Lần chạy", "Kế hoạch", "Loại", "Kỳ", "Phiên bản", "Trạng thái", "Bắt đầu", "Kết thúc",
				"Ban hành");
		for (ReportRun run : this.runs.findRuns(this.plan, this.limit)) {
			table
				.row(run.id(), run.planCode(), run.type().vietnameseName(), run.periodCode(), run.version(),
						run.status().label(), vn.nq57.reporting.attainment.VietnameseDates.format(run.createdAt()),
						(run.finishedAt() != null)
								? vn.nq57.reporting.attainment.VietnameseDates.format(run.finishedAt()) : "",
						(run.issuanceStatus() != null) ? run.issuanceStatus().label() : "");
		}
		table.print(System.out, this.format);
		if (this.plan == null && "table".equals(this.format)) {
			// province reports below, each marked when a commune report was made again
			// since
			this.provinces.printList(null, this.limit, this.format);
		}
		return 0;
	}

}

package vn.nq57.reporting.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;
import vn.nq57.reporting.run.ReportBatch;
import vn.nq57.reporting.run.ReportBatchLauncher;
import vn.nq57.reporting.run.ReportRunLauncher;

/**
 * {@code ./reports run TYPE --period P (--plan CODE | --province NAME | --all)}: new
 * report versions.
 */
@Component
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Lập (hoặc lập lại) báo cáo cho một kỳ: của một kế hoạch, của mọi kế hoạch một tỉnh, hoặc "
				+ "của tất cả. Mỗi lần chạy là một phiên bản mới; không gửi thư trừ khi có --send.")
public class RunCommand implements Callable<Integer>, AnsweredByService {

	@Parameters(paramLabel = "LOẠI", description = "monthly, quarterly, half-year, annual hoặc ad-hoc; báo cáo tổng hợp"
			+ " cấp tỉnh: province-monthly, province-quarterly, province-half-year, province-annual (với --province)")
	String type;

	@Option(names = "--period", paramLabel = "KỲ", required = true,
			description = "Kỳ: 2026-05, 2026-Q2, 2026-H1, 2026 hoặc 2026-05-03..2026-06-10")
	String period;

	@ArgGroup(exclusive = true, multiplicity = "1")
	Scope scope;

	@Option(names = { "--send", "--resend" }, description = "Gửi báo cáo qua thư điện tử sau khi lập")
	boolean send;

	static class Scope {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", description = "Mã kế hoạch, ví dụ VU-QUANG")
		String plan;

		@Option(names = "--province", paramLabel = "TỈNH",
				description = "Tên tỉnh/thành phố, ví dụ \"Hà Tĩnh\": mọi kế hoạch của tỉnh")
		String province;

		@Option(names = "--all", description = "Mọi kế hoạch đã nạp")
		boolean all;

	}

	private final ReportRunLauncher launcher;

	private final ReportBatchLauncher batchLauncher;

	private final RunPrinter printer;

	private final ProvinceReportRunner provinceReports;

	private final ProvincePrinter provincePrinter;

	RunCommand(ReportRunLauncher launcher, ReportBatchLauncher batchLauncher, RunPrinter printer,
			ProvinceReportRunner provinceReports, ProvincePrinter provincePrinter) {
		this.launcher = launcher;
		this.batchLauncher = batchLauncher;
		this.printer = printer;
		this.provinceReports = provinceReports;
		this.provincePrinter = provincePrinter;
	}

	/**
	 * One plan's report: the service makes it (warm, in a few seconds). A province's or
	 * the country's batch runs in the caller, with its progress and Ctrl+C there.
	 */
	@Override
	public boolean answerableByService() {
		return this.scope != null && this.scope.plan != null && ProvinceReportType.fromCliName(this.type).isEmpty();
	}

	@Override
	public Integer call() throws Exception {
		Optional<ProvinceReportType> provinceType = ProvinceReportType.fromCliName(this.type);
		if (provinceType.isPresent()) {
			return runProvince(provinceType.get());
		}
		ReportType reportType = ReportType.fromCliName(this.type);
		if (this.scope.plan != null) {
			ReportRunLauncher.Outcome outcome = this.launcher.run(this.scope.plan, reportType, this.period, this.send);
			this.printer.print(outcome.run().id());
			return outcome.completed() ? 0 : 1;
		}
		ReportBatch batch = this.batchLauncher.run(this.scope.all ? null : this.scope.province, reportType, this.period,
				this.send);
		this.printer.printBatch(batch.id());
		return this.printer.allCompleted(batch.id()) ? 0 : 1;
	}

	/** The province's consolidated report, from the communes' reports as stored. */
	private int runProvince(ProvinceReportType type) {
		if (this.scope.plan != null) {
			throw new IllegalArgumentException("Báo cáo " + type.cliName()
					+ " là báo cáo tổng hợp của một tỉnh: cần --province \"Tên tỉnh\" (hoặc --all cho mọi tỉnh).");
		}
		if (this.scope.all) {
			boolean allCompleted = true;
			for (ProvinceRun run : this.provinceReports.runAll(type, this.period, this.send)) {
				this.provincePrinter.print(run.id());
				allCompleted &= run.completed();
			}
			return allCompleted ? 0 : 1;
		}
		ProvinceRun run = this.provinceReports.run(this.scope.province, type, this.period, this.send);
		this.provincePrinter.print(run.id());
		return run.completed() ? 0 : 1;
	}

}

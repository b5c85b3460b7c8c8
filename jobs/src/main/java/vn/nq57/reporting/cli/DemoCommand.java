package vn.nq57.reporting.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;
import vn.nq57.reporting.catalog.BundledPlans;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.submission.SubmissionMapper;

/**
 * {@code ./reports demo}: loads the plans shipped in plans/, adds sample unit submissions
 * for one month (once), runs the monthly report and shows where the PDF, the JSON and the
 * email are.
 */
@Component
@Command(name = "demo", mixinStandardHelpOptions = true,
		description = "Chạy thử toàn bộ quy trình: nạp kế hoạch, tạo số liệu mẫu của các đơn vị, lập báo cáo tháng và gửi thư.")
public class DemoCommand implements Callable<Integer> {

	@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", defaultValue = "VU-QUANG",
			description = "Mã kế hoạch (mặc định: ${DEFAULT-VALUE})")
	String plan;

	@Option(names = "--period", paramLabel = "KỲ",
			description = "Kỳ báo cáo, ví dụ 2026-05, 2026-Q2, 2026-H1, 2026 hoặc 2026-05-03..2026-06-10 "
					+ "(mặc định: tháng gần nhất đã chốt số liệu)")
	String period;

	@Option(names = "--type", paramLabel = "LOẠI", defaultValue = "monthly",
			description = "Loại báo cáo: monthly, quarterly, half-year, annual hoặc ad-hoc (mặc định: ${DEFAULT-VALUE})")
	String type;

	private final BundledPlans bundled;

	private final CatalogMapper catalog;

	private final SubmissionMapper submissions;

	private final SampleSubmissionGenerator samples;

	private final ReportRunLauncher launcher;

	private final DataWindowPolicy windows;

	private final RunPrinter printer;

	private final Clock clock;

	private final ProvinceReportRunner provinceReports;

	private final ProvincePrinter provincePrinter;

	DemoCommand(BundledPlans bundled, CatalogMapper catalog, SubmissionMapper submissions,
			SampleSubmissionGenerator samples, ReportRunLauncher launcher, DataWindowPolicy windows, RunPrinter printer,
			Clock clock, ProvinceReportRunner provinceReports, ProvincePrinter provincePrinter) {
		this.clock = clock;
		this.provinceReports = provinceReports;
		this.provincePrinter = provincePrinter;
		this.bundled = bundled;
		this.catalog = catalog;
		this.submissions = submissions;
		this.samples = samples;
		this.launcher = launcher;
		this.windows = windows;
		this.printer = printer;
	}

	@Override
	public Integer call() throws Exception {
		System.out.println("1. Nạp danh mục kế hoạch từ plans/:");
		for (PlanImporter.ImportResult result : this.bundled.importAll()) {
			System.out.printf("   %-10s phiên bản %d%s: %d chỉ tiêu, %d nhiệm vụ%n", result.planCode(),
					result.version(), result.changed() ? " (mới nạp)" : " (đã có)", result.indicators(),
					result.tasks());
		}
		ReportType reportType = ReportType.fromCliName(this.type);
		if (this.period == null && reportType != ReportType.MONTHLY) {
			System.err.println("Báo cáo " + reportType.cliName() + " cần --period, ví dụ --period 2026-Q2");
			return 2;
		}
		Period month = (this.period != null) ? Period.parse(reportType, this.period) : lastClosedMonth();
		StoredPlanVersion plan = this.catalog.findLatestVersion(this.plan);
		if (plan == null) {
			System.err.println("Không có kế hoạch " + this.plan);
			return 2;
		}
		System.out.printf("2. Số liệu của các đơn vị %s, %s:%n", plan.issuerShort(), month.label());
		if (this.submissions.countSubmissions(plan.planId(), reportType.name(), month.code()) == 0) {
			int count = this.samples.generate(this.plan, month, 57L);
			System.out.printf("   đã tạo %d báo cáo mẫu của đơn vị (một đơn vị gửi muộn, một đơn vị chưa gửi)%n",
					count);
		}
		else {
			System.out.println("   đã có từ lần chạy trước, dùng lại");
		}
		System.out.println("3. Lập " + reportType.vietnameseName().toLowerCase() + " và gửi thư:");
		ReportRunLauncher.Outcome outcome = this.launcher.run(this.plan, reportType, month.code(), true);
		this.printer.print(outcome.run().id());
		if (outcome.completed() && reportType != ReportType.AD_HOC) {
			// the Sở's report, from the commune reports of the province made so far
			System.out.println("4. Lập báo cáo tổng hợp của " + plan.province() + " từ các báo cáo xã đã có:");
			ProvinceRun province = this.provinceReports.run(plan.province(), ProvinceReportType.of(reportType),
					month.code());
			this.provincePrinter.print(province.id());
		}
		System.out.println("Mở PDF bằng trình xem PDF; mở tệp .eml bằng Thunderbird/Outlook để xem thư kèm báo cáo.");
		return outcome.completed() ? 0 : 1;
	}

	/** The latest month whose data window has closed. */
	private Period lastClosedMonth() {
		LocalDate today = LocalDate.now(this.clock);
		YearMonth month = YearMonth.from(today);
		Period candidate = Period.month(month.getYear(), month.getMonthValue());
		if (!candidate.dataWindow(this.windows).to().isBefore(today)) {
			YearMonth previous = month.minusMonths(1);
			candidate = Period.month(previous.getYear(), previous.getMonthValue());
		}
		return candidate;
	}

}

package vn.nq57.reporting.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.CountBasis;
import vn.nq57.reporting.attainment.TaskDeadline;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.DocumentNumber;
import vn.nq57.reporting.catalog.InvalidCatalogException;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.catalog.StoredIndicator;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredReporting;
import vn.nq57.reporting.catalog.StoredTarget;
import vn.nq57.reporting.catalog.StoredTask;
import vn.nq57.reporting.catalog.StoredUnit;

/** {@code ./reports plan import|list|show}: the plan catalogs. */
@Component
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Nạp và xem danh mục kế hoạch.",
		subcommands = { PlanCommand.Import.class, PlanCommand.ListPlans.class, PlanCommand.Show.class })
public class PlanCommand extends CommandGroup {

	@Component
	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Kiểm tra rồi nạp tệp danh mục kế hoạch (YAML). Tệp có lỗi không được nạp chút nào.")
	static class Import implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "TỆP", description = "Tệp danh mục, ví dụ plans/vu-quang.yaml")
		List<Path> files;

		private final PlanImporter importer;

		Import(PlanImporter importer) {
			this.importer = importer;
		}

		@Override
		public Integer call() {
			int failures = 0;
			for (Path file : this.files) {
				if (isSharedIndicatorCodes(file)) {
					// plans/*.yaml names it too: not a plan, and read from the folder at
					// every run
					System.err.println(file + ": bỏ qua — đây là danh mục mã chỉ tiêu dùng chung, không phải kế hoạch;"
							+ " mỗi lần chạy đọc thẳng từ thư mục cấu hình, không cần nạp.");
					continue;
				}
				try {
					PlanImporter.ImportResult result = this.importer.importFile(file);
					System.out.printf("%s: kế hoạch %s, phiên bản %d%s — %d đơn vị, %d chỉ tiêu, %d nhiệm vụ%n", file,
							result.planCode(), result.version(),
							result.changed() ? " (mới nạp)" : " (không đổi, giữ nguyên)", result.units(),
							result.indicators(), result.tasks());
				}
				catch (InvalidCatalogException ex) {
					failures++;
					System.err.println(ex.getMessage());
					System.err.println("Không nạp gì từ " + file + ". Sửa các lỗi trên rồi chạy lại lệnh.");
				}
			}
			return (failures == 0) ? 0 : 2;
		}

		static boolean isSharedIndicatorCodes(Path file) {
			return file.getFileName() != null && "shared-indicators.yaml".equals(file.getFileName().toString());
		}

	}

	@Component
	@Command(name = "list", mixinStandardHelpOptions = true, description = "Liệt kê các kế hoạch đã nạp.")
	static class ListPlans implements Runnable, AnsweredByService {

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
		String format;

		private final CatalogMapper catalog;

		ListPlans(CatalogMapper catalog) {
			this.catalog = catalog;
		}

		@Override
		public void run() {
			Table table = new Table("Mã", "Địa phương", "Tỉnh/thành", "Phiên bản", "Nạp lúc", "Đơn vị", "Chỉ tiêu",
					"Nhiệm vụ");
			for (PlanSummary plan : this.catalog.listPlans()) {
				table.row(plan.code(), plan.localityKind() + " " + plan.localityName(), plan.province(), plan.version(),
						vn.nq57.reporting.attainment.VietnameseDates.format(plan.importedAt()), plan.units(),
						plan.indicators(), plan.tasks());
			}
			table.print(System.out, this.format);
		}

	}

	@Component
	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Xem một kế hoạch: các báo cáo phải gửi, đơn vị, chỉ tiêu (chỉ tiêu như in, áp dụng khi nào, "
					+ "cách đọc, cách tổng hợp số liệu), nhiệm vụ.")
	static class Show implements Callable<Integer>, AnsweredByService {

		@Parameters(paramLabel = "MÃ", description = "Mã kế hoạch, ví dụ VU-QUANG")
		String code;

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
		String format;

		@Option(names = "--version", paramLabel = "PHIÊN-BẢN", description = "Phiên bản (mặc định: mới nhất)")
		Integer version;

		PrintStream out = System.out;

		private final CatalogMapper catalog;

		Show(CatalogMapper catalog) {
			this.catalog = catalog;
		}

		@Override
		public Integer call() {
			StoredPlanVersion plan = (this.version == null) ? this.catalog.findLatestVersion(this.code)
					: this.catalog.findVersion(this.code, this.version);
			if (plan == null) {
				System.err.println("Không có kế hoạch mã " + this.code + ". Xem: ./reports plan list");
				return 2;
			}
			boolean csv = "csv".equalsIgnoreCase(this.format);
			if (!csv) {
				this.out.printf("%s — %s (phiên bản %d, nạp lúc %s)%n%s%nGửi báo cáo tới: %s%nSố văn bản: %s%n",
						plan.planCode(), plan.issuerName(), plan.version(),
						vn.nq57.reporting.attainment.VietnameseDates.format(plan.importedAt()), plan.title(),
						plan.reportRecipient(), DocumentNumber.blank(plan.numbering(), plan.documentPrefix()));
				this.out.println("Báo cáo phải gửi (theo kế hoạch):");
				for (StoredReporting reporting : this.catalog.findReporting(plan.id())) {
					this.out.println("- " + reporting.label() + " → " + reporting.recipient()
							+ ((reporting.dueText() != null) ? " (" + reporting.dueText() + ")" : "")
							+ ("units".equals(reporting.dueFrom()) ? ", hạn của các đơn vị" : ""));
				}
				this.out.println();
				Table units = new Table("Mã đơn vị", "Tên", "Loại");
				for (StoredUnit unit : this.catalog.findUnits(plan.id())) {
					units.row(unit.code(), unit.name(), unit.kind());
				}
				units.print(this.out, this.format);
				this.out.println();
			}
			indicators(plan).print(this.out, this.format);
			this.out.println();
			tasks(plan).print(this.out, this.format, false);
			return 0;
		}

		private Table indicators(StoredPlanVersion plan) {
			Table indicators = new Table("Loại", "Mã", "Tên", "Đơn vị đo", "Áp dụng", "Chỉ tiêu như in", "Cách đọc",
					"Giá trị", "Chủ trì theo dõi", "Tổng hợp", "Đơn vị gửi số liệu");
			List<StoredTarget> targets = this.catalog.findTargets(plan.id());
			for (StoredIndicator indicator : this.catalog.findIndicators(plan.id())) {
				String aggregate = aggregate(indicator);
				String askedFrom = (indicator.contributingUnits() != null)
						? indicator.contributingUnits().replace(',', ';') : indicator.reportingUnit();
				boolean any = false;
				for (StoredTarget target : targets) {
					if (target.indicatorCode().equals(indicator.code())) {
						any = true;
						String name = (target.name() != null) ? target.name()
								: withPrinted(indicator.name(), indicator.printedName());
						indicators.row("chỉ tiêu", indicator.code(), name, indicator.measureUnit(), target.when(),
								withPrinted(target.targetText(), target.printedText()), reading(target),
								(target.value() != null) ? target.value().stripTrailingZeros().toPlainString() : "",
								indicator.responsible(), aggregate, askedFrom);
					}
				}
				if (!any) {
					indicators.row("chỉ tiêu", indicator.code(), withPrinted(indicator.name(), indicator.printedName()),
							indicator.measureUnit(), "", "", "(nhóm chỉ tiêu)", "", indicator.responsible(), "", "");
				}
			}
			return indicators;
		}

		private Table tasks(StoredPlanVersion plan) {
			Table tasks = new Table("Loại", "Mã", "Tên", "Chủ trì", "Phối hợp", "Thời hạn", "Thời hạn như in");
			for (StoredTask task : this.catalog.findTasks(plan.id())) {
				String deadline = TaskDeadline
					.fromCatalog(task.deadlineKind(), task.deadlineValue(), task.deadlineFrom(), task.deadlineMonth(),
							task.deadlineText())
					.text() + (task.deadlineBeforePlan() ? " (sớm hơn ngày ký kế hoạch)" : "");
				tasks.row("nhiệm vụ", task.code(), withPrinted(task.name(), task.printedName()), task.leadUnits(),
						task.coordinatingUnits(), deadline, task.deadlineText());
			}
			return tasks;
		}

		/** The corrected wording, with the printed one beside it where they differ. */
		private static String withPrinted(String text, String printed) {
			return (printed != null) ? text + " (in trong kế hoạch: " + printed + ")" : text;
		}

		private static String aggregate(StoredIndicator indicator) {
			return switch ((indicator.aggregate() != null) ? indicator.aggregate() : "single") {
				case "pooled" -> "gộp tử số, mẫu số";
				case "sum" -> "cộng số đếm";
				case "published" ->
					"số liệu công bố" + ((indicator.publishedBy() != null) ? " (" + indicator.publishedBy() + ")" : "");
				default -> "một đơn vị";
			};
		}

		private static String reading(StoredTarget target) {
			StringBuilder text = new StringBuilder(target.kind());
			if (target.comparator() != null) {
				text.append(' ').append(target.comparator());
			}
			CountBasis basis = CountBasis.fromCatalogName(target.basis());
			if (basis != CountBasis.LEVEL) {
				text.append(", ").append(basis.vietnameseName());
			}
			return text.toString();
		}

	}

}

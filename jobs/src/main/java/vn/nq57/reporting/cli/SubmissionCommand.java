package vn.nq57.reporting.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.submission.SpreadsheetSubmissionImporter;
import vn.nq57.reporting.submission.SubmissionCompleteness;
import vn.nq57.reporting.submission.SubmissionError;
import vn.nq57.reporting.submission.SubmissionForm;
import vn.nq57.reporting.submission.SubmissionFormService;
import vn.nq57.reporting.submission.SubmissionInbox;
import vn.nq57.reporting.submission.SubmissionIntake;
import vn.nq57.reporting.submission.UnitCompleteness;

/** {@code ./reports submission form|import|pull|status}: units' submissions. */
@Component
@Command(name = "submission", mixinStandardHelpOptions = true,
		description = "Biểu mẫu báo cáo của đơn vị: lập biểu mẫu, nhập tệp đã điền, xem đơn vị nào đã gửi.",
		subcommands = { SubmissionCommand.Form.class, SubmissionCommand.Import.class, SubmissionCommand.Pull.class,
				SubmissionCommand.Status.class, SubmissionCommand.Show.class, SubmissionCommand.Token.class })
public class SubmissionCommand extends CommandGroup {

	@Component
	@Command(name = "form", mixinStandardHelpOptions = true,
			description = "Lập biểu mẫu .xlsx cho một đơn vị và một kỳ, điền sẵn các chỉ tiêu, nhiệm vụ đơn vị báo cáo.")
	static class Form implements Callable<Integer> {

		@Option(names = "--plan", required = true, description = "Mã kế hoạch, ví dụ KIEN-AN")
		String plan;

		@Option(names = "--unit", required = true, description = "Mã đơn vị, ví dụ CA")
		String unit;

		@Option(names = "--type", defaultValue = "monthly",
				description = "monthly, quarterly, half-year, annual hoặc ad-hoc (mặc định monthly)")
		String type;

		@Option(names = "--period", required = true, description = "Kỳ: 2026-05, 2026-Q2, 2026-H1, 2026…")
		String period;

		@Option(names = "--out", required = true, description = "Tệp .xlsx cần tạo")
		Path out;

		private final SubmissionFormService forms;

		Form(SubmissionFormService forms) {
			this.forms = forms;
		}

		@Override
		public Integer call() throws Exception {
			try {
				SubmissionForm form = this.forms.writeForm(this.plan, this.unit, ReportType.fromCliName(this.type),
						this.period, this.out);
				System.out.printf("Đã lập biểu mẫu %s: %s, báo cáo %s — %d chỉ tiêu, %d nhiệm vụ%n", this.out,
						form.unit().name(), form.period().label(), form.indicators().size(), form.tasks().size());
				return 0;
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
		}

	}

	@Component
	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Kiểm tra rồi nhập biểu mẫu đã điền. Tệp bị từ chối vẫn được lưu cùng các lỗi.")
	static class Import implements Callable<Integer> {

		@Parameters(arity = "1..*", paramLabel = "TỆP", description = "Tệp .xlsx đã điền")
		List<Path> files;

		private final SpreadsheetSubmissionImporter importer;

		Import(SpreadsheetSubmissionImporter importer) {
			this.importer = importer;
		}

		@Override
		public Integer call() throws Exception {
			boolean rejected = false;
			for (Path file : this.files) {
				SubmissionIntake.Outcome outcome = this.importer.importFile(file);
				printOutcome(file, outcome);
				rejected |= !outcome.accepted();
			}
			return rejected ? 2 : 0;
		}

	}

	@Component
	@Command(name = "pull", mixinStandardHelpOptions = true,
			description = "Nhập mọi tệp .xlsx trong hộp thư, chuyển vào processed/ hoặc rejected/ (kèm tệp lỗi .loi.txt).")
	static class Pull implements Callable<Integer> {

		@Option(names = "--inbox", required = true, description = "Thư mục hộp thư")
		Path inbox;

		private final SubmissionInbox inboxService;

		Pull(SubmissionInbox inboxService) {
			this.inboxService = inboxService;
		}

		@Override
		public Integer call() throws Exception {
			List<SubmissionInbox.Pulled> pulled = this.inboxService.pull(this.inbox);
			int rejected = 0;
			int failed = 0;
			for (SubmissionInbox.Pulled one : pulled) {
				if (one.outcome() == null) {
					failed++;
					System.err
						.println(one.file() + ": chưa nhập được (" + one.failure() + "); tệp để lại cho lần sau.");
					continue;
				}
				printOutcome(one.file(), one.outcome());
				if (!one.outcome().accepted()) {
					rejected++;
				}
			}
			System.out.printf("Hộp thư %s: %d tệp, %d nhận, %d từ chối, %d chưa nhập được%n", this.inbox, pulled.size(),
					pulled.size() - rejected - failed, rejected, failed);
			return (failed > 0) ? 1 : (rejected > 0) ? 2 : 0;
		}

	}

	@Component
	@Command(name = "status", mixinStandardHelpOptions = true,
			description = "Đơn vị nào đã gửi báo cáo đúng hạn, muộn hay chưa gửi, và tỷ lệ đã nhận.")
	static class Status implements Callable<Integer> {

		@Option(names = "--plan", required = true, description = "Mã kế hoạch")
		String plan;

		@Option(names = "--type", defaultValue = "monthly",
				description = "monthly, quarterly, half-year, annual, ad-hoc")
		String type;

		@Option(names = "--period", required = true, description = "Kỳ, ví dụ 2026-05")
		String period;

		@Option(names = "--format", defaultValue = "table", description = "table hoặc csv")
		String format;

		private final SubmissionCompleteness completeness;

		Status(SubmissionCompleteness completeness) {
			this.completeness = completeness;
		}

		@Override
		public Integer call() {
			SubmissionCompleteness.Report report;
			try {
				report = this.completeness.forPeriod(this.plan, ReportType.fromCliName(this.type), this.period);
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
			boolean csv = "csv".equalsIgnoreCase(this.format);
			DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
			if (!csv) {
				System.out.printf("%s — báo cáo %s; gửi từ %s là muộn%n%n", report.plan().planCode(),
						report.period().label(), report.lateFrom().format(when));
			}
			Table table = new Table("Mã đơn vị", "Đơn vị", "Tình trạng", "Nhận lúc");
			for (UnitCompleteness unit : report.units()) {
				table.row(unit.unitCode(), unit.unitName(), csv ? unit.timeliness() : label(unit.timeliness()),
						(unit.receivedAt() == null) ? ""
								: csv ? unit.receivedAt().withNano(0) : unit.receivedAt().format(when));
			}
			table.print(System.out, this.format);
			if (!csv) {
				System.out.printf("%nĐã nhận %d/%d (%s): %d đúng hạn, %d muộn, %d chưa gửi%n",
						report.units().size() - report.count("MISSING"), report.units().size(),
						VietnameseNumbers.ratioAsPercent(report.shareReceived()), report.count("ON_TIME"),
						report.count("LATE"), report.count("MISSING"));
			}
			return 0;
		}

		private static String label(String timeliness) {
			return switch (timeliness) {
				case "ON_TIME" -> "đúng hạn";
				case "LATE" -> "muộn";
				default -> "chưa gửi";
			};
		}

	}

	@Component
	@Command(name = "show", mixinStandardHelpOptions = true,
			description = "Xem một lần gửi (biên nhận): đơn vị, kỳ, kết quả và từng lỗi, để báo lại cho đơn vị.")
	static class Show implements Callable<Integer> {

		@Parameters(paramLabel = "BIÊN-NHẬN", description = "Số biên nhận, như lệnh import hoặc pull đã in")
		long receiptId;

		@Option(names = "--save", paramLabel = "TỆP", description = "Ghi lại tệp/nội dung đã nhận, đúng từng byte")
		Path save;

		private final vn.nq57.reporting.submission.SubmissionMapper submissions;

		Show(vn.nq57.reporting.submission.SubmissionMapper submissions) {
			this.submissions = submissions;
		}

		@Override
		public Integer call() throws Exception {
			vn.nq57.reporting.submission.StoredReceipt receipt = this.submissions.findReceipt(this.receiptId);
			if (receipt == null) {
				System.err.println("Không có biên nhận số " + this.receiptId);
				return 2;
			}
			System.out.printf("Biên nhận %d: %s lúc %s qua %s%s%n", receipt.id(),
					"ACCEPTED".equals(receipt.status()) ? "đã nhận" : "bị từ chối",
					receipt.receivedAt().format(DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")), receipt.channel(),
					(receipt.fileName() == null) ? "" : " (tệp " + receipt.fileName() + ")");
			System.out.printf("Kế hoạch %s, đơn vị %s, loại %s, kỳ %s; %d byte, SHA-256 %s%n",
					known(receipt.planCode()), known(receipt.unitCode()), known(receipt.reportType()),
					known(receipt.periodCode()), receipt.sizeBytes(), receipt.sha256());
			for (vn.nq57.reporting.submission.StoredError error : this.submissions.findErrors(this.receiptId)) {
				System.out.printf("  - %s: [%s] %s%n", error.location(), error.code(), error.message());
			}
			if (this.save != null && receipt.payload() != null) {
				java.nio.file.Files.write(this.save, receipt.payload());
				System.out.println("Đã ghi nội dung đã nhận vào " + this.save);
			}
			return 0;
		}

	}

	/** What a receipt claimed, or that it could not be read. */
	static String known(String claimed) {
		return (claimed == null) ? "(không rõ)" : claimed;
	}

	@Component
	@Command(name = "token", mixinStandardHelpOptions = true,
			description = "Cấp (hoặc thu hồi) mã truy cập API cho hệ thống của một đơn vị. Mã chỉ hiện một lần; hệ thống chỉ lưu bản băm.")
	static class Token implements Callable<Integer> {

		@Option(names = "--plan", description = "Mã kế hoạch")
		String plan;

		@Option(names = "--unit", description = "Mã đơn vị")
		String unit;

		@Option(names = "--label", description = "Ghi chú: hệ thống nào dùng mã này")
		String label;

		@Option(names = "--revoke", paramLabel = "SỐ", description = "Thu hồi mã có số này")
		Long revoke;

		private final vn.nq57.reporting.submission.UnitTokens tokens;

		Token(vn.nq57.reporting.submission.UnitTokens tokens) {
			this.tokens = tokens;
		}

		@Override
		public Integer call() {
			if (this.revoke != null) {
				boolean revoked = this.tokens.revoke(this.revoke);
				System.out.println(revoked ? "Đã thu hồi mã số " + this.revoke
						: "Không có mã số " + this.revoke + " đang hiệu lực");
				return revoked ? 0 : 2;
			}
			if (this.plan == null || this.unit == null) {
				System.err.println("Cần --plan và --unit (hoặc --revoke SỐ).");
				return 2;
			}
			try {
				vn.nq57.reporting.submission.UnitTokens.Issued issued = this.tokens.issue(this.plan, this.unit,
						this.label);
				System.out.printf(
						"Mã truy cập số %d cho đơn vị %s (kế hoạch %s) — chỉ hiện lần này, hãy lưu lại:%n%s%n",
						issued.id(), this.unit, this.plan, issued.token());
				return 0;
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
		}

	}

	static void printOutcome(Path file, SubmissionIntake.Outcome outcome) {
		PrintStream out = outcome.accepted() ? System.out : System.err;
		if (outcome.accepted()) {
			out.printf("%s: đã nhận — %s, đơn vị %s, kỳ %s, phiên bản %d (biên nhận %d)%n", file, outcome.planCode(),
					outcome.unitCode(), outcome.periodCode(), outcome.version(), outcome.receiptId());
			return;
		}
		out.printf("%s: bị từ chối (biên nhận %d), %d lỗi:%n", file, outcome.receiptId(), outcome.errors().size());
		for (SubmissionError error : outcome.errors()) {
			out.println("  - " + error.text());
		}
	}

}

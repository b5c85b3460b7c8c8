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

import vn.nq57.reporting.submission.SubmissionProperties;
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
				SubmissionCommand.Inbox.class, SubmissionCommand.Status.class, SubmissionCommand.Show.class,
				SubmissionCommand.Token.class })
public class SubmissionCommand extends CommandGroup {

	@Component
	@Command(name = "form", mixinStandardHelpOptions = true,
			description = "Lập biểu mẫu .xlsx cho một đơn vị và một kỳ, điền sẵn các chỉ tiêu, nhiệm vụ đơn vị báo cáo.")
	static class Form implements Callable<Integer> {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", required = true,
				description = "Mã kế hoạch, ví dụ KIEN-AN")
		String plan;

		@Option(names = "--unit", paramLabel = "MÃ-ĐƠN-VỊ", required = true, description = "Mã đơn vị, ví dụ CA")
		String unit;

		@Option(names = "--type", paramLabel = "LOẠI", defaultValue = "monthly",
				description = "monthly, quarterly, half-year, annual hoặc ad-hoc (mặc định monthly)")
		String type;

		@Option(names = "--period", paramLabel = "KỲ", required = true,
				description = "Kỳ: 2026-05, 2026-Q2, 2026-H1, 2026…")
		String period;

		@Option(names = "--out", paramLabel = "TỆP", required = true, description = "Tệp .xlsx cần tạo")
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
			description = "Người vận hành nhập tay biểu mẫu đã điền (ghi nhận là nhập tay bởi tài khoản đang chạy lệnh). "
					+ "Tệp bị từ chối vẫn được lưu cùng các lỗi; tệp đã nhận trước đó không tạo phiên bản mới.")
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
				SubmissionIntake.Outcome outcome;
				try {
					outcome = this.importer.importFile(file);
				}
				catch (java.io.IOException ex) {
					System.err.println(file + ": không đọc được tệp (" + ex.getMessage() + ")");
					rejected = true;
					continue;
				}
				printOutcome(file, outcome);
				rejected |= !outcome.accepted();
			}
			return rejected ? 2 : 0;
		}

	}

	@Component
	@Command(name = "pull", mixinStandardHelpOptions = true,
			description = "Nhận các tệp .xlsx trong thư mục của từng đơn vị (HỘP-THƯ/MÃ-KẾ-HOẠCH/MÃ-ĐƠN-VỊ/), chuyển vào "
					+ "processed/ hoặc rejected/ (kèm tệp lỗi .loi.txt) của đơn vị đó.")
	static class Pull implements Callable<Integer> {

		@Option(names = "--inbox", paramLabel = "THƯ-MỤC",
				description = "Thư mục hộp thư (mặc định: reports.submissions.inbox)")
		Path inbox;

		private final SubmissionInbox inboxService;

		private final String configuredInbox;

		Pull(SubmissionInbox inboxService, SubmissionProperties properties) {
			this.inboxService = inboxService;
			this.configuredInbox = properties.inbox();
		}

		@Override
		public Integer call() throws Exception {
			Path folder = inboxFolder(this.inbox, this.configuredInbox);
			if (folder == null) {
				return 2;
			}
			List<SubmissionInbox.Pulled> pulled = this.inboxService.pull(folder);
			int accepted = 0;
			int duplicates = 0;
			int refused = 0;
			int notStored = 0;
			for (SubmissionInbox.Pulled one : pulled) {
				switch (one.result()) {
					case ACCEPTED, REJECTED -> printOutcome(one.file(), one.outcome());
					case DUPLICATE -> printOutcome(one.file(), one.outcome());
					case REFUSED_UNREAD -> System.err.println(one.file() + ": bị từ chối, không đọc — " + one.failure()
							+ "; chuyển sang " + one.movedTo());
					case MISPLACED -> System.err
						.println(one.file() + ": " + one.failure() + "; không đọc, chuyển sang " + one.movedTo());
					case LEFT_FOR_NEXT_PULL -> System.err
						.println(one.file() + ": chưa lưu được (" + one.failure() + "); tệp để lại cho lần sau.");
					case SET_ASIDE -> System.err.println(one.file() + ": không lưu được sau nhiều lần thử ("
							+ one.failure() + "); chuyển sang " + one.movedTo() + ", đã báo người vận hành.");
					case FOLDER_REFUSED -> System.err.println(one.file() + ": chưa nhập — " + one.failure());
				}
				switch (one.result()) {
					case ACCEPTED -> accepted++;
					case DUPLICATE -> duplicates++;
					case REJECTED, REFUSED_UNREAD, MISPLACED -> refused++;
					default -> notStored++;
				}
			}
			System.out.printf("Hộp thư %s: %d tệp, %d nhận, %d đã nhận trước đó, %d từ chối, %d chưa lưu được%n",
					folder, pulled.size(), accepted, duplicates, refused, notStored);
			return (notStored > 0) ? 1 : (refused > 0) ? 2 : 0;
		}

	}

	@Component
	@Command(name = "inbox", mixinStandardHelpOptions = true,
			description = "Hộp thư nhận biểu mẫu: mỗi đơn vị một thư mục riêng.",
			subcommands = { SubmissionCommand.InboxInit.class })
	static class Inbox extends CommandGroup {

	}

	@Component
	@Command(name = "init", mixinStandardHelpOptions = true,
			description = "Lập thư mục hộp thư cho từng đơn vị của kế hoạch: HỘP-THƯ/MÃ-KẾ-HOẠCH/MÃ-ĐƠN-VỊ/ "
					+ "(chỉ tài khoản hệ thống đọc được; cấp quyền cho tài khoản của từng đơn vị vào đúng thư mục của mình).")
	static class InboxInit implements Callable<Integer> {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", required = true, description = "Mã kế hoạch")
		String plan;

		@Option(names = "--inbox", paramLabel = "THƯ-MỤC",
				description = "Thư mục hộp thư (mặc định: reports.submissions.inbox)")
		Path inbox;

		private final SubmissionInbox inboxService;

		private final String configuredInbox;

		InboxInit(SubmissionInbox inboxService, SubmissionProperties properties) {
			this.inboxService = inboxService;
			this.configuredInbox = properties.inbox();
		}

		@Override
		public Integer call() throws Exception {
			Path folder = inboxFolder(this.inbox, this.configuredInbox);
			if (folder == null) {
				return 2;
			}
			SubmissionInbox.Prepared prepared;
			try {
				prepared = this.inboxService.prepare(folder, this.plan);
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
			for (Path unitFolder : prepared.unitFolders()) {
				System.out.println(unitFolder);
			}
			prepared.warnings().forEach(System.err::println);
			System.err.printf(
					"Đã lập %d thư mục đơn vị trong %s. Cấp cho tài khoản của mỗi đơn vị quyền ghi vào đúng "
							+ "thư mục của mình (ví dụ: setfacl -m u:TÀI-KHOẢN:rwx %s/%s/MÃ-ĐƠN-VỊ).%n",
					prepared.unitFolders().size(), folder, folder, this.plan);
			return 0;
		}

	}

	/** The inbox named on the command line, or the configured one. */
	static Path inboxFolder(Path given, String configured) {
		if (given != null) {
			return given;
		}
		if (configured == null || configured.isBlank()) {
			System.err
				.println("Cần --inbox THƯ-MỤC (hoặc cấu hình reports.submissions.inbox / REPORTS_SUBMISSIONS_INBOX).");
			return null;
		}
		return Path.of(configured);
	}

	@Component
	@Command(name = "status", mixinStandardHelpOptions = true,
			description = "Đơn vị nào đã gửi báo cáo đúng hạn, muộn hay chưa gửi, và tỷ lệ đã nhận.")
	static class Status implements Callable<Integer>, AnsweredByService {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", required = true, description = "Mã kế hoạch")
		String plan;

		@Option(names = "--type", paramLabel = "LOẠI", defaultValue = "monthly",
				description = "monthly, quarterly, half-year, annual, ad-hoc")
		String type;

		@Option(names = "--period", paramLabel = "KỲ", required = true, description = "Kỳ, ví dụ 2026-05")
		String period;

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table", description = "table hoặc csv")
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
	static class Show implements Callable<Integer>, AnsweredByService {

		@Parameters(paramLabel = "BIÊN-NHẬN", description = "Số biên nhận, như lệnh import hoặc pull đã in")
		long receiptId;

		@Option(names = "--save", paramLabel = "TỆP", description = "Ghi lại tệp/nội dung đã nhận, đúng từng byte")
		Path save;

		private final vn.nq57.reporting.submission.SubmissionMapper submissions;

		Show(vn.nq57.reporting.submission.SubmissionMapper submissions) {
			this.submissions = submissions;
		}

		/** --save writes a file in the caller's folder: the caller runs it. */
		@Override
		public boolean answerableByService() {
			return this.save == null;
		}

		@Override
		public Integer call() throws Exception {
			vn.nq57.reporting.submission.StoredReceipt receipt = this.submissions.findReceipt(this.receiptId);
			if (receipt == null) {
				System.err.println("Không có biên nhận số " + this.receiptId);
				return 2;
			}
			System.out.printf("Biên nhận %d: %s lúc %s qua %s%s%s%n", receipt.id(), outcome(receipt),
					receipt.receivedAt().format(DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss")),
					vn.nq57.reporting.submission.Sender.channelLabel(receipt.channel()),
					(receipt.sender() == null) ? "" : " [" + receipt.sender() + "]",
					(receipt.fileName() == null) ? "" : " (tệp " + receipt.fileName() + ")");
			System.out.printf("Kế hoạch %s, đơn vị %s, loại %s, kỳ %s; %d byte, SHA-256 %s%n",
					known(receipt.planCode()), known(receipt.unitCode()),
					(receipt.reportType() == null) ? "không rõ" : typeName(receipt.reportType()),
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

	static String outcome(vn.nq57.reporting.submission.StoredReceipt receipt) {
		return switch (receipt.status()) {
			case "ACCEPTED" -> "đã nhận";
			case "DUPLICATE" -> "đã nhận trước đó (giống hệt biên nhận " + receipt.duplicateOf() + ")";
			case "RECEIVED" -> "đã lưu, chưa xử lý xong";
			default -> "bị từ chối";
		};
	}

	/** What a receipt claimed, or that it could not be read. */
	static String known(String claimed) {
		return (claimed == null) ? "(không rõ)" : claimed;
	}

	@Component
	@Command(name = "token", mixinStandardHelpOptions = true,
			description = "Cấp (hoặc thu hồi) mã truy cập API cho hệ thống của một đơn vị. Mã chỉ hiện một lần; hệ thống chỉ lưu bản băm.")
	static class Token implements Callable<Integer> {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", description = "Mã kế hoạch")
		String plan;

		@Option(names = "--unit", paramLabel = "MÃ-ĐƠN-VỊ", description = "Mã đơn vị")
		String unit;

		@Option(names = "--label", paramLabel = "NHÃN", description = "Ghi chú: hệ thống nào dùng mã này")
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
		if (outcome.duplicate()) {
			out.printf(
					"%s: đã nhận trước đó — %s, đơn vị %s, kỳ %s, phiên bản %d (biên nhận %d); không tạo phiên bản mới"
							+ " (biên nhận lần này %d)%n",
					file, outcome.planCode(), outcome.unitCode(), outcome.periodCode(), outcome.version(),
					outcome.duplicateOf(), outcome.receiptId());
			return;
		}
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

	/**
	 * A stored report type's Vietnamese name; what a unit wrote, as written, when it is
	 * no type.
	 */
	private static String typeName(String type) {
		try {
			return vn.nq57.reporting.attainment.ReportType.valueOf(type).vietnameseName();
		}
		catch (IllegalArgumentException ex) {
			return type;
		}
	}

}

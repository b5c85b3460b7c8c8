package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile files are refused before the workbook is parsed further than needed, with a
 * clear reason, and still kept (the receipt holds them byte for byte) so nothing received
 * is lost.
 */
@DatabaseTest
class HostileSpreadsheetTests {

	static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 5, 16, 9, 30);

	@Autowired
	PlanImporter plans;

	@Autowired
	SubmissionFormService forms;

	@Autowired
	SpreadsheetSubmissionImporter importer;

	@Autowired
	SubmissionMapper submissions;

	@TempDir
	Path folder;

	Path form;

	@BeforeEach
	void givenAFormOfKienAnsPolice() throws IOException {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		this.form = this.folder.resolve("form.xlsx");
		this.forms.writeForm("KIEN-AN", "CA", ReportType.MONTHLY, "2026-05", this.form);
	}

	@Test
	void zipBombIsRefusedWhileInflating() throws IOException {
		// 15 MB of spaces compress to a few kilobytes: far beyond any real form's ratio
		byte[] bomb = new byte[15 * 1024 * 1024];
		java.util.Arrays.fill(bomb, (byte) ' ');
		Path file = rewrite(Map.of(), Map.of("xl/media/padding.xml", bomb));
		assertThat(Files.size(file)).isLessThan(200_000);

		assertRefused(file, SubmissionErrorCode.FILE_UNSAFE, "Tệp nén bất thường");
	}

	@Test
	void sheetTooLargeIsRefusedBeforeItIsParsed() throws IOException {
		Path file = this.folder.resolve("huge.xlsx");
		try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			SXSSFSheet sheet = book.createSheet("Chỉ tiêu");
			java.util.Random random = new java.util.Random(7);
			for (int r = 0; r < 150_000; r++) {
				sheet.createRow(r).createCell(0).setCellValue(random.nextDouble());
			}
			book.write(out);
		}

		assertRefused(file, SubmissionErrorCode.SHEET_TOO_LARGE, "quá lớn");
	}

	@Test
	void sheetWithMoreRowsThanAFormCanHaveIsRefused() throws IOException {
		Path file = this.folder.resolve("long.xlsx");
		try (FilledForm filled = FilledForm.open(this.form)) {
			XSSFSheet sheet = filled.workbook().getSheet("Chỉ tiêu");
			for (int r = 10; r < 2600; r++) {
				sheet.createRow(r).createCell(5).setCellValue(r);
			}
			filled.saveAs(file);
		}

		assertRefused(file, SubmissionErrorCode.SHEET_TOO_LARGE,
				"Trang «Chỉ tiêu» có 2600 dòng, quá giới hạn 2000 dòng.");
	}

	@Test
	void externalLinkIsRefused() throws IOException {
		Path file = rewrite(Map.of("[Content_Types].xml", xml -> text(xml).replace("</Types>",
				"<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>")
			.getBytes(StandardCharsets.UTF_8)), Map.of("xl/externalLinks/externalLink1.xml",
					("<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
							+ "<externalBook/></externalLink>")
						.getBytes(StandardCharsets.UTF_8)));

		assertRefused(file, SubmissionErrorCode.EXTERNAL_LINK, "liên kết tới bảng tính hoặc nguồn dữ liệu khác");
	}

	@Test
	void xmlEntitiesAreNeverExpanded() throws IOException {
		Path secret = Files.writeString(this.folder.resolve("secret.txt"), "MẬT-KHẨU-BÍ-MẬT");
		Path file = rewrite(Map.of("xl/sharedStrings.xml", xml -> {
			String text = text(xml);
			int start = text.indexOf("<sst");
			String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
			return (text.substring(0, start) + doctype + text.substring(start))
				.replaceFirst("<t>[^<]*</t>", "<t>&xxe;</t>")
				.getBytes(StandardCharsets.UTF_8);
		}), Map.of());

		SubmissionIntake.Outcome outcome = assertRefused(file, SubmissionErrorCode.FILE_UNREADABLE,
				"XML không được phép");
		assertThat(outcome.errors().toString()).doesNotContain("MẬT-KHẨU");
	}

	@Test
	void billionLaughsIsRefused() throws IOException {
		Path file = rewrite(Map.of("xl/sharedStrings.xml", xml -> {
			String text = text(xml);
			int start = text.indexOf("<sst");
			StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"ha\">");
			for (int i = 1; i < 10; i++) {
				doctype.append("<!ENTITY l")
					.append(i)
					.append(" \"")
					.append(("&l" + (i - 1) + ";").repeat(10))
					.append("\">");
			}
			doctype.append("]>");
			return (text.substring(0, start) + doctype + text.substring(start))
				.replaceFirst("<t>[^<]*</t>", "<t>&l9;</t>")
				.getBytes(StandardCharsets.UTF_8);
		}), Map.of());

		assertRefused(file, SubmissionErrorCode.FILE_UNREADABLE, "XML không được phép");
	}

	@Test
	@org.junit.jupiter.api.Tag("faults")
	void numberCellOf1e400IsRefusedAtItsCellNotAsTheWholeFile() throws Exception {
		Path typed = this.folder.resolve("typed.xlsx");
		try (FilledForm filled = FilledForm.open(this.form)) {
			filled.type("Chỉ tiêu", "Tỷ lệ người dân có tài khoản định danh điện tử", "Giá trị thực hiện", 123456.5)
				.saveAs(typed);
		}
		Path file = rewrite(typed, name -> name.startsWith("xl/worksheets/"),
				xml -> text(xml).replace("<v>123456.5</v>", "<v>1e400</v>").getBytes(StandardCharsets.UTF_8));

		SubmissionIntake.Outcome outcome = this.importer.importFile(file, RECEIVED);

		assertThat(outcome.errors()).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(SubmissionErrorCode.NOT_A_NUMBER);
			assertThat(e.location().text()).startsWith("trang «Chỉ tiêu», dòng");
			assertThat(e.message()).startsWith("Giá trị «Infinity» không phải một số hữu hạn");
		});
	}

	/** Copies a workbook's zip, changing the entries whose names match. */
	private Path rewrite(Path source, java.util.function.Predicate<String> names, UnaryOperator<byte[]> change)
			throws IOException {
		Path file = this.folder.resolve("changed-" + System.nanoTime() + ".xlsx");
		try (InputStream in = Files.newInputStream(source);
				ZipInputStream zin = new ZipInputStream(in);
				ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry; (entry = zin.getNextEntry()) != null;) {
				byte[] content = zin.readAllBytes();
				zout.putNextEntry(new ZipEntry(entry.getName()));
				zout.write(names.test(entry.getName()) ? change.apply(content) : content);
				zout.closeEntry();
			}
		}
		return file;
	}

	@Test
	void fileThatIsNotAWorkbookIsRefused() throws IOException {
		Path file = Files.writeString(this.folder.resolve("bao-cao.xlsx"), "%PDF-1.7 không phải bảng tính");

		assertRefused(file, SubmissionErrorCode.FILE_NOT_XLSX, "Tệp không phải bảng tính .xlsx");
	}

	@Test
	void oldExcelFileIsRefusedWithAdvice() throws IOException {
		Path file = this.folder.resolve("bao-cao.xlsx");
		try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			book.createSheet("Chỉ tiêu");
			book.write(out);
		}

		assertRefused(file, SubmissionErrorCode.FILE_NOT_XLSX, "định dạng Excel cũ (.xls)");
	}

	@Test
	void workbookThatIsNotOurFormIsRefused() throws IOException {
		Path file = this.folder.resolve("khac.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			book.createSheet("Chỉ tiêu").createRow(0).createCell(0).setCellValue("KA-29");
			book.write(out);
		}

		assertRefused(file, SubmissionErrorCode.FORM_UNKNOWN, "không phải biểu mẫu báo cáo do hệ thống lập");
	}

	@Test
	void fileLargerThanTheLimitIsRefusedUnread() {
		SpreadsheetLimits small = new SpreadsheetLimits(1000, 2000, 20_000_000);
		ReceivedSubmission.Receipt receipt = new ReceivedSubmission.Receipt("SPREADSHEET", RECEIVED, "lon.xlsx",
				SpreadsheetSubmissionImporter.XLSX, null, 5000, "0".repeat(64));

		ReceivedSubmission read = new SubmissionFormReader(small).read(receipt);

		assertThat(read.readErrors()).singleElement()
			.satisfies(e -> assertThat(e.code()).isEqualTo(SubmissionErrorCode.FILE_TOO_LARGE));
	}

	private SubmissionIntake.Outcome assertRefused(Path file, SubmissionErrorCode code, String messagePart)
			throws IOException {
		SubmissionIntake.Outcome outcome = this.importer.importFile(file, RECEIVED);
		assertThat(outcome.errors()).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(code);
			assertThat(e.message()).contains(messagePart);
		});
		StoredReceipt receipt = this.submissions.findReceipt(outcome.receiptId());
		assertThat(receipt.status()).isEqualTo("REJECTED");
		assertThat(receipt.payload()).as("kept byte for byte").isEqualTo(Files.readAllBytes(file));
		assertThat(this.submissions.findErrors(outcome.receiptId())).extracting(StoredError::code)
			.containsExactly(code.name());
		return outcome;
	}

	/** Copies the form's zip, changing some entries and adding others. */
	private Path rewrite(Map<String, UnaryOperator<byte[]>> changes, Map<String, byte[]> additions) throws IOException {
		Path file = this.folder.resolve("hostile-" + System.nanoTime() + ".xlsx");
		try (InputStream in = Files.newInputStream(this.form);
				ZipInputStream zin = new ZipInputStream(in);
				ZipOutputStream zout = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry; (entry = zin.getNextEntry()) != null;) {
				byte[] content = zin.readAllBytes();
				UnaryOperator<byte[]> change = changes.get(entry.getName());
				zout.putNextEntry(new ZipEntry(entry.getName()));
				zout.write((change == null) ? content : change.apply(content));
				zout.closeEntry();
			}
			for (Map.Entry<String, byte[]> added : additions.entrySet()) {
				zout.putNextEntry(new ZipEntry(added.getKey()));
				zout.write(added.getValue());
				zout.closeEntry();
			}
		}
		return file;
	}

	private static String text(byte[] xml) {
		return new String(xml, StandardCharsets.UTF_8);
	}

}

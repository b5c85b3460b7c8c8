package vn.nq57.reporting.submission;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * (Kiến An's police, periods 2026-03 to 2026-08: other classes sharing the database use
 * other ones.) The spreadsheet way in, end to end on MariaDB: a form made for a unit of
 * Kiến An, filled like a person fills it, imported, and counted in the next report; and
 * every kind of mistake refused with its message, the file and the errors kept.
 */
@DatabaseTest
class SpreadsheetSubmissionTests {

	static final LocalDateTime ON_TIME = LocalDateTime.of(2026, 5, 16, 9, 30);

	static final String INDICATORS = "Chỉ tiêu";

	static final String TASKS = "Nhiệm vụ";

	static final String VNEID = "Tỷ lệ người dân có tài khoản định danh điện tử";

	static final String SIGNATURES = "Tỷ lệ người dân có chữ ký số";

	static final String CYBER_SECURITY = "Bảo đảm an ninh mạng";

	@Autowired
	PlanImporter plans;

	@Autowired
	ReportArchive reportArchive;

	@Autowired
	SubmissionFormService forms;

	@Autowired
	SpreadsheetSubmissionImporter importer;

	@Autowired
	SubmissionMapper submissions;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@TempDir
	Path folder;

	@BeforeEach
	void givenKienAnsPlan() {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
	}

	@Test
	void formFilledLikeAPersonImportsAndCountsInTheNextReport() throws Exception {
		Path blank = policeForm("2026-06");
		Path filled = this.folder.resolve("cong-an-2026-06.xlsx");
		try (FilledForm form = FilledForm.open(blank)) {
			form.typeInfo("Người lập báo cáo", "Đại úy Phạm Văn Hùng, Phó Trưởng Công an phường")
				.typeInfo("Kết quả đạt được", "Đã kích hoạt thêm 1.250 tài khoản định danh mức 2.")
				.typeInfo("Khó khăn", "Người cao tuổi còn ngại dùng điện thoại thông minh.")
				.type(INDICATORS, VNEID, "Giá trị thực hiện", 72.5)
				.type(INDICATORS, VNEID, "Ghi chú", "Số liệu từ hệ thống định danh ngày 14/5")
				.type(INDICATORS, VNEID, "Đường dẫn minh chứng", "https://kienan.haiphong.gov.vn/vneid-t5.pdf")
				.type(INDICATORS, SIGNATURES, "Tử số", 1200)
				.type(INDICATORS, SIGNATURES, "Mẫu số", 15000)
				.pick(TASKS, CYBER_SECURITY, "Tình trạng", "Đang thực hiện")
				.type(TASKS, CYBER_SECURITY, "Tỷ lệ hoàn thành (%)", 60)
				.type(TASKS, CYBER_SECURITY, "Kết quả thực hiện", "Rà soát an ninh mạng tại 12 cơ quan.")
				.saveAs(filled);
		}

		SubmissionIntake.Outcome outcome = this.importer.importFile(filled, ON_TIME.plusMonths(1));

		assertThat(outcome.errors()).isEmpty();
		assertThat(outcome.version()).isEqualTo(1);
		assertThat(this.submissions.findReceipt(outcome.receiptId()).payload()).isEqualTo(Files.readAllBytes(filled));

		ReportRunLauncher.Outcome run = this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2026-06", false);
		assertThat(run.completed()).isTrue();
		JsonNode json = json(run.run().id());
		assertThat(indicator(json, "KA-29").get("actualValue").decimalValue()).isEqualByComparingTo("72.5");
		assertThat(indicator(json, "KA-28").get("actualValue").decimalValue()).isEqualByComparingTo("8");
		assertThat(json.at("/tasks/inProgress").asInt()).as("the cyber-security task in progress").isEqualTo(1);
		assertThat(json.at("/completeness/onTime").asInt()).isEqualTo(1);
		assertThat(json.at("/completeness/expected").asInt()).isEqualTo(3);
		assertThat(json.get("difficulties").toString()).contains("Người cao tuổi còn ngại dùng điện thoại thông minh.");
	}

	@Test
	void secondFormBecomesTheNextVersionAndTheLatestCounts() throws Exception {
		Path first = fill(policeForm("2026-07"), "first.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 70));
		Path second = fill(policeForm("2026-07"), "second.xlsx",
				f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 74));

		assertThat(this.importer.importFile(first, ON_TIME.plusMonths(2)).version()).isEqualTo(1);
		assertThat(this.importer.importFile(second, ON_TIME.plusMonths(2).plusDays(1)).version()).isEqualTo(2);

		assertThat(this.submissions.findVersions("KIEN-AN", "CA", "MONTHLY", "2026-07"))
			.extracting(StoredSubmission::version, StoredSubmission::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "ACCEPTED"),
					org.assertj.core.groups.Tuple.tuple(1, "ACCEPTED"));
		ReportRunLauncher.Outcome run = this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2026-07", false);
		assertThat(indicator(json(run.run().id()), "KA-29").get("actualValue").decimalValue())
			.isEqualByComparingTo("74");
	}

	@Test
	@Tag("faults")
	void sameFileImportedAgainIsRecognisedAndMakesNoSecondVersion() throws Exception {
		Path file = fill(policeForm("2026-03"), "lan-1.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 66));
		SubmissionIntake.Outcome first = this.importer.importFile(file, ON_TIME.minusMonths(1));

		SubmissionIntake.Outcome again = this.importer.importFile(file, ON_TIME.minusMonths(1).plusDays(2));

		assertThat(again.duplicate()).isTrue();
		assertThat(again.accepted()).isTrue();
		assertThat(again.version()).isEqualTo(1);
		assertThat(again.duplicateOf()).isEqualTo(first.receiptId());
		assertThat(this.submissions.findVersions("KIEN-AN", "CA", "MONTHLY", "2026-03")).hasSize(1);
	}

	@Test
	void operatorsImportIsRecordedAsAManualImportByTheirAccount() throws Exception {
		Path file = fill(policeForm("2026-04"), "tay.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 67));

		SubmissionIntake.Outcome outcome = this.importer.importFile(file, ON_TIME);

		StoredReceipt receipt = this.submissions.findReceipt(outcome.receiptId());
		assertThat(receipt.channel()).isEqualTo("MANUAL_IMPORT");
		assertThat(receipt.sender()).isEqualTo("os-user:" + System.getProperty("user.name"));
		assertThat(receipt.unitCode()).as("the workbook's own unit, trusted").isEqualTo("CA");
	}

	@Test
	void decomposedAccentsTypedInAFormMatchTheLists() throws Exception {
		Path file = fill(policeForm("2026-04"), "to-hop.xlsx", f -> f.type(TASKS, CYBER_SECURITY, "Tình trạng",
				java.text.Normalizer.normalize("Đang thực hiện", java.text.Normalizer.Form.NFD)));

		SubmissionIntake.Outcome outcome = this.importer.importFile(file, ON_TIME);

		assertThat(outcome.errors()).isEmpty();
	}

	@Test
	void formHoldsOnlyTheUnitsRowsWithInputsMarkedAndIdentifiersHidden() throws Exception {
		try (FilledForm form = FilledForm.open(policeForm("2026-05"))) {
			XSSFSheet indicators = form.workbook().getSheet(INDICATORS);
			assertThat(names(indicators)).containsExactly("Tỷ lệ người dân có chữ ký số",
					// the corrected wording; the plan prints "VNeiD" (catalog
					// printed_name)
					"Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)");
			assertThat(names(form.workbook().getSheet(TASKS))).singleElement()
				.satisfies(name -> assertThat(name).startsWith(CYBER_SECURITY));
			assertThat(indicators.isColumnHidden(0)).as("codes column hidden").isTrue();
			assertThat(indicators.getProtect()).as("sheet protected").isTrue();
			assertThat(form.inputCell(INDICATORS, VNEID, "Giá trị thực hiện").getCellStyle().getFillForegroundColor())
				.isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_YELLOW.getIndex());
			assertThat(indicators.getRow(3).getCell(2).getCellStyle().getLocked()).as("names locked").isTrue();
			int ids = form.workbook().getSheetIndex("_ma_bieu_mau");
			assertThat(form.workbook().getSheetVisibility(ids)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(form.workbook().getSheet(INDICATORS).getRow(3).getCell(4).getStringCellValue())
				.as("the target of the milestone that applies")
				.isEqualTo("≥10% (2030)");
		}
	}

	@Test
	void perCentTypedWithASignIsReadAsThePerCentShown() throws Exception {
		Path file = fill(policeForm("2026-08"), "percent.xlsx", f -> {
			// Excel stores "72,5%" typed into a cell as 0.725 in a per-cent format
			org.apache.poi.ss.usermodel.Cell cell = f.inputCell(INDICATORS, VNEID, "Giá trị thực hiện");
			org.apache.poi.ss.usermodel.CellStyle style = f.workbook().createCellStyle();
			style.cloneStyleFrom(cell.getCellStyle());
			style.setDataFormat(f.workbook().createDataFormat().getFormat("0.0%"));
			cell.setCellStyle(style);
			cell.setCellValue(0.725);
		});

		SubmissionIntake.Outcome outcome = this.importer.importFile(file, ON_TIME.plusMonths(3));

		assertThat(outcome.errors()).isEmpty();
		assertThat(this.submissions.findValues(outcome.submissionId())).singleElement()
			.satisfies(v -> assertThat(v.value()).isEqualByComparingTo("72.5"));
	}

	@Test
	void perCentAboveHundredIsRefusedAndKept() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 120));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.PERCENT_OUT_OF_RANGE);
		assertThat(error.location().text()).isEqualTo("trang «Chỉ tiêu», dòng 5, cột F");
		assertThat(error.message()).isEqualTo("Chỉ tiêu KA-29 là tỷ lệ phần trăm, phải từ 0 đến 100; đã nhập 120.");
	}

	@Test
	void numeratorLargerThanDenominatorIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx",
				f -> f.type(INDICATORS, SIGNATURES, "Tử số", 20000).type(INDICATORS, SIGNATURES, "Mẫu số", 15000));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.NUMERATOR_EXCEEDS_DENOMINATOR);
		assertThat(error.location().text()).isEqualTo("trang «Chỉ tiêu», dòng 4, cột G");
		assertThat(error.message())
			.isEqualTo("Chỉ tiêu KA-28: tử số (20000) lớn hơn mẫu số (15000); tỷ lệ không thể vượt 100%.");
	}

	@Test
	void textWhereANumberBelongsIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", "khoảng 70"));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.NOT_A_NUMBER);
		assertThat(error.location().text()).isEqualTo("trang «Chỉ tiêu», dòng 5, cột F");
		assertThat(error.message()).startsWith("Ô này cần một số, nhưng có «khoảng 70».");
	}

	@Test
	void taskPerCentAboveHundredIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> f.pick(TASKS, CYBER_SECURITY, "Tình trạng", "Đang thực hiện")
			.type(TASKS, CYBER_SECURITY, "Tỷ lệ hoàn thành (%)", 150));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.PERCENT_OUT_OF_RANGE);
		assertThat(error.location().text()).isEqualTo("trang «Nhiệm vụ», dòng 4, cột G");
		assertThat(error.message()).isEqualTo("Tỷ lệ hoàn thành của nhiệm vụ KA-T06 phải từ 0 đến 100; đã nhập 150.");
	}

	@Test
	void unknownIndicatorIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> {
			f.type(INDICATORS, VNEID, "Giá trị thực hiện", 70);
			f.workbook().getSheet(INDICATORS).getRow(4).getCell(0).setCellValue("KA-99");
		});

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.INDICATOR_UNKNOWN);
		assertThat(error.location().text()).isEqualTo("trang «Chỉ tiêu», dòng 5, cột A");
		assertThat(error.message()).isEqualTo("Kế hoạch KIEN-AN không có chỉ tiêu mã «KA-99».");
	}

	@Test
	void unknownTaskIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> {
			f.pick(TASKS, CYBER_SECURITY, "Tình trạng", "Đã hoàn thành");
			f.workbook().getSheet(TASKS).getRow(3).getCell(0).setCellValue("KA-T99");
		});

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.TASK_UNKNOWN);
		assertThat(error.message()).isEqualTo("Kế hoạch KIEN-AN không có nhiệm vụ mã «KA-T99».");
	}

	@Test
	void unitReportingAnIndicatorItDoesNotTrackIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> {
			f.type(INDICATORS, VNEID, "Giá trị thực hiện", 95);
			// a row copied from the culture office's form: 5G coverage
			f.workbook().getSheet(INDICATORS).getRow(4).getCell(0).setCellValue("KA-01");
		});

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.INDICATOR_NOT_TRACKED);
		assertThat(error.message()).isEqualTo("Đơn vị CA không được giao theo dõi chỉ tiêu KA-01 "
				+ "(«Tỷ lệ phủ sóng 5G trên địa bàn phường»); chỉ tiêu này do VHXH báo cáo.");
	}

	@Test
	void periodThatHasNotBegunIsRefused() throws Exception {
		Path blank = this.folder.resolve("blank-09.xlsx");
		this.forms.writeForm("KIEN-AN", "CA", ReportType.MONTHLY, "2026-09", blank);
		Path file = fill(blank, "f.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 70));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.PERIOD_NOT_OPEN);
		assertThat(error.message()).isEqualTo("Kỳ báo cáo tháng 9 năm 2026 chưa bắt đầu: số liệu của kỳ này tính từ "
				+ "ngày 15/08/2026. Kiểm tra lại kỳ báo cáo.");
	}

	@Test
	void periodThatCannotBeReadIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> {
			f.type(INDICATORS, VNEID, "Giá trị thực hiện", 70);
			f.workbook().getSheet("_ma_bieu_mau").getRow(6).getCell(1).setCellValue("2026-13");
		});

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.PERIOD_INVALID);
		assertThat(error.message()).startsWith("Kỳ báo cáo «2026-13» không hợp lệ");
	}

	@Test
	void formOfAnotherPlanVersionIsRefused() throws Exception {
		Path file = filledPoliceForm("f.xlsx", f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 70));
		this.plans.importText("plans/kien-an.yaml",
				TestPlans.text("kien-an.yaml").replace("Nguyễn Phong Doanh", "Nguyễn Văn Mới"));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.PLAN_VERSION_MISMATCH);
		assertThat(error.message()).isEqualTo("Biểu mẫu được lập theo kế hoạch KIEN-AN phiên bản 1, nhưng kế hoạch "
				+ "hiện hành là phiên bản 2; danh mục chỉ tiêu, nhiệm vụ có thể đã thay đổi. Hãy lấy biểu mẫu mới và điền lại.");
	}

	@Test
	void formulaIsRefusedNotEvaluated() throws Exception {
		Path file = filledPoliceForm("f.xlsx",
				f -> f.inputCell(INDICATORS, VNEID, "Giá trị thực hiện").setCellFormula("70+2"));

		SubmissionError error = rejectedWithOneError(file);

		assertThat(error.code()).isEqualTo(SubmissionErrorCode.FORMULA_NOT_ALLOWED);
		assertThat(error.location().text()).isEqualTo("trang «Chỉ tiêu», dòng 5, cột F");
		assertThat(error.message())
			.isEqualTo("Ô có công thức («=70+2»); công thức không được tính. Hãy nhập giá trị trực tiếp.");
	}

	@Test
	void everyProblemOfAFormIsReportedAtOnce() throws Exception {
		Path file = filledPoliceForm("f.xlsx",
				f -> f.type(INDICATORS, VNEID, "Giá trị thực hiện", 120)
					.type(INDICATORS, SIGNATURES, "Tử số", "nhiều")
					.type(INDICATORS, SIGNATURES, "Mẫu số", 100));

		SubmissionIntake.Outcome outcome = this.importer.importFile(file, ON_TIME);

		assertThat(outcome.errors()).extracting(SubmissionError::code)
			.containsExactlyInAnyOrder(SubmissionErrorCode.PERCENT_OUT_OF_RANGE, SubmissionErrorCode.NOT_A_NUMBER);
		assertThat(this.submissions.findErrors(outcome.receiptId())).hasSize(2);
	}

	/** Imports, expects a rejection with one error, and checks nothing was lost. */
	private SubmissionError rejectedWithOneError(Path file) throws IOException {
		SubmissionIntake.Outcome outcome = this.importer.importFile(file, ON_TIME);
		assertThat(outcome.accepted()).isFalse();
		assertThat(outcome.errors()).hasSize(1);
		StoredReceipt receipt = this.submissions.findReceipt(outcome.receiptId());
		assertThat(receipt.status()).isEqualTo("REJECTED");
		assertThat(receipt.payload()).as("the file kept byte for byte").isEqualTo(Files.readAllBytes(file));
		List<StoredError> stored = this.submissions.findErrors(outcome.receiptId());
		SubmissionError error = outcome.errors().get(0);
		assertThat(stored).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(error.code().name());
			assertThat(e.message()).isEqualTo(error.message());
			assertThat(e.location()).isEqualTo(error.location().text());
		});
		if (receipt.submissionId() != null) {
			assertThat(this.submissions.findVersions("KIEN-AN", "CA", "MONTHLY", receipt.periodCode()))
				.filteredOn(s -> s.id() == receipt.submissionId())
				.singleElement()
				.satisfies(s -> assertThat(s.status()).isEqualTo("REJECTED"));
		}
		return error;
	}

	interface Filling {

		void fill(FilledForm form) throws Exception;

	}

	private Path policeForm(String period) throws IOException {
		Path blank = this.folder.resolve("blank-" + period + ".xlsx");
		if (!Files.exists(blank)) {
			this.forms.writeForm("KIEN-AN", "CA", ReportType.MONTHLY, period, blank);
		}
		return blank;
	}

	private Path filledPoliceForm(String name, Filling filling) throws Exception {
		return fill(policeForm("2026-05"), name, filling);
	}

	private Path fill(Path blank, String name, Filling filling) throws Exception {
		Path file = this.folder.resolve(name);
		try (FilledForm form = FilledForm.open(blank)) {
			filling.fill(form);
			form.saveAs(file);
		}
		return file;
	}

	private static List<String> names(XSSFSheet sheet) {
		return java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
			.filter(row -> row.getRowNum() >= 3)
			.map(row -> row.getCell(2).getStringCellValue())
			.toList();
	}

	private JsonNode json(long runId) throws IOException {
		Path file = this.reportArchive.files(runId)
			.stream()
			.filter(f -> f.kind().equals("JSON"))
			.map(ArchivedFile::path)
			.map(Path::of)
			.findFirst()
			.orElseThrow();
		return JsonMapper.builder().build().readTree(Files.readString(file));
	}

	static JsonNode indicator(JsonNode json, String code) {
		return find(json.get("indicators"), code);
	}

	private static JsonNode find(JsonNode lines, String code) {
		for (JsonNode line : lines) {
			if (line.get("code").asString().equals(code)) {
				return line;
			}
		}
		throw new AssertionError("no " + code + " in " + lines);
	}

}

package vn.nq57.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.PaneInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.ReportDocument.IndicatorGroupLine;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;
import vn.nq57.reporting.document.ReportDocument.TaskGroupLine;
import vn.nq57.reporting.document.ReportDocument.TaskLine;
import vn.nq57.reporting.document.ReportDocument.UnitLine;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every report type of every plan, rendered from sample submissions: the PDF's text
 * carries the engine's figures (as the run's JSON data file holds them) and reads back in
 * exact Vietnamese with every font embedded, and the XLSX holds the same numbers as
 * numeric cells.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDocumentsFunctionalTests {

	static final Map<String, String> PLANS = Map.of("KIEN-AN", "kien-an.yaml", "LOC-HUNG", "loc-hung.yaml", "PHU-TRUNG",
			"phu-trung.yaml", "VU-QUANG", "vu-quang.yaml", "YEN-HOA", "yen-hoa.yaml");

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportArchive reportArchive;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@BeforeAll
	void givenTheFivePlans() {
		PLANS.values()
			.stream()
			.sorted()
			.forEach(file -> this.importer.importText("plans/" + file, TestPlans.text(file)));
	}

	static Stream<Arguments> plansAndReportTypes() {
		List<Arguments> cases = new ArrayList<>();
		for (String plan : PLANS.keySet().stream().sorted().toList()) {
			cases.add(Arguments.of(plan, ReportType.MONTHLY, "2026-05"));
			cases.add(Arguments.of(plan, ReportType.QUARTERLY, "2026-Q2"));
			cases.add(Arguments.of(plan, ReportType.HALF_YEAR, "2026-H1"));
			cases.add(Arguments.of(plan, ReportType.ANNUAL, "2026"));
			cases.add(Arguments.of(plan, ReportType.AD_HOC, "2026-05-03..2026-06-10"));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("plansAndReportTypes")
	void reportShowsTheEnginesFiguresInPdfAndXlsx(String plan, ReportType type, String periodCode) throws Exception {
		Period period = Period.parse(type, periodCode);
		boolean compares = type != ReportType.AD_HOC;
		if (compares) {
			// the previous period of the same type and the same period a year earlier
			// are reported first, so there is something to compare with
			for (Period earlier : List.of(period.sameTimeLastYear(), period.previous()).stream().distinct().toList()) {
				this.samples.generate(plan, earlier, 57L);
				assertThat(this.launcher.run(plan, type, earlier.code(), false).completed()).isTrue();
			}
		}
		this.samples.generate(plan, period, 57L);

		ReportRunLauncher.Outcome outcome = this.launcher.run(plan, type, periodCode, false);

		assertThat(outcome.completed()).as("run status").isTrue();
		long runId = outcome.run().id();
		ReportDocument document = JsonMapper.builder()
			.build()
			.readValue(Files.readString(file(runId, "JSON")), ReportDocument.class);
		Path pdf = file(runId, "PDF");
		String text = pdfText(pdf);

		assertThat(embeddedFlags(pdf)).as("every font embedded").isNotEmpty().containsOnly(true);
		List<String> pages = pageTexts(pdf);
		assertThat(pages).hasSizeGreaterThan(1);
		for (int page = 2; page <= pages.size(); page++) {
			assertThat(pages.get(page - 1)).as("page number centred at the top of page %d", page)
				.startsWith(page + " ");
		}
		assertThat(text).as("Vietnamese reads back exactly")
			.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
					spaced(document.header().summaryLine()), spaced(document.header().placeAndDate()), "I. TỔNG QUAN",
					"II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "III. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "IV. KHÓ KHĂN, VƯỚNG MẮC",
					"V. ĐỀ XUẤT, KIẾN NGHỊ", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "Nơi nhận:",
					document.signature().name(), "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ");
		assertThat(document.header().summaryLine()).endsWith(period.label());
		RunHeader run = this.content.findRunHeader(runId);
		if (run.createdAt().toLocalDate().isAfter(run.dataTo())) {
			assertThat(document.header().estimateNote()).as("figures complete once the data window has closed")
				.isNull();
		}
		else {
			// e.g. the annual report, due on 30 November before its window closes on 14
			// December
			assertThat(document.header().estimateNote()).isEqualTo("Số liệu " + period.label()
					+ " là số ước tính đến ngày " + VietnameseDates.format(run.createdAt().toLocalDate())
					+ " (kỳ số liệu kết thúc ngày " + VietnameseDates.format(run.dataTo()) + ").");
			assertThat(text).contains(spaced(document.header().estimateNote()));
		}
		assertThat(document.indicators()).isNotEmpty();
		for (IndicatorLine line : document.indicators()) {
			assertThat(text).as("row of indicator %s", line.code())
				.contains(row(line.number(), line.name(), line.yearTarget(), line.expectedByPeriod(),
						PdfReportRenderer.actualCell(line), line.percentOfYearTarget(),
						PdfReportRenderer.statusCell(line), line.sameTimeLastYear()));
		}
		boolean interim = type != ReportType.ANNUAL;
		assertThat(document.judging().judgement()).isEqualTo(interim ? "ROADMAP" : "YEAR");
		assertThat(text).contains(document.judging().statusColumn(), "Chỉ tiêu năm", "Cần đạt đến kỳ này",
				"Đạt % chỉ tiêu năm", "Cùng kỳ năm trước");
		if (interim) {
			assertThat(text).as("no interim report prints a verdict of the year").doesNotContain("Chưa đạt");
			assertThat(document.indicators()).extracting(IndicatorLine::status)
				.noneMatch(status -> AttainmentStatus.valueOf(status).isVerdict());
		}
		else {
			assertThat(document.indicators()).extracting(IndicatorLine::status)
				.noneMatch(status -> AttainmentStatus.valueOf(status).isRoadmap());
		}
		assertTaskGroups(document, text);
		assertChart(document, text);
		if (compares) {
			ReportDocument.Comparison comparison = document.comparison();
			assertThat(comparison.previousPeriodCode()).isEqualTo(period.previous().code());
			assertThat(comparison.yearAgoPeriodCode()).isEqualTo(period.sameTimeLastYear().code());
			assertThat(document.indicators()).as("previous values shown")
				.anyMatch(line -> line.previousValue() != null);
			assertThat(document.indicators()).as("values of the same period a year earlier shown")
				.anyMatch(line -> line.sameTimeLastYearValue() != null);
			assertThat(text).contains(spaced(PdfReportRenderer.comparisonTitle(comparison)));
			for (IndicatorLine line : document.indicators()) {
				if (line.previousValue() != null) {
					assertThat(text).as("comparison row of %s", line.code())
						.contains(comparison.previousIsYearAgo()
								? row(line.number(), line.name(), line.previous(), line.actual(), line.change(),
										line.statusName())
								: row(line.number(), line.name(), line.previous(), line.sameTimeLastYear(),
										line.actual(), line.change(), line.changeSinceLastYear()));
				}
			}
		}
		else {
			assertThat(document.comparison()).isNull();
			assertThat(text).doesNotContain("So sánh với");
		}
		if (type == ReportType.ANNUAL) {
			assertThat(text).contains("4. So sánh với mục tiêu các mốc của Kế hoạch");
			assertThat(document.milestones()).hasSameSizeAs(document.indicators());
			for (ReportDocument.MilestoneLine line : document.milestones()) {
				assertThat(text).as("milestone row of %s", line.code())
					.contains(row(line.number(), line.name(), line.milestoneTarget(), line.actual(),
							line.milestoneVerdict(), line.nextTarget()));
			}
		}
		else {
			assertThat(document.milestones()).isEmpty();
		}
		assertXlsxHoldsTheSameNumbers(file(runId, "XLSX"), document);
	}

	/**
	 * The workbook's layout, read back with POI: the four sheets in order, the title and
	 * the column names in bold, the rows above the data frozen, the columns' widths, and
	 * the figures as numeric cells with their number formats (whole, decimal, percent); a
	 * figure the report does not have is no cell at all.
	 */
	@Test
	void xlsxKeepsNumbersAsNumericCellsWithPercentFormat(@TempDir Path dir) throws IOException {
		IndicatorLine measured = new IndicatorLine("KA-01", "Kinh tế", "1", "Tỷ lệ hộ dùng dịch vụ công trực tuyến",
				"%", 2025, "≥ 50% (2025)", "≥ 50% (2025)", new BigDecimal("50"), "MILESTONE", "45,9%",
				new BigDecimal("45.89"), "TIME_SHARE", "41,7%", new BigDecimal("41.7"), null, new BigDecimal("417"),
				new BigDecimal("1000"), "83,4%", new BigDecimal("0.834"), "ROADMAP", "lộ trình", "BEHIND_ROADMAP",
				"Chậm so với lộ trình", "so với lộ trình", "đạt 83,4% mục tiêu 2025", "BEHIND", "44%",
				new BigDecimal("44"), "-2,3", new BigDecimal("-2.30"), "39%", new BigDecimal("39"), "+2,7",
				new BigDecimal("2.7"), null, null, null, null, null, null);
		IndicatorLine unreported = new IndicatorLine("KA-02", "Xã hội", "2", "Ứng dụng AI trong công việc", "text",
				null, "ứng dụng (2025)", "ứng dụng (2025)", null, "MILESTONE", null, null, null, null, null, null, null,
				null, null, null, "ROADMAP", "lộ trình", "QUALITATIVE",
				"Đánh giá định tính: Đã đạt (đơn vị tự đánh giá)", null, null, "UNKNOWN", null, null, null, null, null,
				null, null, null, "Đạt", "Văn phòng (người lập: Nguyễn Văn A)", "https://minhchung.example.vn/ka-02",
				null, null, null);
		ReportDocument.Header header = new ReportDocument.Header("KIEN-AN", 1, "Kế hoạch", "MONTHLY", "Tháng",
				"Báo cáo tháng 5 năm 2026", "2026-05", "tháng 5 năm 2026", null, null, 3, null, "UBND huyện",
				"UBND xã Kiến An", "UBND xã Kiến An", null, null, null, null, null);
		ReportDocument document = new ReportDocument(header, null,
				new ReportDocument.TaskSummary(4, 1, 1, 1, 1, 1,
						List.of(new TaskLine("NV-07", "7", "Số hóa hồ sơ đất đai", "Phòng Tài nguyên", "30/04/2026",
								"Quá hạn"))),
				List.of(measured, unreported),
				List.of(new UnitLine("DV-01", "Thôn Đông", "02/06/2026 08:15", "ON_TIME", "Đúng hạn")), List.of(),
				List.of(), List.of(), null, List.of(), List.of(new TaskGroupLine("Chuyển đổi số", 4, 1, 1, 1, 1, 1)),
				List.of(), null, List.of(), null,
				new ReportDocument.Judging("ROADMAP", "lộ trình", "Đánh giá lộ trình", 2025));
		Path xlsx = dir.resolve("reports").resolve("report.xlsx");

		new XlsxReportWriter().write(document, xlsx);

		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
			assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2),
					workbook.getSheetName(3)))
				.containsExactly("Chỉ tiêu", "Nhiệm vụ theo nhóm", "Nhiệm vụ quá hạn", "Đơn vị báo cáo");
			for (Sheet sheet : workbook) {
				Cell title = sheet.getRow(0).getCell(0);
				assertThat(title.getStringCellValue())
					.isEqualTo("Báo cáo tháng 5 năm 2026 - UBND xã Kiến An (phiên bản 3)");
				assertThat(font(workbook, title).getBold()).as("bold title of %s", sheet.getSheetName()).isTrue();
				assertThat(sheet.getRow(1)).as("blank row 2 of %s", sheet.getSheetName()).isNull();
				PaneInformation pane = sheet.getPaneInformation();
				assertThat(pane.isFreezePane()).isTrue();
				assertThat(pane.getHorizontalSplitPosition()).as("rows frozen").isEqualTo((short) 3);
				assertThat(pane.getVerticalSplitPosition()).as("columns frozen").isZero();
				for (Cell name : sheet.getRow(2)) {
					assertThat(font(workbook, name).getBold()).isTrue();
					assertThat(name.getCellStyle().getWrapText()).isTrue();
				}
			}
			Sheet indicators = workbook.getSheet(XlsxReportWriter.INDICATORS);
			assertThat(texts(indicators.getRow(2))).containsExactly("Mã", "TT", "Nhóm chỉ tiêu", "Chỉ tiêu",
					"Đơn vị tính", "Năm mốc", "Mục tiêu (mốc)", "Chỉ tiêu năm", "Cần đạt đến kỳ này", "Thực hiện",
					"Số liệu (lũy kế)", "Tử số", "Mẫu số", "Đạt % chỉ tiêu năm", "Vị trí trong khoảng", "Đánh giá",
					"Đánh giá theo", "So với mục tiêu của mốc", "Kỳ trước", "Tăng (+), giảm (-) so với kỳ trước",
					"Cùng kỳ năm trước", "Tăng (+), giảm (-) so với cùng kỳ", "Tự đánh giá", "Người đánh giá",
					"Minh chứng", "Số liệu công bố", "Cách tổng hợp", "Ghi chú");
			assertThat(indicators.getColumnWidth(3)).isEqualTo(60 * 256);
			assertThat(indicators.getColumnWidth(13)).isEqualTo(12 * 256);
			Row row = indicators.getRow(XlsxReportWriter.FIRST_DATA_ROW);
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Tỷ lệ hộ dùng dịch vụ công trực tuyến");
			assertFormatted(row.getCell(5), 2025, "General");
			assertThat(row.getCell(7).getStringCellValue()).isEqualTo("≥ 50% (2025)");
			assertFormatted(row.getCell(8), 45.89, "#,##0.0##");
			assertFormatted(row.getCell(9), 41.7, "#,##0.0##");
			assertFormatted(row.getCell(11), 417, "#,##0");
			assertFormatted(row.getCell(13), 0.834, "0.0%");
			assertThat(row.getCell(15).getStringCellValue()).isEqualTo("Chậm so với lộ trình");
			assertThat(row.getCell(16).getStringCellValue()).isEqualTo("lộ trình");
			assertFormatted(row.getCell(18), 44, "#,##0");
			assertFormatted(row.getCell(19), -2.3, "#,##0.0##");
			assertFormatted(row.getCell(20), 39, "#,##0");
			assertFormatted(row.getCell(21), 2.7, "#,##0.0##");
			Row empty = indicators.getRow(XlsxReportWriter.FIRST_DATA_ROW + 1);
			for (int column : new int[] { 5, 8, 9, 11, 12, 13, 18, 19, 20, 21 }) {
				assertThat(empty.getCell(column)).as("no figure in column %d", column).isNull();
			}
			assertThat(empty.getCell(15).getStringCellValue())
				.isEqualTo("Đánh giá định tính: Đã đạt (đơn vị tự đánh giá)");
			assertThat(empty.getCell(22).getStringCellValue()).isEqualTo("Đạt");
			assertThat(empty.getCell(23).getStringCellValue()).isEqualTo("Văn phòng (người lập: Nguyễn Văn A)");
			assertThat(empty.getCell(24).getStringCellValue()).isEqualTo("https://minhchung.example.vn/ka-02");
			assertThat(empty.getCell(24).getHyperlink().getAddress()).isEqualTo("https://minhchung.example.vn/ka-02");
			assertThat(indicators.getLastRowNum()).isEqualTo(XlsxReportWriter.FIRST_DATA_ROW + 1);
			Sheet groups = workbook.getSheet(XlsxReportWriter.TASK_GROUPS);
			assertThat(texts(groups.getRow(2))).containsExactly("Nhóm nhiệm vụ", "Tổng số", "Hoàn thành",
					"Đang triển khai", "Chưa triển khai", "Chưa báo cáo", "Quá hạn");
			assertFormatted(groups.getRow(XlsxReportWriter.FIRST_DATA_ROW).getCell(1), 4, "General");
			Sheet overdue = workbook.getSheet(XlsxReportWriter.OVERDUE);
			assertThat(texts(overdue.getRow(XlsxReportWriter.FIRST_DATA_ROW))).containsExactly("NV-07", "7",
					"Số hóa hồ sơ đất đai", "Phòng Tài nguyên", "30/04/2026", "Quá hạn");
			Sheet units = workbook.getSheet(XlsxReportWriter.UNITS);
			assertThat(texts(units.getRow(2))).containsExactly("TT", "Mã", "Đơn vị", "Thời điểm nhận báo cáo",
					"Tình trạng");
			assertFormatted(units.getRow(XlsxReportWriter.FIRST_DATA_ROW).getCell(0), 1, "General");
			assertThat(units.getColumnWidth(2)).isEqualTo(45 * 256);
		}
	}

	private static Font font(Workbook workbook, Cell cell) {
		return workbook.getFontAt(cell.getCellStyle().getFontIndex());
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (Cell cell : row) {
			texts.add(cell.getStringCellValue());
		}
		return texts;
	}

	private static void assertFormatted(Cell cell, double value, String format) {
		assertThat(cell.getCellType()).as("numeric cell at %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).as("value at %s", cell.getAddress()).isEqualTo(value);
		CellStyle style = cell.getCellStyle();
		assertThat(style.getDataFormatString()).as("number format at %s", cell.getAddress()).isEqualTo(format);
	}

	private static void assertTaskGroups(ReportDocument document, String text) {
		assertThat(document.taskGroups().stream().mapToInt(TaskGroupLine::total).sum())
			.isEqualTo(document.tasks().total());
		assertThat(document.taskGroups().stream().mapToInt(TaskGroupLine::overdue).sum())
			.isEqualTo(document.tasks().overdue());
		for (TaskGroupLine group : document.taskGroups()) {
			assertThat(text).contains(row(group.group(), String.valueOf(group.total()), String.valueOf(group.done()),
					String.valueOf(group.inProgress()), String.valueOf(group.notStarted()),
					String.valueOf(group.notReported()), String.valueOf(group.overdue())));
		}
		for (ReportDocument.TaskLine task : document.tasks().overdueTasks()) {
			assertThat(text).contains(spaced(task.name()));
		}
	}

	/**
	 * Each group's bar is labelled with its indicators achieved or exceeded, counted here
	 * from the lines.
	 */
	private static void assertChart(ReportDocument document, String text) {
		Map<String, List<IndicatorLine>> byGroup = document.indicators()
			.stream()
			.collect(Collectors.groupingBy(IndicatorLine::group));
		assertThat(document.indicatorGroups()).hasSize(byGroup.size());
		for (IndicatorGroupLine group : document.indicatorGroups()) {
			List<IndicatorLine> lines = byGroup.get(group.group());
			long met = lines.stream()
				.filter(l -> l.status().equals(AttainmentStatus.EXCEEDED.name())
						|| l.status().equals(AttainmentStatus.ACHIEVED.name())
						|| l.status().equals(AttainmentStatus.YEAR_TARGET_REACHED.name())
						|| l.status().equals(AttainmentStatus.ON_ROADMAP.name()))
				.count();
			assertThat(group.exceeded() + group.achieved() + group.yearTargetReached() + group.onRoadmap())
				.isEqualTo((int) met);
			assertThat(text)
				.contains(row(group.group(), met + "/" + lines.size() + " (" + group.achievedShareText() + ")"));
		}
	}

	private static void assertXlsxHoldsTheSameNumbers(Path xlsx, ReportDocument document) throws IOException {
		try (InputStream in = Files.newInputStream(xlsx); Workbook workbook = WorkbookFactory.create(in)) {
			Sheet indicators = workbook.getSheet(XlsxReportWriter.INDICATORS);
			Map<String, Row> rows = new HashMap<>();
			for (int r = XlsxReportWriter.FIRST_DATA_ROW; r <= indicators.getLastRowNum(); r++) {
				rows.put(indicators.getRow(r).getCell(0).getStringCellValue(), indicators.getRow(r));
			}
			assertThat(rows).hasSize(document.indicators().size());
			for (IndicatorLine line : document.indicators()) {
				Row row = rows.get(line.code());
				assertThat(row.getCell(3).getStringCellValue()).isEqualTo(line.name());
				assertThat(row.getCell(7).getStringCellValue()).isEqualTo(line.yearTarget());
				assertNumber(row.getCell(8), line.expectedByPeriodValue());
				assertNumber(row.getCell(9), line.actualValue());
				assertNumber(row.getCell(13), line.percentOfYearTargetValue());
				assertThat(row.getCell(15).getStringCellValue()).isEqualTo(line.statusName());
				assertNumber(row.getCell(18), line.previousValue());
				assertNumber(row.getCell(19), line.changeValue());
				assertNumber(row.getCell(20), line.sameTimeLastYearValue());
				assertNumber(row.getCell(21), line.changeSinceLastYearValue());
			}
			Sheet groups = workbook.getSheet(XlsxReportWriter.TASK_GROUPS);
			int r = XlsxReportWriter.FIRST_DATA_ROW;
			for (TaskGroupLine group : document.taskGroups()) {
				Row row = groups.getRow(r++);
				assertThat(row.getCell(0).getStringCellValue()).isEqualTo(group.group());
				assertNumber(row.getCell(1), BigDecimal.valueOf(group.total()));
				assertNumber(row.getCell(2), BigDecimal.valueOf(group.done()));
				assertNumber(row.getCell(6), BigDecimal.valueOf(group.overdue()));
			}
			Sheet overdue = workbook.getSheet(XlsxReportWriter.OVERDUE);
			assertThat(overdue.getLastRowNum() - XlsxReportWriter.FIRST_DATA_ROW + 1)
				.isEqualTo(document.tasks().overdueTasks().size());
			Sheet units = workbook.getSheet(XlsxReportWriter.UNITS);
			assertThat(units.getLastRowNum() - XlsxReportWriter.FIRST_DATA_ROW + 1).isEqualTo(document.units().size());
			for (int u = 0; u < document.units().size(); u++) {
				Row row = units.getRow(XlsxReportWriter.FIRST_DATA_ROW + u);
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(document.units().get(u).name());
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(document.units().get(u).timelinessName());
			}
		}
	}

	private static void assertNumber(Cell cell, BigDecimal expected) {
		if (expected == null) {
			assertThat(cell).as("empty cell").isNull();
			return;
		}
		assertThat(cell.getCellType()).as("numeric cell at %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
		assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
	}

	/**
	 * How a table row reads in the extracted text: its cells in order, blank cells left
	 * out.
	 */
	private static String row(String... cells) {
		return Stream.of(cells)
			.filter(Objects::nonNull)
			.map(ReportDocumentsFunctionalTests::spaced)
			.filter(c -> !c.isEmpty())
			.collect(Collectors.joining(" "));
	}

	/**
	 * Whitespace as one space; no space after a hyphen inside a word, where a line may
	 * break ("TT-BGDĐT").
	 */
	private static String spaced(String text) {
		return text.replaceAll("\\s+", " ").replaceAll("(?<=\\S-) ", "").strip();
	}

	private Path file(long runId, String kind) {
		return this.reportArchive.files(runId)
			.stream()
			.filter(f -> f.kind().equals(kind))
			.map(f -> Path.of(f.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " file for run " + runId));
	}

	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return spaced(new PDFTextStripper().getText(document));
		}
	}

	static List<String> pageTexts(Path pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(spaced(stripper.getText(document)));
			}
		}
		return pages;
	}

	static List<Boolean> embeddedFlags(Path pdf) throws IOException {
		List<Boolean> flags = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					flags.add(font.isEmbedded());
				}
			}
		}
		return flags;
	}

}

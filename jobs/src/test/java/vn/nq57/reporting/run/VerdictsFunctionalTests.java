package vn.nq57.reporting.run;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.XlsxReportWriter;
import vn.nq57.reporting.submission.NewSubmission;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.submission.PublishedFigures;
import vn.nq57.reporting.submission.SubmissionStore;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15 end to end: the report job judges each indicator as a Sở reads it, stores what
 * the documents print, and the PDF, the XLSX and the JSON show it. Periods from 2029 on,
 * so that other test classes sharing the database do not meet these.
 */
@DatabaseTest
class VerdictsFunctionalTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	SubmissionStore submissions;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportArchive archive;

	@Autowired
	PublishedFigures published;

	@Autowired
	RunVerdicts verdicts;

	/**
	 * Rules 1, 2 and 8: the March 2029 report of Vũ Quang's VNeID accounts (≥ 70% in
	 * 2026, ≥ 80% in 2030) is judged against the year's target on the line (77,5%) and
	 * the roadmap from the plan's target for 2028 (75%); it shows March 2028 as the same
	 * period a year earlier, and says that February 2029 has no report.
	 */
	@Test
	void anInterimReportKeepsToTheRoadmapAndComparesWithTheSameMonthAYearEarlier() throws Exception {
		vuQuang();
		submit("VU-QUANG", "CA", "MONTHLY", "2028-03", LocalDateTime.of(2028, 3, 16, 9, 0), value("VQ-19", "72"));
		assertThat(this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2028-03", false).completed()).isTrue();
		submit("VU-QUANG", "CA", "MONTHLY", "2029-03", LocalDateTime.of(2029, 3, 16, 9, 0), value("VQ-19", "76"));

		ReportRunLauncher.Outcome march = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2029-03", false);

		JsonNode json = json(march);
		JsonNode vneid = indicator(json, "VQ-19");
		assertThat(vneid.get("yearTarget").asString()).isEqualTo("≥ 77,5% (nội suy 2026–2030)");
		// 75% + 2,5 × 90/365 of data year 2029 by 14/03/2029
		assertThat(vneid.get("expectedByPeriod").asString()).isEqualTo("75,6%");
		assertThat(vneid.get("roadmapStart").asString()).isEqualTo("PLAN");
		assertThat(vneid.get("percentOfYearTarget").asString()).isEqualTo("98,1%");
		assertThat(vneid.get("statusName").asString()).isEqualTo("Đúng lộ trình");
		assertThat(vneid.get("sameTimeLastYear").asString()).isEqualTo("72%");
		assertThat(vneid.get("changeSinceLastYear").asString()).isEqualTo("+4");
		assertThat(vneid.get("previous").isNull()).as("no February report").isTrue();
		assertThat(json.at("/comparison/yearAgoPeriodLabel").asString()).isEqualTo("tháng 3 năm 2028");
		String text = pdfText(file(march, "PDF"));
		assertThat(text)
			.contains("Đánh giá lộ trình", "≥ 77,5% (nội suy 2026–2030) 75,6% 76% 98,1% Đúng lộ trình 72%",
					"3. So sánh với kỳ trước (tháng 2 năm 2029) và cùng kỳ năm trước (tháng 3 năm 2028)",
					"Chưa có báo cáo tháng 2 năm 2029 đã hoàn thành", "72% 76% +4")
			.doesNotContain("Chưa đạt");
	}

	/**
	 * Rule 2: where the plan sets no target for the year before (Phú Trung's budget
	 * share, "≥ 2" every year), the roadmap starts from the last figure before the year's
	 * data window began.
	 */
	@Test
	void theRoadmapStartsFromTheFigureAtTheEndOfTheYearBefore() throws Exception {
		this.importer.importText("plans/phu-trung.yaml", TestPlans.text("phu-trung.yaml"));
		submit("PHU-TRUNG", "KT", "MONTHLY", "2029-12", LocalDateTime.of(2029, 12, 16, 9, 0), value("PT-16", "1.5"));
		assertThat(this.launcher.run("PHU-TRUNG", ReportType.MONTHLY, "2029-12", false).completed()).isTrue();
		submit("PHU-TRUNG", "KT", "MONTHLY", "2030-05", LocalDateTime.of(2030, 5, 16, 9, 0), value("PT-16", "1.8"));

		JsonNode budget = indicator(json(this.launcher.run("PHU-TRUNG", ReportType.MONTHLY, "2030-05", false)),
				"PT-16");

		assertThat(budget.get("roadmapStart").asString()).isEqualTo("RECORDED");
		// 1,5 + 0,5 × 151/365 by 14/05/2030
		assertThat(budget.get("expectedByPeriod").asString()).isEqualTo("1,7%");
		assertThat(budget.get("statusName").asString()).isEqualTo("Đúng lộ trình");
		assertThat(budget.get("yearTarget").asString()).isEqualTo("≥ 2 (hằng năm)");
	}

	/**
	 * Rules 3, 5 and 6: Lộc Hưng's annual report of 2030, a milestone year: "> 01"
	 * start-ups met at 2 and exceeded at 3, "> 20%" met only above 20 and never exceeded,
	 * the commune's digital-transformation index a published figure with its source and
	 * date and no ratio; every verdict is also the milestone's.
	 */
	@Test
	void anAnnualReportOfAMilestoneYearJudgesTheYearAndTheMilestone() throws Exception {
		this.importer.importText("plans/loc-hung.yaml", TestPlans.text("loc-hung.yaml"));
		this.published.set("LOC-HUNG", "LH-25", "2029", new BigDecimal("0.7"),
				"Quyết định số 123/QĐ-UBND của UBND tỉnh Đồng Nai", LocalDate.of(2026, 6, 1), "os-user:kiem-thu");
		submit("LOC-HUNG", "DUUB", "ANNUAL", "2030", LocalDateTime.of(2030, 11, 20, 9, 0), value("LH-18", "3"),
				value("LH-19", "20"));

		ReportRunLauncher.Outcome annual = this.launcher.run("LOC-HUNG", ReportType.ANNUAL, "2030", false);

		JsonNode json = json(annual);
		assertThat(json.at("/judging/statusColumn").asString()).isEqualTo("Đánh giá năm");
		JsonNode startups = indicator(json, "LH-18");
		assertThat(startups.get("statusName").asString()).isEqualTo("Vượt");
		assertThat(startups.get("percentOfYearTarget").asString()).as("3 against 2, the least that meets \"> 01\"")
			.isEqualTo("150,0%");
		assertThat(startups.get("verdictBasis").asString()).isEqualTo("so với mục tiêu đến năm 2030");
		assertThat(startups.get("milestoneVerdict").asString()).isEqualTo("Vượt (mốc 2030)");
		JsonNode innovation = indicator(json, "LH-19");
		assertThat(innovation.get("statusName").asString()).isEqualTo("Chưa đạt");
		assertThat(innovation.get("percentOfYearTarget").asString()).isEqualTo("100,0%");
		JsonNode index = indicator(json, "LH-25");
		assertThat(index.get("actual").asString()).isEqualTo("0,7");
		assertThat(index.get("statusName").asString()).isEqualTo("Vượt");
		assertThat(index.get("percentOfYearTarget").isNull()).as("no ratio of index scores").isTrue();
		assertThat(index.get("published").asString()).isEqualTo(
				"nguồn: Quyết định số 123/QĐ-UBND của UBND tỉnh Đồng Nai; công bố ngày 01/06/2026; kỳ đánh giá 2029");
		assertThat(this.verdicts.summary(annual.run().id())).as("what ./reports run prints")
			.startsWith("Chỉ tiêu (đánh giá năm; so với mục tiêu của mốc 2030: ")
			.contains("Vượt: 2", "Chưa đạt: 1");
		String text = pdfText(file(annual, "PDF"));
		assertThat(text).contains("Vượt (so với mục tiêu đến năm 2030)", "Vượt (mốc 2030)",
				"Số liệu công bố (nguồn: Quyết định số 123/QĐ-UBND của UBND tỉnh Đồng Nai; công bố ngày 01/06/2026");
	}

	/**
	 * Rule 6: Yên Hòa's "PII dưới 5" is a commune target on a provincial index. The
	 * report takes the province's rank as published, prints its source and date and no
	 * ratio, and says which reading it used (the catalog's note).
	 */
	@Test
	void aCommuneTargetOnTheProvincialIndexSaysWhichReadingItUsed() throws Exception {
		this.importer.importText("plans/yen-hoa.yaml", TestPlans.text("yen-hoa.yaml"));
		this.published.set("YEN-HOA", "YH-09", "2024", new BigDecimal("4"),
				"Bộ Khoa học và Công nghệ, kết quả PII năm 2024", LocalDate.of(2025, 10, 1), "os-user:kiem-thu");

		ReportRunLauncher.Outcome adHoc = this.launcher.run("YEN-HOA", ReportType.AD_HOC, "2025-11-15..2025-12-14",
				false);

		JsonNode pii = indicator(json(adHoc), "YH-09");
		assertThat(pii.get("judgement").asString()).as("the ad hoc period reaches the end of the year's window")
			.isEqualTo("YEAR");
		assertThat(pii.get("actual").asString()).isEqualTo("4");
		assertThat(pii.get("statusName").asString()).isEqualTo("Đạt");
		assertThat(pii.get("percentOfYearTarget").isNull()).isTrue();
		assertThat(pdfText(file(adHoc, "PDF"))).contains(
				"PII là chỉ số đổi mới sáng tạo cấp tỉnh (Bộ Khoa học và Công nghệ công bố cho các tỉnh, thành phố),"
						+ " không đo được ở cấp xã",
				"Báo cáo đọc chỉ tiêu “dưới 5” là thứ hạng PII của tỉnh Hà Tĩnh",
				"Số liệu công bố (nguồn: Bộ Khoa học và Công nghệ, kết quả PII năm 2024; công bố ngày 01/10/2025;"
						+ " kỳ đánh giá 2024)");
	}

	@Test
	void aPublishedFigureNeedsAPublishedIndicatorASourceAndAPastDate() {
		this.importer.importText("plans/loc-hung.yaml", TestPlans.text("loc-hung.yaml"));

		assertThatThrownBy(() -> this.published.set("LOC-HUNG", "LH-18", "2029", BigDecimal.ONE, "UBND tỉnh",
				LocalDate.of(2026, 1, 5), "os-user:kiem-thu"))
			.hasMessageContaining("không phải là số liệu do cơ quan có thẩm quyền công bố");
		assertThatThrownBy(() -> this.published.set("LOC-HUNG", "LH-25", "2029", BigDecimal.ONE, " ",
				LocalDate.of(2026, 1, 5), "os-user:kiem-thu"))
			.hasMessageContaining("Thiếu --source");
		assertThatThrownBy(() -> this.published.set("LOC-HUNG", "LH-25", "2029", BigDecimal.ONE, "UBND tỉnh",
				LocalDate.now().plusDays(2), "os-user:kiem-thu"))
			.hasMessageContaining("không sau hôm nay");
		assertThatThrownBy(() -> this.published.set("LOC-HUNG", "LH-25", "năm ngoái", BigDecimal.ONE, "UBND tỉnh",
				LocalDate.of(2026, 1, 5), "os-user:kiem-thu"))
			.hasMessageContaining("--period");
	}

	/**
	 * Rule 9: a qualitative target shows the unit's own assessment, who made it and the
	 * evidence link — a link in the PDF, a hyperlink cell in the XLSX, fields in the
	 * JSON.
	 */
	@Test
	void aQualitativeTargetShowsTheUnitsAssessmentWhoMadeItAndTheEvidence() throws Exception {
		vuQuang();
		String evidence = "https://vuquang.example.vn/minh-chung/ai-2029.pdf";
		this.submissions.storeAccepted(new NewSubmission("VU-QUANG", "VHXH", "ANNUAL", "2029", "TEST",
				LocalDateTime.of(2029, 11, 20, 9, 0), "Nguyễn Thị Lan, chuyên viên", List.of(new IndicatorValue("VQ-10",
						null, null, null, "ACHIEVED", "Đã dùng trợ lý AI soạn văn bản.", evidence)),
				List.<TaskProgressEntry>of(), new Narrative(null, null, null, null)));

		ReportRunLauncher.Outcome annual = this.launcher.run("VU-QUANG", ReportType.ANNUAL, "2029", false);

		JsonNode ai = indicator(json(annual), "VQ-10");
		assertThat(ai.get("statusName").asString()).isEqualTo("Đánh giá định tính: Đạt (đơn vị tự đánh giá)");
		assertThat(ai.get("selfAssessment").asString()).isEqualTo("Đạt");
		assertThat(ai.get("assessedBy").asString())
			.isEqualTo("Phòng Văn hóa - Xã hội (người lập: Nguyễn Thị Lan, chuyên viên)");
		assertThat(ai.get("evidenceUrl").asString()).isEqualTo(evidence);
		Path pdf = file(annual, "PDF");
		assertThat(pdfText(pdf)).contains("Đánh giá định tính: Đạt (đơn vị tự đánh giá)",
				"Tự đánh giá: Đạt — Phòng Văn hóa - Xã hội (người lập: Nguyễn Thị Lan, chuyên viên).",
				"Minh chứng: " + evidence);
		assertThat(links(pdf)).contains(evidence);
		try (InputStream in = Files.newInputStream(file(annual, "XLSX"));
				Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheet(XlsxReportWriter.INDICATORS);
			Row row = rowOf(sheet, "VQ-10");
			assertThat(row.getCell(15).getStringCellValue()).isEqualTo("Đánh giá định tính: Đạt (đơn vị tự đánh giá)");
			assertThat(row.getCell(22).getStringCellValue()).isEqualTo("Đạt");
			assertThat(row.getCell(23).getStringCellValue()).contains("Nguyễn Thị Lan");
			assertThat(row.getCell(24).getHyperlink().getAddress()).isEqualTo(evidence);
		}
	}

	/**
	 * The aggregation catalogs v2 declares, applied by the report job: a share pooled
	 * over the two offices asked (Σ numerators ÷ Σ denominators, never the mean of 80%
	 * and 60%), and a per-year count summed over the units that count different things,
	 * the count since the start of the year (rule 4).
	 */
	@Test
	void pooledSharesAndSummedCountsComeFromEveryUnitAsked() throws Exception {
		String plan = TestPlans.text("vu-quang.yaml")
			.replace("code: \"VU-QUANG\"", "code: \"VU-QUANG-TONG-HOP\"")
			.replace("  - code: \"VQ-20\"", """
					  - code: "VQ-90"
					    group: "A"
					    name: "Sáng kiến được công nhận (thử)"
					    unit: "count"
					    direction: "higher"
					    responsible: ["VP", "TTHCC"]
					    aggregate: "sum"
					    targets:
					      2026: "Mỗi năm có ít nhất 04"
					  - code: "VQ-20"
					""".stripTrailing() + "\n");
		this.importer.importText("plans/vu-quang-tong-hop.yaml", plan);
		submit("VU-QUANG-TONG-HOP", "VP", "MONTHLY", "2029-11", LocalDateTime.of(2029, 11, 16, 9, 0),
				parts("VQ-16", "40", "50"), value("VQ-90", "2"));
		submit("VU-QUANG-TONG-HOP", "TTHCC", "MONTHLY", "2029-11", LocalDateTime.of(2029, 11, 16, 10, 0),
				parts("VQ-16", "90", "150"), value("VQ-90", "1"));

		JsonNode json = json(this.launcher.run("VU-QUANG-TONG-HOP", ReportType.MONTHLY, "2029-11", false));

		JsonNode digitised = indicator(json, "VQ-16");
		assertThat(digitised.get("actual").asString()).as("130 of 200").isEqualTo("65%");
		assertThat(digitised.get("aggregationNote").asString()).isEqualTo("gộp tử số, mẫu số của 2/2 đơn vị được giao");
		JsonNode initiatives = indicator(json, "VQ-90");
		assertThat(initiatives.get("actual").asString()).isEqualTo("3");
		assertThat(initiatives.get("countBasis").asString()).isEqualTo("lũy kế từ đầu năm");
		assertThat(initiatives.get("aggregationNote").asString()).isEqualTo("cộng số liệu của 2/2 đơn vị được giao");
		// 4 × 335/365 of the year by 14/11/2029, counted from 0
		assertThat(initiatives.get("expectedByPeriod").asString()).isEqualTo("3,7");
		assertThat(initiatives.get("statusName").asString()).isEqualTo("Chậm so với lộ trình");
	}

	private void vuQuang() {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
	}

	private void submit(String plan, String unit, String type, String period, LocalDateTime at,
			IndicatorValue... values) {
		this.submissions.storeAccepted(new NewSubmission(plan, unit, type, period, "TEST", at, "kiểm thử",
				List.of(values), List.<TaskProgressEntry>of(), new Narrative(null, null, null, null)));
	}

	private static IndicatorValue value(String indicator, String value) {
		return new IndicatorValue(indicator, new BigDecimal(value), null, null, null, null, null);
	}

	private static IndicatorValue parts(String indicator, String numerator, String denominator) {
		return new IndicatorValue(indicator, null, new BigDecimal(numerator), new BigDecimal(denominator), null, null,
				null);
	}

	private JsonNode json(ReportRunLauncher.Outcome outcome) throws IOException {
		assertThat(outcome.completed()).as("run status").isTrue();
		return JsonMapper.builder().build().readTree(Files.readString(file(outcome, "JSON")));
	}

	private Path file(ReportRunLauncher.Outcome outcome, String kind) {
		return this.archive.files(outcome.run().id())
			.stream()
			.filter(f -> f.kind().equals(kind))
			.map(ArchivedFile::path)
			.map(Path::of)
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode indicator(JsonNode json, String code) {
		for (JsonNode line : json.get("indicators")) {
			if (line.get("code").asString().equals(code)) {
				return line;
			}
		}
		throw new AssertionError("no indicator " + code + " in the JSON");
	}

	private static Row rowOf(Sheet sheet, String code) {
		for (int r = XlsxReportWriter.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r).getCell(0).getStringCellValue().equals(code)) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no row " + code);
	}

	private static String pdfText(Path pdf) throws IOException {
		return ReportJobFunctionalTests.pdfText(pdf);
	}

	/** Every web address the PDF links to. */
	private static List<String> links(Path pdf) throws IOException {
		List<String> links = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
						links.add(uri.getURI());
					}
				}
			}
		}
		return links;
	}

}

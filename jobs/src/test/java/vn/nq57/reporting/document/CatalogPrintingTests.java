package vn.nq57.reporting.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What issue 14 asks the reports to print, read from a run's JSON data file and its PDF:
 * targets printed without a year (item 2), the wording of the milestone judged (item 3),
 * deadlines the plan does not print listed apart (item 5), the corrected wording (item
 * 11), party numbering (item 12) and a deadline that precedes the plan (item 13). Periods
 * of 2027 and later, so that other test classes sharing the database do not meet them.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogPrintingTests {

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
		for (String file : List.of("kien-an.yaml", "loc-hung.yaml", "phu-trung.yaml", "vu-quang.yaml",
				"yen-hoa.yaml")) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}
	}

	/**
	 * Item 2: Phú Trung's targets carry the time the plan prints, never an invented
	 * milestone year (seed 002, II.2 lines 193-262, Phụ lục I rows 3-9).
	 */
	@Test
	void targetsWithoutAYearSayWhatThePlanPrints() throws Exception {
		Report report = run("PHU-TRUNG", ReportType.ANNUAL, "2027", true);
		assertThat(report.indicator("PT-01").get("yearTarget").asString())
			.isEqualTo("100% (kế hoạch không ghi mốc thời gian)");
		assertThat(report.indicator("PT-01").get("milestoneYear").isNull()).isTrue();
		assertThat(report.indicator("PT-18").get("yearTarget").asString()).isEqualTo("80 (thường xuyên)");
		assertThat(report.indicator("PT-16").get("yearTarget").asString()).isEqualTo("≥ 2 (hằng năm)");
		assertThat(report.indicator("PT-22").get("yearTarget").asString()).isEqualTo("90% (2026)");
		assertThat(report.pdf()).contains("kế hoạch không ghi mốc thời gian")
			.contains("Kế hoạch ghi “≥ 2”, không ghi đơn vị đo");
		for (JsonNode indicator : report.json().get("indicators")) {
			assertThat(indicator.get("yearTarget").asString()).as(indicator.get("code").asString())
				.doesNotContain("2030");
		}
	}

	/**
	 * Item 3: Lộc Hưng's LH-19 is judged against 2030 under the 2030 wording (seed 003
	 * line 151) and against 2035 under the later one (line 254).
	 */
	@Test
	void theWordingOfTheMilestoneJudgedIsPrinted() throws Exception {
		Report in2030 = run("LOC-HUNG", ReportType.MONTHLY, "2030-05", true);
		assertThat(in2030.indicator("LH-19").get("name").asString())
			.isEqualTo("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo");
		assertThat(in2030.pdf()).contains("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo");

		Report in2031 = run("LOC-HUNG", ReportType.MONTHLY, "2031-05", true);
		assertThat(in2031.indicator("LH-19").get("name").asString())
			.isEqualTo("Doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh");
	}

	/**
	 * Item 5: Yên Hòa's tasks carry the plan's period as their deadline (it prints none);
	 * Lộc Hưng's print none at all. Neither is listed as overdue: both are listed apart.
	 */
	@Test
	void tasksWithoutAPrintedDeadlineAreListedApartFromOverdueOnes() throws Exception {
		Report yenHoa = run("YEN-HOA", ReportType.MONTHLY, "2027-02", false);
		assertThat(codes(yenHoa.json().get("tasks").get("overdueTasks"))).isEmpty();
		assertThat(yenHoa.json().get("tasks").get("overdue").asInt()).isZero();
		assertThat(codes(yenHoa.json().get("tasks").get("withoutPrintedDeadline"))).hasSize(41)
			.doesNotContain("YH-T37");
		assertThat(yenHoa.pdf()).contains("Các nhiệm vụ Kế hoạch không ghi thời hạn")
			.contains("Trong kỳ kế hoạch (đến 31/12/2025)");

		Report locHung = run("LOC-HUNG", ReportType.MONTHLY, "2027-02", false);
		assertThat(codes(locHung.json().get("tasks").get("withoutPrintedDeadline"))).contains("LH-T07", "LH-T27")
			.doesNotContain("LH-T02", "LH-T01", "LH-T06");
		assertThat(locHung.pdf()).contains("Kế hoạch không ghi thời hạn");
	}

	/**
	 * Item 11: reports print the corrected wording (seed 001 line 1002: "trực tuyển").
	 */
	@Test
	void reportsPrintTheCorrectedWording() throws Exception {
		Report report = run("VU-QUANG", ReportType.MONTHLY, "2027-05", true);
		assertThat(report.indicator("VQ-17").get("name").asString())
			.isEqualTo("Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện");
		assertThat(report.pdf()).doesNotContain("trực tuyển");
	}

	/** Item 12: a party committee's report is numbered "Số 12-BC/ĐU". */
	@Test
	void aPartyCommitteesReportIsNumberedThePartysWay() throws Exception {
		Report report = run("LOC-HUNG", ReportType.ANNUAL, "2027", false);
		assertThat(report.json().get("header").get("documentNumber").asString()).matches("Số +-BC/ĐU");
		assertThat(report.pdf()).containsPattern("Số +-BC/ĐU").doesNotContain("Số:");
	}

	/**
	 * Item 13: KA-T01 "Hoàn thành trước tháng 9/2025" (seed 004 lines 2222-2224) is due
	 * before the plan was signed (20/10/2025): the report says so.
	 */
	@Test
	void aDeadlineThatPrecedesThePlanIsSaidToDoSo() throws Exception {
		Report report = run("KIEN-AN", ReportType.MONTHLY, "2027-03", false);
		assertThat(codes(report.json().get("tasks").get("overdueTasks"))).contains("KA-T01");
		assertThat(report.pdf()).contains("sớm hơn ngày ký Kế hoạch (20/10/2025)");
	}

	private Report run(String plan, ReportType type, String periodCode, boolean withSamples) throws Exception {
		if (withSamples) {
			this.samples.generate(plan, Period.parse(type, periodCode), 14L);
		}
		ReportRunLauncher.Outcome outcome = this.launcher.run(plan, type, periodCode, false);
		assertThat(outcome.completed()).as("run of " + plan + " " + periodCode).isTrue();
		long runId = outcome.run().id();
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file(runId, "JSON")));
		return new Report(json, ReportDocumentsFunctionalTests.pdfText(file(runId, "PDF")));
	}

	private Path file(long runId, String kind) {
		return this.reportArchive.files(runId)
			.stream()
			.filter(f -> f.kind().equals(kind))
			.map(f -> Path.of(f.path()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " file for run " + runId));
	}

	private static List<String> codes(JsonNode lines) {
		List<String> codes = new ArrayList<>();
		if (lines != null) {
			lines.forEach(line -> codes.add(line.get("code").asString()));
		}
		return codes;
	}

	record Report(JsonNode json, String pdf) {

		JsonNode indicator(String code) {
			for (JsonNode line : this.json.get("indicators")) {
				if (line.get("code").asString().equals(code)) {
					return line;
				}
			}
			throw new AssertionError("no indicator " + code + " in the report");
		}

	}

}

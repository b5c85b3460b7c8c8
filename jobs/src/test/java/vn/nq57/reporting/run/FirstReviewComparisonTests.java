package vn.nq57.reporting.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.submission.NewSubmission;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.submission.SubmissionStore;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 9: Lộc Hưng's first review (sơ kết 3 năm 2025 - 2027) has no review
 * before it and compares each indicator with the plan's start, the first figure recorded
 * from the plan's year (2025); the catalog records no baseline.
 */
@DatabaseTest
class FirstReviewComparisonTests {

	/**
	 * Lộc Hưng's catalog under a code of its own: no other test class records its
	 * figures.
	 */
	private static final String PLAN = "LOC-HUNG-REVIEW";

	@Autowired
	PlanImporter importer;

	@Autowired
	SubmissionStore submissions;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportArchive archive;

	@Test
	void thePlansFirstReviewComparesWithTheFirstFigureRecordedFromThePlansYear() throws Exception {
		locHung();
		submit("ANNUAL", "2025", LocalDateTime.of(2025, 11, 20, 9, 0), value("LH-22", "1"), value("LH-12", "60"));
		assertThat(this.launcher.run(PLAN, ReportType.ANNUAL, "2025", false).completed()).isTrue();
		submit("ANNUAL", "2026", LocalDateTime.of(2026, 11, 20, 9, 0), value("LH-22", "2"), value("LH-12", "80"));
		assertThat(this.launcher.run(PLAN, ReportType.ANNUAL, "2026", false).completed()).isTrue();
		submitFirstReview();

		ReportRunLauncher.Outcome review = this.launcher.run(PLAN, ReportType.THREE_YEAR_REVIEW, "2025-2027", false);

		JsonNode json = json(review);
		assertThat(json.at("/comparison/fromPlanStart").asBoolean()).isTrue();
		assertThat(json.at("/comparison/previousPeriodLabel").asString())
			.isEqualTo("khi bắt đầu thực hiện kế hoạch (năm 2025)");
		JsonNode startups = indicator(json, "LH-22");
		assertThat(startups.get("previous").asString()).as("the annual report of 2025, not 2026").isEqualTo("1");
		assertThat(startups.get("change").asString()).isEqualTo("+2");
		JsonNode innovation = indicator(json, "LH-12");
		assertThat(innovation.get("previous").asString()).isEqualTo("60%");
		assertThat(innovation.get("change").asString()).isEqualTo("0");
		String text = ReportJobFunctionalTests.pdfText(file(review, "PDF"));
		assertThat(text).contains("3. So sánh với khi bắt đầu thực hiện kế hoạch (năm 2025)",
				"giá trị khi bắt đầu là số liệu đầu tiên của từng chỉ tiêu được ghi nhận từ năm 2025",
				"So với khi bắt đầu: 2 chỉ tiêu có số liệu, trong đó 1 chỉ tiêu tăng, 0 chỉ tiêu giảm, 1 chỉ tiêu không đổi",
				"Khi bắt đầu (năm 2025)")
			.doesNotContain("cùng kỳ năm trước", "2022 - 2024");
	}

	@Test
	void aLaterReviewComparesWithTheReviewBeforeIt() throws Exception {
		locHung();
		submitFirstReview();
		assertThat(this.launcher.run(PLAN, ReportType.THREE_YEAR_REVIEW, "2025-2027", false).completed()).isTrue();
		submit("THREE_YEAR_REVIEW", "2028-2030", LocalDateTime.of(2030, 11, 20, 9, 0), value("LH-22", "5"));

		ReportRunLauncher.Outcome review = this.launcher.run(PLAN, ReportType.THREE_YEAR_REVIEW, "2028-2030", false);

		JsonNode json = json(review);
		assertThat(json.at("/comparison/fromPlanStart").asBoolean()).isFalse();
		JsonNode startups = indicator(json, "LH-22");
		assertThat(startups.get("previous").asString()).isEqualTo("3");
		assertThat(startups.get("change").asString()).isEqualTo("+2");
		assertThat(ReportJobFunctionalTests.pdfText(file(review, "PDF")))
			.contains("3. So sánh với kỳ trước (sơ kết 3 năm 2025 - 2027)")
			.doesNotContain("khi bắt đầu thực hiện kế hoạch", "cùng kỳ năm trước");
	}

	private void locHung() {
		this.importer.importText("plans/loc-hung-review.yaml",
				TestPlans.text("loc-hung.yaml").replace("code: \"LOC-HUNG\"", "code: \"" + PLAN + "\""));
	}

	/**
	 * The same submission in both tests (the latest one counts).
	 */
	private void submitFirstReview() {
		submit("THREE_YEAR_REVIEW", "2025-2027", LocalDateTime.of(2027, 11, 20, 9, 0), value("LH-22", "3"),
				value("LH-12", "60"));
	}

	private void submit(String type, String period, LocalDateTime at, IndicatorValue... values) {
		this.submissions.storeAccepted(new NewSubmission(PLAN, "DUUB", type, period, "TEST", at, "kiểm thử",
				List.of(values), List.<TaskProgressEntry>of(), new Narrative(null, null, null, null)));
	}

	private static IndicatorValue value(String indicator, String value) {
		return new IndicatorValue(indicator, new BigDecimal(value), null, null, null, null, null);
	}

	private JsonNode json(ReportRunLauncher.Outcome outcome) throws IOException {
		assertThat(outcome.completed()).as(String.valueOf(outcome.run().failureMessage())).isTrue();
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

}

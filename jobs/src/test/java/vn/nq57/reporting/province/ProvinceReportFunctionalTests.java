package vn.nq57.reporting.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.nq57.reporting.archive.ArchiveSummary;
import vn.nq57.reporting.archive.ArchiveVerifier;
import vn.nq57.reporting.archive.FileCheck;
import vn.nq57.reporting.archive.FileCheck.Outcome;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.province.ProvinceReport.SharedFigure;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.NewSubmission;
import vn.nq57.reporting.submission.SubmissionStore;
import vn.nq57.reporting.synthetic.SyntheticDataGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A generated province of four communes with known 5G coverage figures: three commune
 * reports made (two on time, one late), one commune without a report. The province report
 * is checked against figures computed by hand.
 */
@DatabaseTest
@Import(ProvinceReportFunctionalTests.Time.class)
class ProvinceReportFunctionalTests {

	static final String PROVINCE = SyntheticDataGenerator.provinceName(1);

	static final String FIVE_G = "NQ57-5G-COVERAGE";

	@Autowired
	SyntheticDataGenerator generator;

	@Autowired
	SubmissionStore submissions;

	@Autowired
	ReportRunLauncher communeReports;

	@Autowired
	ProvinceReportRunner provinceReports;

	@Autowired
	ProvinceReportMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ArchiveVerifier verifier;

	@Autowired
	MutableClock clock;

	@TestConfiguration(proxyBeanMethods = false)
	static class Time {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(LocalDateTime.of(2026, 5, 12, 8, 0));
		}

	}

	/** The communes and their reports are made once for the class (one database). */
	static boolean prepared;

	@BeforeEach
	void givenFourCommunesThreeOfThemReported() throws Exception {
		if (prepared) {
			return;
		}
		prepared = true;
		this.clock.set(LocalDateTime.of(2026, 5, 12, 8, 0));
		this.generator.generate(1, 4, Period.parse(ReportType.MONTHLY, "2026-05"), 57L);
		// 5G coverage as numerator / denominator: 1/10 (10%), 90/100 (90%), 450/500 (90%)
		fiveG("T01-X001", 1, 10);
		fiveG("T01-X002", 90, 100);
		fiveG("T01-X003", 450, 500);
		// the report of May is due before 20/05/2026
		this.clock.set(LocalDateTime.of(2026, 5, 18, 9, 0));
		assertThat(this.communeReports.run("T01-X001", ReportType.MONTHLY, "2026-05", false).completed()).isTrue();
		assertThat(this.communeReports.run("T01-X002", ReportType.MONTHLY, "2026-05", false).completed()).isTrue();
		this.clock.set(LocalDateTime.of(2026, 5, 22, 9, 0));
		assertThat(this.communeReports.run("T01-X003", ReportType.MONTHLY, "2026-05", false).completed()).isTrue();
		this.clock.set(LocalDateTime.of(2026, 5, 23, 9, 0));
	}

	@Test
	void provinceFigureIsThePooledRatioNotTheMeanOfCommuneRatios() {
		ProvinceRun run = this.provinceReports.run(PROVINCE, ProvinceReportType.MONTHLY, "2026-05");
		assertThat(run.status()).as(run.failureMessage()).isEqualTo("COMPLETED");

		SharedFigure fiveG = figure(this.provinceReports.assemble(run.id()), FIVE_G);
		assertThat(fiveG.communesWithIndicator()).isEqualTo(3);
		assertThat(fiveG.communesReporting()).isEqualTo(3);
		assertThat(fiveG.numeratorSum()).isEqualByComparingTo("541");
		assertThat(fiveG.denominatorSum()).isEqualByComparingTo("610");
		// 541 / 610 = 88.6885%; the mean of 10%, 90%, 90% would be 63.33%
		assertThat(fiveG.provinceFigure()).isEqualByComparingTo("88.6885");
		BigDecimal meanOfRatios = new BigDecimal("190").divide(new BigDecimal("3"), 4, RoundingMode.HALF_UP);
		assertThat(fiveG.provinceFigure()).isNotEqualByComparingTo(meanOfRatios);
		assertThat(fiveG.minimum()).isEqualByComparingTo("10");
		assertThat(fiveG.median()).isEqualByComparingTo("90");
		assertThat(fiveG.maximum()).isEqualByComparingTo("90");
		assertThat(fiveG.howMade()).contains("541 / 610");
		assertThat(fiveG.behindRoadmap()).containsExactlyInAnyOrderElementsOf(jdbc.queryForList("""
				SELECT p.locality_name FROM province_report_input used
				  JOIN report_indicator_result r ON r.report_run_id = used.report_run_id
				  JOIN report_run c ON c.id = r.report_run_id JOIN plan p ON p.id = c.plan_id
				  JOIN indicator i ON i.plan_version_id = c.plan_version_id AND i.code = r.indicator_code
				 WHERE used.province_run_id = ? AND i.shared_code = ? AND r.status = 'BEHIND_ROADMAP'""", String.class,
				run.id(), FIVE_G));
	}

	@Test
	void missingCommuneIsListedAndEveryCommuneReportVersionUsedIsRecorded() {
		ProvinceRun run = this.provinceReports.run(PROVINCE, ProvinceReportType.MONTHLY, "2026-05");
		ProvinceReport report = this.provinceReports.assemble(run.id());

		ProvinceReport.Reporting reporting = report.reporting();
		assertThat(reporting.communes()).isEqualTo(4);
		assertThat(reporting.made()).isEqualTo(3);
		assertThat(reporting.missing()).isEqualTo(1);
		assertThat(reporting.onTime()).isEqualTo(2);
		assertThat(reporting.late()).isEqualTo(1);
		assertThat(reporting.sent()).isZero();
		assertThat(reporting.lines())
			.extracting(ProvinceReport.CommuneLine::planCode, ProvinceReport.CommuneLine::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("T01-X001", "Đúng hạn"),
					org.assertj.core.groups.Tuple.tuple("T01-X002", "Đúng hạn"),
					org.assertj.core.groups.Tuple.tuple("T01-X003", "Muộn"),
					org.assertj.core.groups.Tuple.tuple("T01-X004", "Chưa có báo cáo"));

		List<Map<String, Object>> inputs = this.jdbc.queryForList("""
				SELECT p.code, i.report_run_id, c.version FROM province_report_input i JOIN plan p ON p.id = i.plan_id
				  LEFT JOIN report_run c ON c.id = i.report_run_id
				 WHERE i.province_run_id = ? ORDER BY i.position""", run.id());
		assertThat(inputs).extracting(row -> row.get("code"))
			.containsExactly("T01-X001", "T01-X002", "T01-X003", "T01-X004");
		assertThat(inputs.get(3).get("report_run_id")).as("missing commune recorded without a report").isNull();
		assertThat(inputs.subList(0, 3)).as("the latest completed version of each")
			.allSatisfy(row -> assertThat(row.get("version")).isEqualTo(this.jdbc.queryForObject("""
					SELECT MAX(c.version) FROM report_run c JOIN plan p ON p.id = c.plan_id
					 WHERE p.code = ? AND c.status = 'COMPLETED' AND c.period_code = '2026-05'""", Integer.class,
					row.get("code"))));
		assertThat(report.ranking()).hasSize(4);
		assertThat(report.ranking().get(3).planCode()).isEqualTo("T01-X004");
		assertThat(report.ranking().get(3).rank()).isNull();
		assertThat(report.appendix()).hasSize(4);
	}

	@Test
	void communeReRunMarksTheProvinceReportOutOfDateUntilItIsMadeAgain() throws Exception {
		ProvinceRun first = this.provinceReports.run(PROVINCE, ProvinceReportType.MONTHLY, "2026-05");
		assertThat(first.outOfDate()).isFalse();
		int usedVersion = usedVersion(first.id(), "T01-X002");

		this.clock.set(LocalDateTime.of(2026, 5, 24, 9, 0));
		assertThat(this.communeReports.run("T01-X002", ReportType.MONTHLY, "2026-05", false).completed()).isTrue();

		assertThat(this.mapper.findRun(first.id()).outOfDate()).isTrue();
		assertThat(this.mapper.findRun(first.id()).statusLabel()).contains("đã cũ");
		assertThat(this.mapper.findNewerCommuneReports(first.id()))
			.extracting(NewerCommuneReport::planCode, NewerCommuneReport::usedVersion,
					NewerCommuneReport::latestVersion)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("T01-X002", usedVersion, usedVersion + 1));

		ProvinceRun second = this.provinceReports.run(PROVINCE, ProvinceReportType.MONTHLY, "2026-05");
		assertThat(second.version()).isEqualTo(first.version() + 1);
		assertThat(second.outOfDate()).isFalse();
		assertThat(this.mapper.findRun(first.id()).outOfDate()).as("an old version stays out of date").isTrue();
		assertThat(usedVersion(second.id(), "T01-X002")).isEqualTo(usedVersion + 1);
		ProvinceReport.Revision revision = this.provinceReports.assemble(second.id()).revision();
		assertThat(revision.previousVersion()).isEqualTo(first.version());
		assertThat(revision.changes())
			.contains("Xã thử T01-X002: phiên bản " + usedVersion + " → phiên bản " + (usedVersion + 1));
		assertThat(revision.note()).startsWith("Báo cáo này thay thế phiên bản " + first.version() + ".");
	}

	@Test
	void pdfXlsxJsonAndManifestAreArchivedWithTheirSha256() throws Exception {
		ProvinceRun run = this.provinceReports.run(PROVINCE, ProvinceReportType.MONTHLY, "2026-05");

		List<ProvinceFile> files = this.mapper.findFiles(run.id());
		assertThat(files).extracting(ProvinceFile::kind).containsExactly("JSON", "MANIFEST", "PDF", "XLSX");
		for (ProvinceFile file : files) {
			assertThat(Path.of(file.path())).exists();
			assertThat(vn.nq57.reporting.archive.Sha256.of(Path.of(file.path()))).isEqualTo(file.sha256());
		}
		Path pdf = Path.of(files.get(2).path());
		assertThat(pdf.toString()).contains("provinces").endsWith("-v" + run.version() + ".pdf");
		String json = Files.readString(Path.of(files.get(0).path()));
		assertThat(json).contains("\"provinceFigure\" : 88.6885").contains("T01-X004");
		try (java.io.InputStream in = Files.newInputStream(Path.of(files.get(3).path()));
				org.apache.poi.ss.usermodel.Workbook workbook = org.apache.poi.ss.usermodel.WorkbookFactory
					.create(in)) {
			org.apache.poi.ss.usermodel.Sheet shared = workbook.getSheet(ProvinceXlsxWriter.SHARED);
			org.apache.poi.ss.usermodel.Row fiveG = null;
			for (org.apache.poi.ss.usermodel.Row row : shared) {
				if (row.getCell(0) != null && FIVE_G.equals(row.getCell(0).toString())) {
					fiveG = row;
				}
			}
			assertThat(fiveG).as("the 5G row").isNotNull();
			assertThat(fiveG.getCell(5).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
			assertThat(fiveG.getCell(5).getNumericCellValue()).isEqualTo(88.6885);
			assertThat(fiveG.getCell(6).getNumericCellValue()).isEqualTo(541.0);
			assertThat(fiveG.getCell(7).getNumericCellValue()).isEqualTo(610.0);
			assertThat(workbook.getSheet(ProvinceXlsxWriter.COMMUNES)
				.getRow(ProvinceXlsxWriter.FIRST_DATA_ROW + 3)
				.getCell(8)
				.getStringCellValue()).isEqualTo("Chưa có báo cáo");
		}
		// kept for a look (pdftoppm -png -r 80)
		Files.createDirectories(Path.of("target/province-report"));
		Files.copy(pdf, Path.of("target/province-report/province-report.pdf"), StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void archiveVerifyChecksAProvinceReportsFilesLikeACommuneReports() throws Exception {
		ProvinceRun run = this.provinceReports.run(PROVINCE, ProvinceReportType.MONTHLY, "2026-05");
		List<ProvinceFile> files = this.mapper.findFiles(run.id());
		List<FileCheck> before = new ArrayList<>();
		this.verifier.verify(null, before::add);
		assertThat(before).filteredOn(check -> Long.valueOf(run.id()).equals(check.runId()) && check.provinceReport())
			.hasSize(4)
			.allSatisfy(check -> {
				assertThat(check.outcome()).isEqualTo(Outcome.MATCHES);
				assertThat(check.province()).isEqualTo(PROVINCE);
				assertThat(check.reportType()).isEqualTo("MONTHLY");
			});
		Path json = Path.of(files.get(0).path());
		Path pdf = Path.of(files.get(2).path());
		Path xlsx = Path.of(files.get(3).path());
		byte[] bytes = Files.readAllBytes(pdf);
		bytes[bytes.length / 2] ^= 1;
		Files.write(pdf, bytes);
		Files.delete(xlsx);
		Path slipped = Files.writeString(json.resolveSibling("bao-cao-sua.pdf"), "không phải báo cáo");
		List<FileCheck> after = new ArrayList<>();

		ArchiveSummary summary = this.verifier.verify(null, after::add);

		assertThat(summary.failures()).isGreaterThanOrEqualTo(3);
		assertThat(after).filteredOn(check -> Long.valueOf(run.id()).equals(check.runId()) && check.provinceReport())
			.extracting(FileCheck::outcome, FileCheck::file)
			.containsExactlyInAnyOrder(tuple(Outcome.MATCHES, json),
					tuple(Outcome.MATCHES, Path.of(files.get(1).path())), tuple(Outcome.CHANGED, pdf),
					tuple(Outcome.MISSING, xlsx), tuple(Outcome.EXTRA, slipped));
		// a plan's check leaves the province reports out
		List<FileCheck> planOnly = new ArrayList<>();
		this.verifier.verify("T01-X001", planOnly::add);
		assertThat(planOnly).isNotEmpty().noneMatch(FileCheck::provinceReport);
	}

	private int usedVersion(long provinceRunId, String planCode) {
		return this.jdbc.queryForObject("""
				SELECT c.version FROM province_report_input i JOIN report_run c ON c.id = i.report_run_id
				  JOIN plan p ON p.id = c.plan_id WHERE i.province_run_id = ? AND p.code = ?""", Integer.class,
				provinceRunId, planCode);
	}

	private static SharedFigure figure(ProvinceReport report, String code) {
		return report.sharedIndicators().stream().filter(f -> f.sharedCode().equals(code)).findFirst().orElseThrow();
	}

	/**
	 * A new accepted version of the reporting unit's submission with the known figure.
	 */
	private void fiveG(String planCode, int numerator, int denominator) {
		Map<String, Object> indicator = this.jdbc.queryForMap("""
				SELECT i.code, i.reporting_unit FROM indicator i JOIN plan_version pv ON pv.id = i.plan_version_id
				  JOIN plan p ON p.id = pv.plan_id WHERE p.code = ? AND i.shared_code = ?""", planCode, FIVE_G);
		BigDecimal n = BigDecimal.valueOf(numerator);
		BigDecimal d = BigDecimal.valueOf(denominator);
		this.submissions.storeAccepted(new NewSubmission(planCode, (String) indicator.get("reporting_unit"), "MONTHLY",
				"2026-05", "API", LocalDateTime.of(2026, 5, 12, 9, 0), "test",
				List.of(new NewSubmission.IndicatorValue((String) indicator.get("code"),
						n.multiply(BigDecimal.valueOf(100)).divide(d, 4, RoundingMode.HALF_UP), n, d, null, null,
						null)),
				List.of(), new NewSubmission.Narrative(null, null, null, null)));
	}

}

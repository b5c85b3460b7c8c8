package vn.nq57.reporting.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.submission.NewSubmission;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.submission.SubmissionStore;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walking skeleton end to end: Vũ Quang's plan and two units' submissions in MariaDB,
 * the monthly report job, and a real SMTP server (GreenMail) receiving the PDF.
 */
@DatabaseTest
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
class ReportJobFunctionalTests {

	/**
	 * A real SMTP server on a free port (a fixed port collides with other builds on the
	 * machine).
	 */
	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	ReportArchive reportArchive;

	@Autowired
	SubmissionStore submissions;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@Value("${reports.archive-folder}")
	Path archive;

	@BeforeEach
	void givenVuQuangsPlan() {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
	}

	@Test
	void monthlyReportCarriesTheEnginesFiguresInJsonPdfAndMail() throws Exception {
		// the police report VNeID accounts on time; the culture office reports 5G
		// coverage late
		submit("CA", LocalDateTime.of(2026, 5, 16, 9, 0), value("VQ-19", "75"));
		submit("VHXH", LocalDateTime.of(2026, 5, 20, 8, 30), value("VQ-01", "58"));

		ReportRunLauncher.Outcome outcome = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-05", true);

		assertThat(outcome.completed()).as("run status").isTrue();
		long runId = outcome.run().id();
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file(runId, "JSON")));
		JsonNode vneid = indicator(json, "VQ-19");
		assertThat(vneid.get("actualValue").decimalValue()).isEqualByComparingTo("75");
		assertThat(vneid.get("percentOfYearTargetValue").decimalValue()).isEqualByComparingTo("1.0714");
		assertThat(vneid.get("percentOfYearTarget").asString()).isEqualTo("107,1%");
		assertThat(vneid.get("statusName").asString()).as("a monthly report judges the roadmap, not the year")
			.isEqualTo("Đã đạt chỉ tiêu năm");
		assertThat(vneid.get("yearTarget").asString()).isEqualTo("≥ 70% (2026)");
		JsonNode coverage = indicator(json, "VQ-01");
		assertThat(coverage.get("actual").asString()).isEqualTo("58%");
		// ≥ 60% by the end of 2026, nothing known at the start of the year: 60% × 151/365
		// of
		// the year by 14/05
		assertThat(coverage.get("expectedByPeriod").asString()).isEqualTo("24,8%");
		assertThat(coverage.get("statusName").asString()).isEqualTo("Đúng lộ trình");
		assertThat(coverage.get("judgement").asString()).isEqualTo("ROADMAP");
		assertThat(indicator(json, "VQ-04").get("statusName").asString()).isEqualTo("Chưa có số liệu");
		assertThat(json.at("/completeness/onTime").asInt()).isEqualTo(1);
		assertThat(json.at("/completeness/late").asInt()).isEqualTo(1);
		assertThat(json.at("/header/periodLabel").asString()).isEqualTo("tháng 5 năm 2026");
		assertThat(json.at("/header/dataWindow").asString()).isEqualTo("từ ngày 15/04/2026 đến ngày 14/05/2026");

		Path pdf = file(runId, "PDF");
		String text = pdfText(pdf);
		assertThat(text)
			.contains("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)", "BÁO CÁO",
					"Kết quả thực hiện Nghị quyết số 57-NQ/TW tháng 5 năm 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "107,1%", "Đã đạt chỉ tiêu năm", "Đánh giá lộ trình", "Trần Văn Trà",
					"Nơi nhận:")
			.doesNotContain("Chưa đạt");
		assertThat(embeddedFlags(pdf)).as("every font embedded").containsOnly(true);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).as("with the number and date of issue")
			.matches("Báo cáo tháng 5 năm 2026 về thực hiện Nghị quyết số 57-NQ/TW - UBND xã Vũ Quang"
					+ " - Số: \\d{2}/BC-UBND ngày \\d{2} tháng \\d{1,2} năm \\d{4} \\(phiên bản 1\\)");
		assertThat(attachment(received[0], ".pdf")).as("the issued, signed report, never the draft")
			.isEqualTo(Files.readAllBytes(file(runId, "SIGNED")));
		assertThat(attachment(received[0], ".xlsx")).as("the tables as a spreadsheet")
			.isEqualTo(Files.readAllBytes(file(runId, "XLSX")));
	}

	@Test
	void changeSinceThePreviousMonthComesFromThatMonthsReport() throws Exception {
		submit("CA", "2026-07", LocalDateTime.of(2026, 7, 16, 9, 0), value("VQ-19", "66.5"));
		assertThat(this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-07", false).completed()).isTrue();
		submit("CA", "2026-08", LocalDateTime.of(2026, 8, 16, 9, 0), value("VQ-19", "71"));

		ReportRunLauncher.Outcome august = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-08", false);

		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file(august.run().id(), "JSON")));
		JsonNode vneid = indicator(json, "VQ-19");
		assertThat(vneid.get("changeValue").decimalValue()).isEqualByComparingTo("4.5");
		assertThat(vneid.get("change").asString()).isEqualTo("+4,5");
		assertThat(vneid.get("statusName").asString()).isEqualTo("Đã đạt chỉ tiêu năm");
		assertThat(smtp.getReceivedMessages()).as("no mail unless asked").isEmpty();
	}

	@Test
	void rerunSaysWhichVersionItReplacesAndWhatChangedAndMailsOnlyWhenAsked() throws Exception {
		submit("CA", "2026-12", LocalDateTime.of(2026, 12, 12, 9, 0), value("VQ-19", "70"));
		ReportRunLauncher.Outcome first = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-12", false);
		// a late correction from the police, then a re-run that is sent
		submit("CA", "2026-12", LocalDateTime.of(2026, 12, 13, 9, 0), value("VQ-19", "80"));
		ReportRunLauncher.Outcome second = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-12", true);

		assertThat(second.run().version()).isEqualTo(first.run().version() + 1);
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file(second.run().id(), "JSON")));
		assertThat(json.at("/revision/replacesVersion").asInt()).isEqualTo(first.run().version());
		JsonNode change = json.at("/revision/changes/0");
		assertThat(change.get("code").asString()).isEqualTo("VQ-19");
		assertThat(change.get("oldValue").asString()).isEqualTo("70%");
		assertThat(change.get("newValue").asString()).isEqualTo("80%");
		assertThat(pdfText(file(second.run().id(), "PDF"))).contains("thay thế phiên bản " + first.run().version(),
				"Tỷ lệ người dân có tài khoản định danh điện tử (VNeID): 70% → 80%");
		assertThat(file(first.run().id(), "PDF")).as("the earlier version stays").exists();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).as("only the re-run that asked for it is mailed").hasSize(1);
		assertThat(html(received[0])).contains("Báo cáo đính chính",
				"Tỷ lệ người dân có tài khoản định danh điện tử (VNeID): 70% → 80%");
	}

	@Test
	void failedRunContinuesFromTheStepThatFailedWithTheSameVersion() throws Exception {
		submit("CA", "2026-09", LocalDateTime.of(2026, 9, 16, 9, 0), value("VQ-19", "72"));
		Path blocker = this.archive.resolve("VU-QUANG").resolve("2026-09");
		Files.createDirectories(blocker.getParent());
		Files.writeString(blocker, "not a folder");

		ReportRunLauncher.Outcome failed = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-09", false);
		assertThat(failed.run().status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.run().failedStep()).isEqualTo("writeDocuments");
		assertThat(failed.run().failureMessage()).contains("Not a directory");

		Files.delete(blocker);
		ReportRunLauncher.Outcome restarted = this.launcher.restart(failed.run().id());

		assertThat(restarted.completed()).isTrue();
		assertThat(restarted.run().version()).isEqualTo(failed.run().version());
		assertThat(restarted.run().failedStep()).as("cleared when it starts again").isNull();
		assertThat(this.runs.findStageLines(restarted.run().id())
			.stream()
			.filter(line -> line.attempt() == restarted.run().attempts())
			.map(StageLine::stage)).startsWith("writeDocuments").doesNotContain("recordInputs", "assessIndicators");
		assertThat(file(restarted.run().id(), "PDF")).exists();
	}

	private void submit(String unit, LocalDateTime receivedAt, IndicatorValue value) {
		submit(unit, "2026-05", receivedAt, value);
	}

	private void submit(String unit, String period, LocalDateTime receivedAt, IndicatorValue value) {
		this.submissions
			.storeAccepted(new NewSubmission("VU-QUANG", unit, "MONTHLY", period, "TEST", receivedAt, "kiểm thử",
					List.of(value), List.<TaskProgressEntry>of(), new Narrative(null, "Thiếu thiết bị.", null, null)));
	}

	private static IndicatorValue value(String indicator, String value) {
		return new IndicatorValue(indicator, new BigDecimal(value), null, null, null, null, null);
	}

	private Path file(long runId, String kind) {
		return this.reportArchive.files(runId)
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

	static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("[ \\t\\r\\n]+", " ");
		}
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

	/** The decoded HTML body of a message, wherever it sits in the multipart tree. */
	private static String html(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/html")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = html(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static byte[] attachment(MimeMessage message, String suffix) throws Exception {
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
				return part.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no " + suffix + " attachment");
	}

}

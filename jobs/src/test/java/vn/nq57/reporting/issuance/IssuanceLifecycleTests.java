package vn.nq57.reporting.issuance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.IssuanceStatus;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.RunDetails;
import vn.nq57.reporting.run.Transition;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A report version's life through the report engine, as operators and signers live it: a
 * run makes a draft ("DỰ THẢO", never mailed); a SIGNER of the plan approves it, and it
 * is numbered from the issuer's register, made again as PDF/A-2b with its number and
 * date, signed by the person and the agency, and mailed (GreenMail); or returns it, and a
 * re-run makes the next version. With {@code approval: auto} (the monthly schedule) a run
 * that sends signs with the agency alone. Signatures are checked by poppler's pdfsig and
 * EU DSS, PDF/A by veraPDF. A picture of the signed page stays in
 * target/issuance-lifecycle/ to look at.
 */
@DatabaseTest
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuanceLifecycleTests {

	static final Path FOLDER = Path.of("target/issuance-lifecycle");

	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	VersionLifecycle lifecycle;

	@Autowired
	RunDetails details;

	@Autowired
	ReportArchive archive;

	@Autowired
	OutgoingDocumentRegister register;

	@Autowired
	ConsoleUsers users;

	@Autowired
	SigningSettings signing;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Pdfsig pdfsig;

	TestCertificateAuthority ca;

	@BeforeAll
	void givenPlansAndTheirSigners() throws Exception {
		FileSystemUtils.deleteRecursively(FOLDER);
		Files.createDirectories(FOLDER);
		for (String plan : List.of("vu-quang", "kien-an", "yen-hoa", "loc-hung")) {
			this.importer.importText("plans/" + plan + ".yaml", TestPlans.text(plan + ".yaml"));
		}
		this.users.save("tra", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "VU-QUANG", null);
		this.users.save("doanh", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "KIEN-AN", null);
		this.users.save("tam", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "LOC-HUNG", null);
		this.users.save("van-hanh", "mat-khau-van-hanh".toCharArray(), "OPERATOR", null, null);
		this.ca = TestCertificateAuthority.openOrCreate(this.signing.pkiFolder());
	}

	@BeforeEach
	void emptyMailboxes() throws Exception {
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void anApprovedDraftIsNumberedSignedByPersonAndAgencyAsPdfAAndSent() throws Exception {
		ReportRun draft = run("VU-QUANG", ReportType.QUARTERLY, "2026-Q1", true);

		assertThat(draft.issuanceStatus()).isEqualTo(IssuanceStatus.DRAFT);
		assertThat(pdfText(file(draft.id(), "PDF"))).contains("DỰ THẢO", "Số:        /BC-UBND");
		assertThat(file(draft.id(), "SIGNED")).as("not issued yet").isNull();
		assertThat(smtp.getReceivedMessages()).as("a draft is never mailed").isEmpty();
		assertThat(this.details.of(draft.id()).awaitingApproval()).isTrue();
		assertThatThrownBy(() -> this.lifecycle.approve(draft.id(), "van-hanh", null))
			.hasMessageContaining("không có quyền duyệt báo cáo của kế hoạch VU-QUANG");
		assertThatThrownBy(() -> this.lifecycle.approve(draft.id(), "doanh", null)).as("a signer of another plan")
			.hasMessageContaining("cần vai trò SIGNER của kế hoạch này");

		ReportRun issued = this.lifecycle.approve(draft.id(), "tra", "Đồng ý ban hành");

		assertThat(issued.issuanceStatus()).isEqualTo(IssuanceStatus.SENT);
		assertThat(this.register.findByRun(draft.id())).hasValueSatisfying(number -> {
			assertThat(number.number()).isEqualTo(1);
			assertThat(number.printedNumber()).isEqualTo("Số: 01/BC-UBND");
			assertThat(number.issuedBy()).isEqualTo("tra");
		});
		Path signed = file(draft.id(), "SIGNED");
		assertThat(signed.getFileName().toString()).endsWith("-v1-ban-hanh.pdf");
		String today = VietnameseDates.documentDate(LocalDate.now(this.clock));
		assertThat(pdfText(signed)).contains("Số: 01/BC-UBND", "Vũ Quang, " + today).doesNotContain("DỰ THẢO");
		assertThat(VeraPdf.pdfa2bViolations(signed)).as("PDF/A-2b").isEmpty();
		String report = pdfsig().verify(signed);
		assertThat(count(report, "Signature Validation: Signature is Valid.")).as(report).isEqualTo(2);
		assertThat(count(report, "Certificate Validation: Certificate is Trusted.")).as(report).isEqualTo(2);
		assertThat(report).contains("Signer Certificate Common Name: Trần Văn Trà",
				"Signer Certificate Common Name: Ủy ban nhân dân xã Vũ Quang", "Total document signed");
		DiagnosticData dss = DssValidation.validate(signed, this.ca.rootCertificate()).getDiagnosticData();
		assertThat(dss.getSignatures()).hasSize(2).allSatisfy(signature -> {
			assertThat(signature.isSignatureIntact()).isTrue();
			assertThat(signature.isSignatureValid()).isTrue();
		});

		MimeMessage[] mail = smtp.getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(attachmentNames(mail[0])).anyMatch(name -> name.endsWith("-v1-ban-hanh.pdf"))
			.noneMatch(name -> name.endsWith("-v1.pdf"));
		assertThat(this.lifecycle.transitions(draft.id()))
			.extracting(Transition::fromStatus, Transition::toStatus, Transition::actor)
			.containsExactly(tuple(null, IssuanceStatus.DRAFT, "hệ thống"),
					tuple(IssuanceStatus.DRAFT, IssuanceStatus.APPROVED, "tra"),
					tuple(IssuanceStatus.APPROVED, IssuanceStatus.ISSUED, "tra"),
					tuple(IssuanceStatus.ISSUED, IssuanceStatus.SENT, "hệ thống"));
		assertThat(this.lifecycle.transitions(draft.id()).get(1).comment()).isEqualTo("Đồng ý ban hành");
		assertThat(this.lifecycle.transitions(draft.id()).get(2).comment()).contains("Số: 01/BC-UBND", today,
				"Trần Văn Trà", "PAdES-BASELINE-B");
		assertThat(this.details.of(draft.id()).transitions()).hasSize(4);
		assertThat(this.details.of(draft.id()).steps())
			.extracting(RunDetails.StepLine::attempt, RunDetails.StepLine::name)
			.contains(tuple(2, "issue"), tuple(2, "sendMail"));
		assertThatThrownBy(() -> this.lifecycle.approve(draft.id(), "tra", null)).as("approved once only")
			.hasMessageContaining("không phải dự thảo đang chờ duyệt");
		render(signed, "signed-page");
		aByteChangedAfterSigningIsDetected(signed);

		ReportRun next = this.lifecycle.approve(run("VU-QUANG", ReportType.QUARTERLY, "2026-Q2", true).id(), "tra",
				null);
		assertThat(this.register.findByRun(next.id())).hasValueSatisfying(
				number -> assertThat(number.printedNumber()).as("the next number").isEqualTo("Số: 02/BC-UBND"));
	}

	private void aByteChangedAfterSigningIsDetected(Path signed) throws Exception {
		byte[] bytes = Files.readAllBytes(signed);
		String latin = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = latin.indexOf("NQ57 reporting");
		assertThat(at).as("a byte of the first revision").isPositive().isLessThan(latin.indexOf("/ByteRange"));
		bytes[at + 3] = '8';
		Path tampered = FOLDER.resolve("tampered.pdf");
		Files.write(tampered, bytes);

		Reports reports = DssValidation.validate(tampered, this.ca.rootCertificate());
		assertThat(reports.getDiagnosticData().getSignatures()).hasSize(2)
			.allSatisfy(s -> assertThat(s.isSignatureIntact()).isFalse());
		for (String id : reports.getSimpleReport().getSignatureIdList()) {
			assertThat(reports.getSimpleReport().getIndication(id)).isEqualTo(Indication.TOTAL_FAILED);
			assertThat(reports.getSimpleReport().getSubIndication(id)).isEqualTo(SubIndication.HASH_FAILURE);
		}
		String report = pdfsig().verify(tampered);
		assertThat(report).as(report).doesNotContain("Signature is Valid.");
		assertThat(count(report, "Signature Validation: Digest Mismatch.")).as(report).isEqualTo(2);
	}

	@Test
	void aReturnedDraftIsNeitherNumberedNorSentAndARerunMakesTheNextVersion() throws Exception {
		ReportRun first = run("KIEN-AN", ReportType.QUARTERLY, "2026-Q2", true);
		assertThatThrownBy(() -> this.lifecycle.returnVersion(first.id(), "doanh", " "))
			.hasMessageContaining("cần lý do");

		ReportRun returned = this.lifecycle.returnVersion(first.id(), "doanh", "Thiếu số liệu của Công an xã");

		assertThat(returned.issuanceStatus()).isEqualTo(IssuanceStatus.RETURNED);
		assertThat(this.lifecycle.transitions(first.id()).get(1)).satisfies(t -> {
			assertThat(t.toStatus()).isEqualTo(IssuanceStatus.RETURNED);
			assertThat(t.actor()).isEqualTo("doanh");
			assertThat(t.comment()).isEqualTo("Thiếu số liệu của Công an xã");
		});
		assertThatThrownBy(() -> this.lifecycle.approve(first.id(), "doanh", null))
			.hasMessageContaining("không phải dự thảo đang chờ duyệt");
		assertThat(this.register.findByRun(first.id())).isEmpty();
		assertThat(smtp.getReceivedMessages()).isEmpty();

		ReportRun second = this.launcher.run("KIEN-AN", ReportType.QUARTERLY, "2026-Q2", true).run();
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.issuanceStatus()).isEqualTo(IssuanceStatus.DRAFT);
		assertThat(this.lifecycle.approve(second.id(), "doanh", null).issuanceStatus()).isEqualTo(IssuanceStatus.SENT);
		assertThat(this.register.findByRun(second.id()).orElseThrow().printedNumber()).isEqualTo("Số: 01/BC-UBND");
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void anOlderDraftIsSupersededByANewerVersionAndCannotBeApproved() throws Exception {
		ReportRun first = run("KIEN-AN", ReportType.QUARTERLY, "2026-Q3", false);
		ReportRun second = this.launcher.run("KIEN-AN", ReportType.QUARTERLY, "2026-Q3", false).run();

		ReportRun before = this.details.of(first.id()).run();
		assertThat(before.issuanceStatus()).isEqualTo(IssuanceStatus.SUPERSEDED);
		assertThat(this.lifecycle.transitions(first.id())).last()
			.satisfies(t -> assertThat(t.comment()).contains("Đã có phiên bản 2 (lần chạy " + second.id() + ")"));
		assertThat(this.details.of(second.id()).run().issuanceStatus()).isEqualTo(IssuanceStatus.DRAFT);
		assertThatThrownBy(() -> this.lifecycle.approve(first.id(), "doanh", null))
			.hasMessageContaining("không phải dự thảo đang chờ duyệt")
			.hasMessageContaining("Đã có phiên bản mới hơn, không dùng");
	}

	@Test
	void inAutoModeARunThatSendsSignsWithTheAgencyAloneAndSends() throws Exception {
		ReportRun preview = run("YEN-HOA", ReportType.MONTHLY, "2026-04", false);
		assertThat(preview.issuanceStatus()).as("a run that does not send takes no number")
			.isEqualTo(IssuanceStatus.DRAFT);

		ReportRun sent = run("YEN-HOA", ReportType.MONTHLY, "2026-05", true);

		assertThat(sent.issuanceStatus()).isEqualTo(IssuanceStatus.SENT);
		assertThat(this.register.findByRun(sent.id()).orElseThrow().printedNumber()).isEqualTo("Số: 01/BC-UBND");
		Path signed = file(sent.id(), "SIGNED");
		String report = pdfsig().verify(signed);
		assertThat(count(report, "Signature Validation: Signature is Valid.")).as(report).isEqualTo(1);
		assertThat(report).contains("Signer Certificate Common Name: Ủy ban nhân dân xã Yên Hòa")
			.doesNotContain("Nguyễn Văn Hoàng");
		assertThat(VeraPdf.pdfa2bViolations(signed)).isEmpty();
		assertThat(this.lifecycle.transitions(sent.id()))
			.extracting(Transition::fromStatus, Transition::toStatus, Transition::actor)
			.containsExactly(tuple(null, IssuanceStatus.DRAFT, "hệ thống"),
					tuple(IssuanceStatus.DRAFT, IssuanceStatus.ISSUED, "hệ thống"),
					tuple(IssuanceStatus.ISSUED, IssuanceStatus.SENT, "hệ thống"));
		assertThat(this.lifecycle.transitions(sent.id()).get(1).comment()).contains("approval: auto",
				"ký số của cơ quan");
		MimeMessage[] mail = smtp.getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(attachmentNames(mail[0])).anyMatch(name -> name.endsWith("-ban-hanh.pdf"));
		render(signed, "auto-signed-page");
	}

	@Test
	void twoIssuancesAtOnceGetConsecutiveDistinctNumbers() throws Exception {
		List<Long> drafts = List.of(run("LOC-HUNG", ReportType.QUARTERLY, "2026-Q1", false).id(),
				run("LOC-HUNG", ReportType.QUARTERLY, "2026-Q2", false).id());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ReportRun>> approvals = new ArrayList<>();
			for (long runId : drafts) {
				approvals.add(pool.submit(() -> {
					start.await();
					return this.lifecycle.approve(runId, "tam", null);
				}));
			}
			start.countDown();
			for (Future<ReportRun> approval : approvals) {
				assertThat(approval.get(3, TimeUnit.MINUTES).issuanceStatus()).isEqualTo(IssuanceStatus.ISSUED);
			}
		}
		finally {
			pool.shutdownNow();
		}
		int year = LocalDate.now(this.clock).getYear();
		// whichever took the register's lock first has 01
		assertThat(this.register.list("LOC-HUNG", year)).extracting(RegisteredDocument::number).containsExactly(1, 2);
		assertThat(this.register.list("LOC-HUNG", year)).extracting(RegisteredDocument::reportRunId)
			.containsExactlyInAnyOrderElementsOf(drafts);
		assertThat(this.register.list("LOC-HUNG", year)).extracting(RegisteredDocument::printedNumber)
			.containsExactly("Số 01-BC/ĐU", "Số 02-BC/ĐU");
	}

	private ReportRun run(String plan, ReportType type, String period, boolean send) throws Exception {
		if (this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM submission s JOIN plan p ON p.id = s.plan_id WHERE p.code = ? AND s.report_type = ?"
						+ " AND s.period_code = ?",
				Integer.class, plan, type.name(), period) == 0) {
			this.samples.generate(plan, Period.parse(type, period), 57L);
		}
		ReportRunLauncher.Outcome outcome = this.launcher.run(plan, type, period, send);
		assertThat(outcome.completed()).as(outcome.run().failureMessage()).isTrue();
		return outcome.run();
	}

	private Path file(long runId, String kind) {
		ArchivedFile file = this.archive.file(runId, kind);
		return (file != null) ? Path.of(file.path()) : null;
	}

	private Pdfsig pdfsig() throws Exception {
		if (this.pdfsig == null) {
			this.pdfsig = Pdfsig.trusting(this.ca.rootCertificatePem(), FOLDER);
		}
		return this.pdfsig;
	}

	static String pdfText(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static List<String> attachmentNames(MimeMessage message) throws Exception {
		List<String> names = new ArrayList<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
				names.add(parts.getBodyPart(i).getFileName());
			}
		}
		return names;
	}

	private static void render(Path pdf, String name) throws Exception {
		int pages;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			pages = document.getNumberOfPages();
		}
		for (int page : new int[] { 1, pages - 1 }) {
			Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", String.valueOf(page), "-l",
					String.valueOf(page), "-singlefile", pdf.toString(), FOLDER.resolve(name + "-" + page).toString())
				.redirectErrorStream(true)
				.start();
			process.getInputStream().readAllBytes();
			process.waitFor();
		}
	}

	private static int count(String text, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}

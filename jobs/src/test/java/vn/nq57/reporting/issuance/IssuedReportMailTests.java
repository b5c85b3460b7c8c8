package vn.nq57.reporting.issuance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.run.IssuanceStatus;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.run.Transition;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;
import vn.nq57.reporting.system.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The email of an issued report as its recipient receives it from a real SMTP server
 * (GreenMail): a plain-text and an HTML part (multipart/alternative), both with the
 * document's number, date of issue and signers and the sender's block
 * ({@code reports.mail.sender.*}), the signed PDF attached byte for byte; and a version
 * whose mail went only on a later pass of the outbox (the server was down during its run)
 * or on a resend becomes "sent" then. The bodies received stay in
 * target/issued-report-mail/ to look at.
 */
@DatabaseTest
@TestPropertySource(
		properties = { "spring.mail.host=127.0.0.1", "reports.mail.sender.address=Thôn 1, xã Vũ Quang, tỉnh Hà Tĩnh",
				"reports.mail.sender.phone=0239 3820 123", "reports.mail.sender.email=vanphong@vuquang.hatinh.gov.vn" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedReportMailTests {

	/** The bodies received, to look at. */
	static final Path FOLDER = Path.of("target/issued-report-mail");

	static final ServerSetup SMTP = TestSmtp.onFreePort();

	static GreenMail smtp = new GreenMail(SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::getPort);
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
	ReportArchive archive;

	@Autowired
	OutgoingDocumentRegister register;

	@Autowired
	ConsoleUsers users;

	@Autowired
	OutboxSender outbox;

	@Autowired
	ResendService resend;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void givenPlansAndASigner() throws Exception {
		for (String plan : List.of("vu-quang", "yen-hoa")) {
			this.importer.importText("plans/" + plan + ".yaml", TestPlans.text(plan + ".yaml"));
		}
		this.users.save("tra", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "VU-QUANG", null);
	}

	@BeforeEach
	void serverUp() throws Exception {
		if (!smtp.isRunning()) {
			smtp = new GreenMail(SMTP);
			smtp.start();
		}
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterAll
	void serverDown() {
		smtp.stop();
	}

	@Test
	void aMailSentOnALaterPassCarriesTextAndHtmlWithNumberSignersAndSenderAndMakesTheVersionSent() throws Exception {
		ReportRun draft = run("VU-QUANG", ReportType.QUARTERLY, "2026-Q1", true);
		smtp.stop();

		ReportRun issued = this.lifecycle.approve(draft.id(), "tra", null);

		assertThat(issued.issuanceStatus()).as("the server was down: issued, not sent")
			.isEqualTo(IssuanceStatus.ISSUED);
		serverUp();
		// the retry's wait has passed
		this.jdbc.update("UPDATE mail_outbox SET next_attempt_at = '2026-01-01' WHERE report_run_id = ?", draft.id());
		assertThat(this.outbox.sendDue(null).delivered()).isEqualTo(1);

		RegisteredDocument number = this.register.findByRun(draft.id()).orElseThrow();
		String numberAndDate = number.printedNumber() + " " + VietnameseDates.documentDate(number.issuedOn());
		MimeMessage[] mail = smtp.getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getSubject()).contains(numberAndDate, "UBND xã Vũ Quang");
		Received received = Received.of(mail[0]);
		Files.createDirectories(FOLDER);
		Files.writeString(FOLDER.resolve("report.txt"), received.text());
		Files.writeString(FOLDER.resolve("report.html"), received.html());
		for (String body : List.of(received.text(), received.html())) {
			assertThat(body).contains(numberAndDate, "Trần Văn Trà (Phó Chủ tịch) và Ủy ban nhân dân xã Vũ Quang",
					"báo cáo quý I năm 2026", "ỦY BAN NHÂN DÂN XÃ VŨ QUANG",
					"Địa chỉ: Thôn 1, xã Vũ Quang, tỉnh Hà Tĩnh", "Điện thoại: 0239 3820 123",
					"Email: vanphong@vuquang.hatinh.gov.vn");
		}
		assertThat(received.text()).doesNotContain("<p>", "&");
		Path signed = Path.of(this.archive.file(draft.id(), "SIGNED").path());
		assertThat(received.attachments()).containsKey(signed.getFileName().toString());
		assertThat(received.attachments().get(signed.getFileName().toString())).as("the signed PDF, byte for byte")
			.isEqualTo(Files.readAllBytes(signed));
		assertThat(this.lifecycle.transitions(draft.id())).as("sent on the later pass")
			.last()
			.extracting(Transition::fromStatus, Transition::toStatus)
			.containsExactly(IssuanceStatus.ISSUED, IssuanceStatus.SENT);
	}

	@Test
	void aResendNamesTheSameNumberAndTheAgencyAloneWhenNoPersonSigned() throws Exception {
		ReportRun sent = run("YEN-HOA", ReportType.MONTHLY, "2026-05", true);
		assertThat(sent.issuanceStatus()).isEqualTo(IssuanceStatus.SENT);
		RegisteredDocument number = this.register.findByRun(sent.id()).orElseThrow();
		String numberAndDate = number.printedNumber() + " " + VietnameseDates.documentDate(number.issuedOn());
		smtp.purgeEmailFromAllMailboxes();

		this.resend.resendRun(sent.id(), List.of("so-khcn@example.gov.vn"));
		this.outbox.sendDue(sent.id());

		MimeMessage[] mail = smtp.getReceivedMessages();
		assertThat(mail).hasSize(1);
		assertThat(mail[0].getSubject()).contains(numberAndDate);
		Received received = Received.of(mail[0]);
		for (String body : List.of(received.text(), received.html())) {
			assertThat(body)
				.contains(numberAndDate, "Ủy ban nhân dân xã Yên Hòa (chữ ký số của cơ quan)",
						"ỦY BAN NHÂN DÂN XÃ YÊN HÒA", "Điện thoại: 0239 3820 123")
				.doesNotContain("Nguyễn Văn Hoàng");
		}
		assertThat(received.attachments())
			.containsKey(Path.of(this.archive.file(sent.id(), "SIGNED").path()).getFileName().toString());
	}

	private ReportRun run(String plan, ReportType type, String period, boolean send) throws Exception {
		this.samples.generate(plan, Period.parse(type, period), 57L);
		ReportRunLauncher.Outcome outcome = this.launcher.run(plan, type, period, send);
		assertThat(outcome.completed()).as(outcome.run().failureMessage()).isTrue();
		return outcome.run();
	}

	/** A received message taken apart: its text and HTML parts and its attachments. */
	record Received(String text, String html, java.util.Map<String, byte[]> attachments) {

		static Received of(MimeMessage message) throws Exception {
			List<String> texts = new ArrayList<>();
			List<String> htmls = new ArrayList<>();
			java.util.Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
			walk(message, texts, htmls, attachments);
			assertThat(texts).as("one text/plain part").hasSize(1);
			assertThat(htmls).as("one text/html part").hasSize(1);
			return new Received(texts.get(0), htmls.get(0), attachments);
		}

		private static void walk(Part part, List<String> texts, List<String> htmls,
				java.util.Map<String, byte[]> attachments) throws Exception {
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
			else if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				if (part.isMimeType("multipart/alternative")) {
					assertThat(multipart.getCount()).as("text and HTML side by side").isEqualTo(2);
				}
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					walk(child, texts, htmls, attachments);
				}
			}
			else if (part.isMimeType("text/plain")) {
				texts.add((String) part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				htmls.add((String) part.getContent());
			}
		}

	}

}

package vn.nq57.reporting.delivery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestSigners;
import vn.nq57.reporting.system.TestPlans;

import vn.nq57.reporting.system.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against a real SMTP server (GreenMail): attachments, outages, crashes,
 * missing files.
 */
@DatabaseTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "reports.mail.first-retry-delay=0s",
		"reports.mail.max-attempts=3", "reports.mail.operators=van-hanh@example.gov.vn" })
class OutboxDeliveryTests {

	static final List<String> RECIPIENTS = List.of("so-khcn@example.gov.vn", "ubnd-tinh@example.gov.vn",
			"vp-tinh-uy@example.gov.vn");

	static final String OPERATOR = "van-hanh@example.gov.vn";

	static final ServerSetup SMTP = TestSmtp.onFreePort();

	@DynamicPropertySource
	static void mailPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(SMTP);

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ResendService resend;

	@Autowired
	ConsoleUsers users;

	@Autowired
	VersionLifecycle lifecycle;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxMapper outbox;

	@Autowired
	OperatorAlerts alerts;

	@Autowired
	MailSettings settings;

	@Autowired
	ObjectProvider<JavaMailSender> mailSender;

	@Autowired
	JdbcTemplate jdbc;

	long runId;

	int version;

	@BeforeEach
	void givenAnArchivedMonthlyReportQueuedToThreeRecipients() throws Exception {
		this.jdbc.update("DELETE FROM mail_outbox");
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		ReportRunLauncher.Outcome outcome = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-09", false);
		assertThat(outcome.completed()).isTrue();
		this.runId = outcome.run().id();
		this.version = outcome.run().version();
		TestSigners.approve(this.users, this.lifecycle, outcome.run());
		this.resend.resendRun(this.runId, RECIPIENTS);
	}

	@Test
	void eachRecipientGetsTheReportWithItsPdfAndTheServersReplyIsRecorded() throws Exception {
		OutboxSender.DeliveryResult result = this.sender.sendDue(this.runId);

		assertThat(result.delivered()).isEqualTo(3);
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactlyInAnyOrderElementsOf(RECIPIENTS);
		MimeMessage first = smtp.getReceivedMessages()[0];
		assertThat(first.getSubject()).contains("Nghị quyết số 57-NQ/TW");
		assertThat(attachmentNames(first)).containsExactly(
				"bao-cao-vu-quang-monthly-2026-09-v" + this.version + "-ban-hanh.pdf",
				"bao-cao-vu-quang-monthly-2026-09-v" + this.version + ".xlsx");
		assertThat(this.outbox.findByRun(this.runId)).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo(MessageStatus.SENT);
			assertThat(row.serverReply()).startsWith("250");
			assertThat(row.attempts()).isEqualTo(1);
		});
	}

	@Test
	void anSmtpServerThatIsDownAndComesBackDeliversEachMessageExactlyOnce() throws Exception {
		smtp.stop();
		OutboxSender.DeliveryResult whileDown = this.sender.sendDue(this.runId);
		assertThat(whileDown.retrying()).isEqualTo(3);
		assertThat(this.outbox.findByRun(this.runId)).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo(MessageStatus.PENDING);
			assertThat(row.lastError()).isNotBlank();
		});

		smtp.start();
		OutboxSender.DeliveryResult back = this.sender.sendDue(this.runId);
		OutboxSender.DeliveryResult again = this.sender.sendDue(this.runId);

		assertThat(back.delivered()).isEqualTo(3);
		assertThat(again.delivered()).isZero();
		Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
			.flatMap(m -> recipientsOf(new MimeMessage[] { m }).stream())
			.collect(Collectors.groupingBy(r -> r, Collectors.counting()));
		assertThat(perRecipient).containsOnlyKeys(RECIPIENTS)
			.allSatisfy((recipient, count) -> assertThat(count).isOne());
		assertThat(this.outbox.findByRun(this.runId)).allSatisfy(row -> assertThat(row.attempts()).isEqualTo(2));
	}

	@Test
	void aMessageThatKeepsFailingIsGivenUpAfterItsRetriesAndTheOperatorsAreTold() throws Exception {
		smtp.stop();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.sender.sendDue(this.runId);
		}
		assertThat(this.outbox.findByRun(this.runId))
			.allSatisfy(row -> assertThat(row.status()).isEqualTo(MessageStatus.FAILED));

		smtp.start();
		this.sender.sendDue(null);

		// one digest for the three messages given up in the same pass
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsOnly(OPERATOR).hasSize(1);
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("[Cảnh báo NQ57] Không gửi được 3 thư");
	}

	@Test
	void aRestartInTheMiddleOfSendingNeverSendsTwiceAndNeverForgetsAMessage() throws Exception {
		List<OutboxMessage> rows = this.outbox.findByRun(this.runId);
		// the process died while handing the second message to the server, twenty minutes
		// ago
		OutboxMessage interrupted = rows.get(1);
		this.outbox.claim(interrupted.id(), 1, "node-that-died");
		this.outbox.backdateClaim(interrupted.id(), 20 * 60);

		// after the restart
		this.sender.sendDue(null);

		assertThat(this.outbox.findById(interrupted.id()).status()).isEqualTo(MessageStatus.UNCERTAIN);
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsExactlyInAnyOrder(rows.get(0).recipient(),
				rows.get(2).recipient(), OPERATOR);
		MimeMessage alert = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipientsOf(new MimeMessage[] { m }).contains(OPERATOR))
			.findFirst()
			.orElseThrow();
		assertThat(alert.getSubject()).contains("Không rõ thư báo cáo").contains(interrupted.recipient());
		assertThat(textOf(alert)).contains("./reports outbox resend " + interrupted.id());

		// a second restart changes nothing; the operator's decision sends it once
		this.sender.sendDue(null);
		assertThat(smtp.getReceivedMessages()).hasSize(3);
		assertThat(this.outbox.requeue(interrupted.id(), LocalDateTime.now(ReportingZone.ZONE))).isOne();
		this.sender.sendDue(null);
		assertThat(recipientsOf(smtp.getReceivedMessages())).filteredOn(interrupted.recipient()::equals).hasSize(1);
	}

	@Test
	void aMessageStillBeingSentByAnotherNodeIsLeftAlone() {
		OutboxMessage busy = this.outbox.findByRun(this.runId).get(0);
		this.outbox.claim(busy.id(), 1, "other-node");
		this.outbox.backdateClaim(busy.id(), 5);

		this.sender.sendDue(this.runId);

		assertThat(this.outbox.findById(busy.id()).status()).isEqualTo(MessageStatus.SENDING);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

	@Test
	void aMissingPdfFailsLoudlyAndNothingIsSentWithoutIt() throws Exception {
		Path pdf = Path.of(this.outbox.findAttachments(this.runId).get(0).path());
		Files.delete(pdf);

		OutboxSender.DeliveryResult result = this.sender.sendDue(this.runId);

		assertThat(result.failed()).isEqualTo(3);
		assertThat(this.outbox.findByRun(this.runId)).allSatisfy(row -> {
			assertThat(row.status()).isEqualTo(MessageStatus.FAILED);
			assertThat(row.lastError()).contains("Tệp đính kèm không còn trong lưu trữ").contains(pdf.toString());
		});
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsOnly(OPERATOR);
	}

	@Test
	void anAttachmentTooLargeForTheServerIsNotSent() {
		MailSettings small = new MailSettings(this.settings.outboxFolder(), this.settings.from(), 3, Duration.ZERO,
				Duration.ZERO, 1024, Duration.ofMinutes(10), List.of(OPERATOR));
		OutboxSender strict = new OutboxSender(this.outbox, this.mailSender, small, this.alerts,
				Clock.system(ReportingZone.ZONE));

		OutboxSender.DeliveryResult result = strict.sendDue(this.runId);

		assertThat(result.failed()).isEqualTo(3);
		assertThat(this.outbox.findByRun(this.runId).get(0).lastError()).contains("vượt giới hạn 1024 byte");
		assertThat(recipientsOf(smtp.getReceivedMessages())).containsOnly(OPERATOR);
	}

	@Test
	void theMailServerIsGivenTimeoutsAndStartTlsByDefault() {
		JavaMailSenderImpl sender = (JavaMailSenderImpl) this.mailSender.getObject();

		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "60000")
			.containsEntry("mail.smtp.timeout", "60000")
			.containsEntry("mail.smtp.writetimeout", "60000")
			.containsEntry("mail.smtp.starttls.enable", "true");
	}

	static List<String> recipientsOf(MimeMessage[] messages) {
		try {
			List<String> recipients = new java.util.ArrayList<>();
			for (MimeMessage message : messages) {
				for (Address address : message.getAllRecipients()) {
					recipients.add(address.toString());
				}
			}
			return recipients;
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String textOf(jakarta.mail.Part part) throws Exception {
		Object content = part.getContent();
		if (content instanceof Multipart multipart) {
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(textOf(multipart.getBodyPart(i)));
			}
			return text.toString();
		}
		return (content instanceof String s) ? s : "";
	}

	static List<String> attachmentNames(MimeMessage message) throws Exception {
		List<String> names = new java.util.ArrayList<>();
		Multipart multipart = (Multipart) message.getContent();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.getFileName() != null) {
				names.add(part.getFileName());
			}
		}
		return names;
	}

}

package vn.nq57.reporting.province;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;
import vn.nq57.reporting.system.TestSmtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province report made with {@code --send} goes through the outbox (kind
 * PROVINCE_REPORT) to the schedule file's province recipients, with its PDF and XLSX.
 */
@DatabaseTest
// a context of its own (a mail server): a context shared with another class would see its
// data
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "reports.mail.operators=van-hanh@example.gov.vn" })
class ProvinceReportMailTests {

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
	ProvinceReportRunner provinceReports;

	@Autowired
	ProvinceReportMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResendService resend;

	@Autowired
	OutboxSender sender;

	@Test
	void aProvinceReportSentGoesThroughTheOutboxToTheScheduleFilesRecipientsWithItsPdf() throws Exception {
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE code = 'VU-QUANG'", Integer.class) == 0) {
			this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		}

		ProvinceRun run = this.provinceReports.run("Hà Tĩnh", ProvinceReportType.MONTHLY, "2026-05", true);

		assertThat(run.completed()).as(run.failureMessage()).isTrue();
		assertThat(run.deliver()).isTrue();
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				SELECT kind, recipient, status, report_run_id, send_round FROM mail_outbox
				 WHERE province_report_run_id = ? ORDER BY recipient""", run.id());
		assertThat(rows).extracting(row -> row.get("recipient"))
			.containsExactly("bo-khcn@example.gov.vn", "ubnd-tinh@example.gov.vn");
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get("kind")).isEqualTo("PROVINCE_REPORT");
			assertThat(row.get("status")).isEqualTo("SENT");
			assertThat(row.get("report_run_id")).isNull();
			assertThat(row.get("send_round")).isEqualTo(1);
		});
		assertThat(this.mapper.findMail(run.id())).extracting(ProvinceMail::status).containsExactly("SENT", "SENT");
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		for (MimeMessage message : received) {
			assertThat(message.getSubject()).contains("Báo cáo tổng hợp tháng", "tỉnh Hà Tĩnh", "phiên bản 1");
			assertThat(GreenMailUtil.getBody(message)).isNotBlank();
			assertThat(part(message, "text/plain")).as("plain text beside the HTML")
				.contains("Số xã, phường:", "Báo cáo đầy đủ (PDF) và số liệu (XLSX) được đính kèm thư này.")
				.doesNotContain("<");
			assertThat(part(message, "text/html")).contains("<li>Số xã, phường:");
			assertThat(GreenMailUtil.getWholeMessage(message)).as("the workbook named as one, not an unknown file")
				.contains("Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
				.contains("Content-Type: application/pdf");
			List<String> attached = attachments(message);
			assertThat(attached).containsExactlyInAnyOrder("bao-cao-tinh-ha-tinh-province-monthly-2026-05-v1.pdf",
					"bao-cao-tinh-ha-tinh-province-monthly-2026-05-v1.xlsx");
		}

		// without --send, nothing is queued
		ProvinceRun second = this.provinceReports.run("Hà Tĩnh", ProvinceReportType.MONTHLY, "2026-05");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE province_report_run_id = ?",
				Integer.class, second.id()))
			.isZero();
	}

	/** The text of the first part of that type, however deep. */
	private static String part(jakarta.mail.Part part, String type) throws Exception {
		if (part.isMimeType(type) && !jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void theFailedMessagesOfAProvinceReportAreSentAgainWithoutTouchingOtherMessages() throws Exception {
		if (this.jdbc.queryForObject("SELECT COUNT(*) FROM plan WHERE code = 'VU-QUANG'", Integer.class) == 0) {
			this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		}
		ProvinceRun run = this.provinceReports.run("Hà Tĩnh", ProvinceReportType.MONTHLY, "2026-04", true);
		assertThat(run.completed()).as(run.failureMessage()).isTrue();
		smtp.purgeEmailFromAllMailboxes();
		// as after an outage that outlasted the retries
		this.jdbc.update("UPDATE mail_outbox SET status = 'FAILED' WHERE province_report_run_id = ?", run.id());

		int requeued = this.resend.resendUndeliveredOfProvinceReport(run.id());
		OutboxSender.DeliveryResult result = this.sender.sendDueOfProvinceReport(run.id());

		assertThat(requeued).isEqualTo(2);
		assertThat(result.delivered()).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).hasSize(2)
			.allSatisfy(message -> assertThat(message.getSubject()).contains("tháng 4 năm 2026"));
		assertThat(this.mapper.findMail(run.id())).extracting(ProvinceMail::status).containsExactly("SENT", "SENT");
	}

	private static List<String> attachments(MimeMessage message) throws Exception {
		List<String> names = new java.util.ArrayList<>();
		if (message.getContent() instanceof Multipart multipart) {
			collect(multipart, names);
		}
		return names;
	}

	private static void collect(Multipart multipart, List<String> names) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			Part part = multipart.getBodyPart(i);
			if (part.getContent() instanceof Multipart nested) {
				collect(nested, names);
			}
			else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
				names.add(part.getFileName());
			}
		}
	}

}

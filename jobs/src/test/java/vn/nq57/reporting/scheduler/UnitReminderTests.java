package vn.nq57.reporting.scheduler;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.submission.NewSubmission;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.submission.SubmissionStore;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders go to the units that have not submitted for the period, once, through a real
 * SMTP server.
 */
@DatabaseTest
// a context of its own (the operators' address): a context shared with another class
// would see its data
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"reports.mail.operators=van-hanh@example.gov.vn" })
class UnitReminderTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	PlanImporter importer;

	@Autowired
	SubmissionStore submissions;

	@Autowired
	UnitReminders reminders;

	@Autowired
	OutboxSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void givenVuQuangsPlanWithUnitAddresses() {
		this.jdbc.update("DELETE FROM mail_outbox");
		String plan = TestPlans.text("vu-quang.yaml")
			.replace("    name: \"Phòng Văn hóa - Xã hội\"\n",
					"    name: \"Phòng Văn hóa - Xã hội\"\n    email: \"vhxh@vuquang.example.vn\"\n")
			.replace("    name: \"Công an xã\"\n",
					"    name: \"Công an xã\"\n    email: \"conganxa@vuquang.example.vn\"\n")
			.replace("    name: \"Phòng Kinh tế\"",
					"    email: \"kinhte@vuquang.example.vn\"\n    name: \"Phòng Kinh tế\"");
		assertThat(plan).contains("vhxh@vuquang", "conganxa@vuquang", "kinhte@vuquang");
		this.importer.importText("plans/vu-quang.yaml", plan);
	}

	@Test
	void onlyUnitsThatHaveNotSubmittedAreRemindedAndOnlyOnce() throws Exception {
		// the commune police sent June's figures; the culture and economy offices did not
		this.submissions.storeAccepted(new NewSubmission("VU-QUANG", "CA", "MONTHLY", "2026-06", "TEST",
				LocalDateTime.of(2026, 6, 12, 9, 0), "kiểm thử",
				List.of(new IndicatorValue("VQ-19", new BigDecimal("75"), null, null, null, null, null)),
				List.<TaskProgressEntry>of(), new Narrative(null, null, null, null)));

		UnitReminders.Result result = this.reminders.remind("VU-QUANG", Period.month(2026, 6));
		this.sender.sendDue(null);

		assertThat(result.reminded()).contains("VHXH", "KT").doesNotContain("CA");
		assertThat(result.withoutEmail()).isNotEmpty().doesNotContain("VHXH", "KT", "CA");
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).extracting(m -> m.getAllRecipients()[0].toString())
			.containsExactlyInAnyOrder("vhxh@vuquang.example.vn", "kinhte@vuquang.example.vn");
		MimeMessage toCulture = received[0].getAllRecipients()[0].toString().startsWith("vhxh") ? received[0]
				: received[1];
		assertThat(toCulture.getSubject())
			.isEqualTo("Nhắc gửi số liệu báo cáo tháng 6 năm 2026 thực hiện Nghị quyết số 57-NQ/TW — hạn 19/06/2026");
		assertThat(GreenMailUtil.getBody(toCulture)).isNotBlank();

		UnitReminders.Result again = this.reminders.remind("VU-QUANG", Period.month(2026, 6));
		this.sender.sendDue(null);
		assertThat(again.reminded()).isEmpty();
		assertThat(again.alreadyReminded()).contains("VHXH", "KT");
		assertThat(smtp.getReceivedMessages()).hasSize(2);
	}

}

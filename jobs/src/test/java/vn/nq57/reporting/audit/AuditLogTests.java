package vn.nq57.reporting.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ResendService;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;
import vn.nq57.reporting.system.TestSigners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who did what by hand, and when: recorded by the services whoever called them (console
 * user, command line), shown to administrators on /audit, and written to the log too.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(
		properties = { "spring.main.web-application-type=servlet", "logging.level.vn.nq57.reporting.audit=INFO" })
@ExtendWith(OutputCaptureExtension.class)
class AuditLogTests {

	private static final String PASSWORD = "mật-khẩu-dài-đủ";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	ConsoleUsers users;

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ResendService resend;

	@Autowired
	VersionLifecycle lifecycle;

	@Test
	void aUserChangedInTheConsoleIsRecordedWithTheAdministratorsNameAndLogged(CapturedOutput output) throws Exception {
		this.users.save("se-tat-audit", PASSWORD.toCharArray(), "OPERATOR", null, null);

		this.mvc
			.perform(post("/users/disable").param("username", "se-tat-audit")
				.with(user("quan-tri").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		AuditEvent disabled = latest(AuditAction.USER_DISABLE);
		assertThat(disabled.actor()).isEqualTo("quan-tri");
		assertThat(disabled.subject()).isEqualTo("người dùng se-tat-audit");
		AuditEvent added = latest(AuditAction.USER_ADD);
		assertThat(added.actor()).isEqualTo("dòng lệnh (" + System.getProperty("user.name") + ")");
		assertThat(added.detail()).isEqualTo("vai trò OPERATOR");
		assertThat(output.getAll())
			.contains("Nhật ký thao tác: quan-tri | Vô hiệu hóa người dùng | người dùng se-tat-audit");
	}

	@Test
	void aPlanImportARunARerunAndAResendAreRecordedInOrder() throws Exception {
		String text = TestPlans.text("yen-hoa.yaml").replace("code: \"YEN-HOA\"", "code: \"YEN-HOA-AUDIT\"");
		this.importer.importText("plans/yen-hoa-audit.yaml", text);
		this.samples.generate("YEN-HOA-AUDIT", Period.parse(ReportType.MONTHLY, "2026-08"), 7L);
		this.launcher.run("YEN-HOA-AUDIT", ReportType.MONTHLY, "2026-08", false);
		ReportRun draft = this.launcher.run("YEN-HOA-AUDIT", ReportType.MONTHLY, "2026-08", false).run();
		long second = draft.id();
		// only an issued version is sent: a signer of the plan approves it first
		TestSigners.approve(this.users, this.lifecycle, draft);
		this.resend.resendRun(second, List.of("so-khcn@example.gov.vn"));

		List<AuditEvent> events = new ArrayList<>(
				this.audit.latest(50).stream().filter(e -> e.subject().contains("YEN-HOA-AUDIT")).toList());
		Collections.reverse(events);

		assertThat(events).extracting(AuditEvent::action)
			.containsExactly(AuditAction.PLAN_IMPORT, AuditAction.REPORT_RUN, AuditAction.REPORT_RERUN,
					AuditAction.APPROVE, AuditAction.RESEND);
		assertThat(events.get(0).detail()).startsWith("phiên bản 1 từ plans/yen-hoa-audit.yaml");
		assertThat(events.get(2).subject()).isEqualTo("lần chạy " + second + " (YEN-HOA-AUDIT, Báo cáo tháng 2026-08)");
		assertThat(events.get(2).detail()).isEqualTo("phiên bản 2, không gửi thư; kết quả: Hoàn thành");
		assertThat(events.get(3).actor()).isEqualTo("ky-duyet-yen-hoa-audit");
		assertThat(events.get(3).detail()).startsWith("phiên bản 2; kết quả: ");
		assertThat(events.get(4).detail()).isEqualTo("đến so-khcn@example.gov.vn");
		assertThat(events).allSatisfy(e -> assertThat(e.occurredAt()).isNotNull());
	}

	@Test
	void onlyAnAdministratorReadsTheAuditPageInVietnamese() throws Exception {
		this.audit.record("pho-giam-doc", AuditAction.APPROVE, "lần chạy 1 (YEN-HOA, Báo cáo tháng 2026-08)",
				"đồng ý phát hành");

		this.mvc.perform(get("/audit").with(user("vanhanh").roles("OPERATOR"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").with(user("xem").roles("VIEWER"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(user("vanhanh").roles("OPERATOR")))
			.andExpect(content().string(not(containsString("id=\"audit-link\""))));
		this.mvc.perform(get("/audit").with(user("quan-tri").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-link\"")))
			.andExpect(content().string(containsString("pho-giam-doc")))
			.andExpect(content().string(containsString("Phê duyệt")))
			.andExpect(content().string(containsString("đồng ý phát hành")))
			.andExpect(content().string(not(containsString("APPROVE"))));
	}

	private AuditEvent latest(AuditAction action) {
		return this.audit.latest(100).stream().filter(e -> e.action() == action).findFirst().orElseThrow();
	}

}

package vn.nq57.reporting.console;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No page, file or API call without sign-in and the right role; forms need their CSRF
 * token.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.main.web-application-type=servlet")
class ConsoleSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ConsoleUsers users;

	long runId;

	@BeforeEach
	void givenAReport() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		this.runId = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-06", false).run().id();
		this.users.save("api-operator", "mật-khẩu-dài-đủ".toCharArray(), "OPERATOR", null, null);
		this.users.save("api-viewer", "mật-khẩu-dài-đủ".toCharArray(), "VIEWER", null, null);
	}

	@Test
	void anonymousUserGetsNothingButTheSignInPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/runs/" + this.runId + "/files/PDF")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/unit")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/runs")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void viewerReadsAndDownloadsButCannotRerunOrResend() throws Exception {
		var viewer = user("xem").roles("VIEWER");
		this.mvc.perform(get("/").with(viewer)).andExpect(status().isOk());
		this.mvc.perform(get("/schedule").with(viewer))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Các lần lập báo cáo sắp tới")));
		this.mvc.perform(get("/runs/" + this.runId).with(viewer))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"rerun\""))));
		this.mvc.perform(get("/runs/" + this.runId + "/files/PDF").with(viewer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		this.mvc.perform(get("/runs/new?plan=VU-QUANG&type=monthly&period=2026-06").with(viewer))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/runs").param("plan", "VU-QUANG")
				.param("type", "monthly")
				.param("period", "2026-06")
				.with(viewer)
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/runs/" + this.runId + "/resend").param("recipients", "a@b.vn").with(viewer).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/runs/" + this.runId + "/resend-undelivered").with(viewer).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void operatorResendsEveryUndeliveredMessageOfARunAtOnce() throws Exception {
		this.mvc
			.perform(post("/runs/" + this.runId + "/resend-undelivered").with(user("vanhanh").roles("OPERATOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", org.hamcrest.Matchers.startsWith("Đã xếp lại 0 thư")));
	}

	@Test
	void operatorRerunsOnlyWithTheFormsCsrfToken() throws Exception {
		var operator = user("vanhanh").roles("OPERATOR");
		this.mvc
			.perform(post("/runs").param("plan", "VU-QUANG")
				.param("type", "monthly")
				.param("period", "2026-06")
				.with(operator))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/runs").param("plan", "VU-QUANG")
				.param("type", "monthly")
				.param("period", "2026-06")
				.with(operator)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/runs/*"));
	}

	@Autowired
	vn.nq57.reporting.submission.SubmissionFormService forms;

	@Autowired
	vn.nq57.reporting.submission.SpreadsheetSubmissionImporter spreadsheets;

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path folder;

	@Test
	void unitUserSeesItsOwnSubmissionsWithTheReasonsForRefusalAndNothingOfOtherUnits() throws Exception {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		String period = java.time.YearMonth.now(vn.nq57.reporting.attainment.ReportingZone.ZONE).toString();
		java.nio.file.Path kt = this.folder.resolve("kt.xlsx");
		this.forms.writeForm("KIEN-AN", "KT", ReportType.MONTHLY, period, kt);
		try (var form = vn.nq57.reporting.submission.FilledForm.open(kt)) {
			form.type("Chỉ tiêu", "Tỷ lệ chi cho KHCN", "Giá trị thực hiện", "ba phẩy hai")
				.saveAs(this.folder.resolve("kt-filled.xlsx"));
		}
		this.spreadsheets.importFile(this.folder.resolve("kt-filled.xlsx"));
		java.nio.file.Path vhxh = this.folder.resolve("vhxh.xlsx");
		this.forms.writeForm("KIEN-AN", "VHXH", ReportType.MONTHLY, period, vhxh);
		try (var form = vn.nq57.reporting.submission.FilledForm.open(vhxh)) {
			form.type("Chỉ tiêu", "Tỷ lệ phủ sóng 5G trên địa bàn phường", "Giá trị thực hiện", 80)
				.saveAs(this.folder.resolve("vhxh-filled.xlsx"));
		}
		this.spreadsheets.importFile(this.folder.resolve("vhxh-filled.xlsx"));
		this.users.save("kinh-te", "mật-khẩu-dài-đủ".toCharArray(), "UNIT", "KIEN-AN", "KT");

		this.mvc.perform(get("/unit").with(user("kinh-te").roles("UNIT")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("kt-filled.xlsx")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bị trả lại")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("[NOT_A_NUMBER]")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("vhxh-filled.xlsx"))));
	}

	@Test
	void unitUserSeesOnlyItsOwnPage() throws Exception {
		var unit = user("ca-xa").roles("UNIT");
		this.mvc.perform(get("/").with(unit)).andExpect(status().isForbidden());
		this.mvc.perform(get("/runs/" + this.runId + "/files/PDF").with(unit)).andExpect(status().isForbidden());
	}

	@Test
	void apiIsDocumentedForSignedInReaders() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/runs/{id}/resend")));
	}

	@Test
	void apiNeedsARoleForEachOperation() throws Exception {
		this.mvc.perform(get("/api/runs").with(httpBasic("api-viewer", "mật-khẩu-dài-đủ"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/runs").with(httpBasic("api-viewer", "sai"))).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/runs").contentType("application/json")
				.content("{\"plan\":\"VU-QUANG\",\"type\":\"monthly\",\"period\":\"2026-06\"}")
				.with(httpBasic("api-viewer", "mật-khẩu-dài-đủ")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/runs").contentType("application/json")
				.content("{\"plan\":\"VU-QUANG\",\"type\":\"monthly\",\"period\":\"2026-06\"}")
				.with(httpBasic("api-operator", "mật-khẩu-dài-đủ")))
			.andExpect(status().isCreated());
		this.mvc
			.perform(post("/api/batches").contentType("application/json")
				.content("{\"type\":\"monthly\",\"period\":\"2026-06\",\"province\":\"Hà Tĩnh\"}")
				.with(httpBasic("api-viewer", "mật-khẩu-dài-đủ")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/batches").contentType("application/json")
				.content("{\"type\":\"monthly\",\"period\":\"2026-06\",\"province\":\"Hà Tĩnh\"}")
				.with(httpBasic("api-operator", "mật-khẩu-dài-đủ")))
			.andExpect(status().isCreated())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"planCode\":\"VU-QUANG\"")));
	}

}

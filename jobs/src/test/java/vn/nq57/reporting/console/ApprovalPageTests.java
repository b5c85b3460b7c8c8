package vn.nq57.reporting.console;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.IssuanceStatus;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.RunDetails;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

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
 * The run page shows a draft's issuance and its transitions to every reader, and the
 * approve and return buttons to a SIGNER of the plan only; nobody else may post them.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.main.web-application-type=servlet")
class ApprovalPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ConsoleUsers users;

	@Autowired
	RunDetails details;

	long runId;

	@BeforeEach
	void givenADraftAndSigners() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		this.runId = this.launcher.run("VU-QUANG", ReportType.QUARTERLY, "2026-Q2", false).run().id();
		this.users.save("tra", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "VU-QUANG", null);
		this.users.save("hoang", "mat-khau-ky-duyet".toCharArray(), "SIGNER", "YEN-HOA", null);
	}

	@Test
	void onlyASignerOfThePlanSeesApproveAndReturn() throws Exception {
		this.mvc.perform(get("/runs/" + this.runId).with(user("tra").roles("SIGNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"approve\"")))
			.andExpect(content().string(containsString("id=\"return\"")))
			.andExpect(content().string(containsString("Dự thảo, chờ duyệt")));
		this.mvc.perform(get("/runs/" + this.runId).with(user("hoang").roles("SIGNER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"approve\""))));
		this.mvc.perform(get("/runs/" + this.runId).with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dự thảo, chờ duyệt")))
			.andExpect(content().string(not(containsString("id=\"approve\""))));
		this.mvc.perform(get("/runs/" + this.runId).with(user("van-hanh").roles("OPERATOR")))
			.andExpect(content().string(not(containsString("id=\"return\""))));
	}

	@Test
	void othersCannotPostAnApprovalAndASignerReturnsWithTheReason() throws Exception {
		this.mvc.perform(post("/runs/" + this.runId + "/approve").with(user("van-hanh").roles("OPERATOR")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/runs/" + this.runId + "/approve").with(user("tra").roles("SIGNER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/runs/" + this.runId + "/approve").with(user("hoang").roles("SIGNER")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.details.of(this.runId).run().issuanceStatus()).as("a signer of another plan")
			.isEqualTo(IssuanceStatus.DRAFT);

		this.mvc
			.perform(post("/runs/" + this.runId + "/return").param("reason", "Thiếu số liệu quý")
				.with(user("tra").roles("SIGNER"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.details.of(this.runId).run().issuanceStatus()).isEqualTo(IssuanceStatus.RETURNED);
		this.mvc.perform(get("/runs/" + this.runId).with(user("xem").roles("VIEWER")))
			.andExpect(content().string(containsString("Thiếu số liệu quý")))
			.andExpect(content().string(containsString("tra")));
	}

}

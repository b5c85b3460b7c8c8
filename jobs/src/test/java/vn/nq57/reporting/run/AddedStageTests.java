package vn.nq57.reporting.run;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A stage is defined in one place: a new stage bean runs in single runs and in batches,
 * in its group, and shows in the run details and on the console's run page.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.main.web-application-type=servlet")
@Import(AddedStageTests.PageCount.class)
class AddedStageTests {

	static final String LABEL = "Đếm trang của bản PDF (bước thử nghiệm)";

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportBatchLauncher batches;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	RunDetails details;

	@Autowired
	MockMvc mvc;

	@Test
	void aStageAddedAsABeanRunsEverywhereAndIsShownEverywhere() throws Exception {
		for (String file : List.of("vu-quang.yaml", "yen-hoa.yaml")) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}

		long single = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-01", false).run().id();
		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-02", false);

		assertThat(stagesOf(single)).containsExactly("recordInputs", "assessIndicators", "assessTasks",
				"writeDocuments", "countPages", "archiveAndQueue", "issue", "sendMail");
		for (BatchRun run : this.batches.runsOf(batch.id())) {
			assertThat(stagesOf(run.runId())).as(run.planCode()).contains("countPages");
		}
		assertThat(this.details.of(single).steps()).extracting(RunDetails.StepLine::label).contains(LABEL);
		this.mvc.perform(get("/runs/" + single).with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(LABEL)));
	}

	private List<String> stagesOf(long runId) {
		return this.runs.findStageLines(runId).stream().map(StageLine::stage).toList();
	}

	/**
	 * The added stage: reads the PDF the documents stage wrote into the archive folder.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class PageCount {

		@Bean
		@Order(450)
		ReportStage countPages(ReportArchive archive) {
			return new ReportStage() {

				@Override
				public String name() {
					return "countPages";
				}

				@Override
				public String label() {
					return LABEL;
				}

				@Override
				public StageGroup group() {
					return StageGroup.DOCUMENTS;
				}

				@Override
				public int run(PlanRun plan) throws Exception {
					return (Files.size(archive.fileOf(plan.archiveVersion(), "pdf")) > 0) ? 1 : 0;
				}

			};
		}

	}

}

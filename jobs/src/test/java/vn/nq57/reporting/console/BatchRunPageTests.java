package vn.nq57.reporting.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.BatchRun;
import vn.nq57.reporting.run.ReportBatch;
import vn.nq57.reporting.run.ReportBatchLauncher;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan that failed inside a batch has no job of its own: its page shows the steps it
 * finished, the step that failed and why.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.main.web-application-type=servlet")
class BatchRunPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportBatchLauncher batches;

	@Value("${reports.archive-folder}")
	Path archive;

	private Path blocker;

	@AfterEach
	void removeBlocker() throws Exception {
		if (this.blocker != null) {
			Files.deleteIfExists(this.blocker);
		}
	}

	@Test
	void failedPlanOfABatchShowsWhereAndWhyItFailed() throws Exception {
		for (String file : List.of("vu-quang.yaml", "yen-hoa.yaml")) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}
		// a file where Yên Hòa's archive folder for the period should be
		this.blocker = this.archive.resolve("YEN-HOA").resolve("2026-07");
		Files.createDirectories(this.blocker.getParent());
		Files.deleteIfExists(this.blocker);
		Files.writeString(this.blocker, "not a folder");

		ReportBatch batch = this.batches.run("Hà Tĩnh", ReportType.MONTHLY, "2026-07", false);
		long failedRun = this.batches.runsOf(batch.id())
			.stream()
			.filter(run -> run.planCode().equals("YEN-HOA"))
			.mapToLong(BatchRun::runId)
			.findFirst()
			.orElseThrow();

		this.mvc.perform(get("/runs/" + failedRun).with(user("xem").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đánh giá nhiệm vụ")))
			.andExpect(content().string(containsString("Lỗi ở bước")))
			.andExpect(content().string(containsString("Dựng báo cáo PDF, JSON, XLSX")))
			.andExpect(content().string(containsString("Not a directory")))
			.andExpect(content().string(containsString("./reports restart " + failedRun)));
	}

}

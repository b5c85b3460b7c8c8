package vn.nq57.reporting.submission;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox the pipeline pulls: every .xlsx imported and moved, rejected ones with their
 * errors beside them.
 */
@DatabaseTest
class SubmissionInboxTests {

	@Autowired
	PlanImporter plans;

	@Autowired
	SubmissionFormService forms;

	@Autowired
	SubmissionInbox inbox;

	@Autowired
	SubmissionMapper submissions;

	@TempDir
	Path folder;

	@BeforeEach
	void givenKienAnsPlan() {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
	}

	@Test
	void pullImportsEveryWorkbookAndSortsThemIntoProcessedAndRejected() throws Exception {
		// the pull stamps files with the time it takes them, so the form is for the
		// current month
		String period = java.time.YearMonth.now(vn.nq57.reporting.attainment.ReportingZone.ZONE).toString();
		Path blank = this.folder.resolve("blank.xlsx");
		this.forms.writeForm("KIEN-AN", "KT", ReportType.MONTHLY, period, blank);
		Path box = Files.createDirectories(this.folder.resolve("inbox"));
		String share = "Tỷ lệ chi cho KHCN";
		try (FilledForm form = FilledForm.open(blank)) {
			form.type("Chỉ tiêu", share, "Giá trị thực hiện", 3.2).saveAs(box.resolve("kinh-te.xlsx"));
		}
		try (FilledForm form = FilledForm.open(blank)) {
			form.type("Chỉ tiêu", share, "Giá trị thực hiện", "ba phẩy hai").saveAs(box.resolve("kinh-te-loi.xlsx"));
		}
		Files.writeString(box.resolve("ghi-chu.txt"), "not a submission");

		List<SubmissionInbox.Pulled> pulled = this.inbox.pull(box);

		assertThat(pulled).hasSize(2);
		assertThat(box.resolve("processed/kinh-te.xlsx")).exists();
		assertThat(box.resolve("rejected/kinh-te-loi.xlsx")).exists();
		assertThat(Files.readString(box.resolve("rejected/kinh-te-loi.xlsx.loi.txt")))
			.contains("trang «Chỉ tiêu», dòng 4, cột F: [NOT_A_NUMBER] Ô này cần một số, nhưng có «ba phẩy hai».");
		assertThat(box.resolve("ghi-chu.txt")).as("other files left alone").exists();
		assertThat(box.resolve("kinh-te.xlsx")).doesNotExist();
		assertThat(this.submissions.findVersions("KIEN-AN", "KT", "MONTHLY", period))
			.extracting(StoredSubmission::status)
			.containsExactlyInAnyOrder("ACCEPTED", "REJECTED");
		assertThat(this.inbox.pull(box)).as("a second pull finds nothing new").isEmpty();
	}

}

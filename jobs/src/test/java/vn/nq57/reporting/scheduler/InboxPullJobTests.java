package vn.nq57.reporting.scheduler;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.submission.SubmissionProperties;
import vn.nq57.reporting.submission.FilledForm;
import vn.nq57.reporting.submission.StoredSubmission;
import vn.nq57.reporting.submission.SubmissionFormService;
import vn.nq57.reporting.submission.SubmissionInbox;
import vn.nq57.reporting.submission.SubmissionMapper;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled inbox pull takes the forms units dropped in their folders of the inbox.
 */
@DatabaseTest
class InboxPullJobTests {

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

	@Test
	void scheduledPullStoresTheFormsDroppedInTheInbox() throws Exception {
		this.plans.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
		String period = java.time.YearMonth.now(ReportingZone.ZONE).toString();
		Path blank = this.folder.resolve("blank.xlsx");
		this.forms.writeForm("KIEN-AN", "VHXH", ReportType.MONTHLY, period, blank);
		Path box = this.folder.resolve("inbox");
		this.inbox.prepare(box, "KIEN-AN");
		Path vhxh = box.resolve("KIEN-AN/VHXH");
		try (FilledForm form = FilledForm.open(blank)) {
			form.type("Chỉ tiêu", "Tỷ lệ phủ sóng 5G trên địa bàn phường", "Giá trị thực hiện", 80)
				.saveAs(vhxh.resolve("vhxh.xlsx"));
		}

		new InboxPullJob(this.inbox, inbox(box.toString())).executeInternal(null);

		assertThat(vhxh.resolve("processed/vhxh.xlsx")).exists();
		assertThat(this.submissions.findVersions("KIEN-AN", "VHXH", "MONTHLY", period))
			.extracting(StoredSubmission::status)
			.containsExactly("ACCEPTED");
	}

	@Test
	void noInboxConfiguredMeansNothingToDo() {
		new InboxPullJob(this.inbox, inbox("")).executeInternal(null);
	}

	private static SubmissionProperties inbox(String folder) {
		return new SubmissionProperties(10485760, 2000, 20971520, 1048576, folder, 5, 5);
	}

}

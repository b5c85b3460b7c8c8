package vn.nq57.reporting.submission;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.UnitStatusRow;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports submission status} and the report judge a unit's lateness by the same
 * rule: "before 20 July 2026" makes the report due Friday 17 July, made on Wednesday 15
 * July, so the units' last day is Tuesday 14 July, before the run that uses their data
 * (issue 14 item 10). (Yên Hòa's July, which no other test submits for.)
 */
@DatabaseTest
class UnitDeadlineAgreementTests {

	@Autowired
	PlanImporter plans;

	@Autowired
	SubmissionStore store;

	@Autowired
	SubmissionCompleteness completeness;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@Test
	void aSubmissionOnTuesday14July2026IsOnTimeInTheStatusAndInTheReport() throws Exception {
		this.plans.importText("plans/yen-hoa.yaml", TestPlans.text("yen-hoa.yaml"));
		this.store.storeAccepted(new NewSubmission("YEN-HOA", "VHXH", "MONTHLY", "2026-07", "TEST",
				LocalDateTime.of(2026, 7, 14, 16, 30), "kiểm thử", List.of(), List.of(),
				new Narrative(null, null, null, null)));

		SubmissionCompleteness.Report status = this.completeness.forPeriod("YEN-HOA", ReportType.MONTHLY, "2026-07");
		long runId = this.launcher.run("YEN-HOA", ReportType.MONTHLY, "2026-07", false).run().id();

		assertThat(status.units()).filteredOn(unit -> unit.unitCode().equals("VHXH"))
			.extracting(UnitCompleteness::timeliness)
			.containsExactly("ON_TIME");
		assertThat(this.content.findUnitStatuses(runId)).filteredOn(unit -> unit.unitCode().equals("VHXH"))
			.extracting(UnitStatusRow::timeliness)
			.containsExactly("ON_TIME");
	}

}

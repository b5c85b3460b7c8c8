package vn.nq57.reporting.run;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.archive.ArchiveVersion;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.delivery.ReportMailContent;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The archive stage records a version's files and queues its mail in one transaction:
 * both are written, or neither.
 */
@DatabaseTest
class ArchiveStageTests {

	static final List<String> RECIPIENTS = List.of("so-khcn@example.gov.vn", "ubnd-tinh@example.gov.vn",
			"vp-tinh-uy@example.gov.vn");

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	ReportArchive archive;

	@Autowired
	ReportMailQueue queue;

	@Autowired
	ReportMailContent mailContent;

	@Autowired
	ReportContentMapper content;

	@Autowired
	ReportDocumentAssembler assembler;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theArchiveRecordAndTheOutboxRowsAreWrittenTogetherOrNotAtAll() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		long runId = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-03", false).run().id();
		this.jdbc.update("DELETE FROM mail_outbox WHERE report_run_id = ?", runId);
		this.jdbc.update("DELETE FROM report_file WHERE report_run_id = ?", runId);
		PlanRun plan = written(runId);

		// no recipients: queueing fails, and the archive record written before it in the
		// same transaction is rolled back
		assertThatThrownBy(() -> inTransaction(stage(List.of()), plan)).hasMessageContaining("không có ai để gửi");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM report_file WHERE report_run_id = ?", Integer.class,
				runId))
			.isZero();

		assertThat(inTransaction(stage(RECIPIENTS), plan)).isEqualTo(3);
		assertThat(this.jdbc.queryForList("SELECT kind FROM report_file WHERE report_run_id = ? ORDER BY kind",
				String.class, runId))
			.containsExactly("JSON", "MANIFEST", "PDF", "XLSX");
	}

	private PlanRun written(long runId) {
		PlanRun plan = new PlanRun(this.runs.findRun(runId), true);
		RunHeader header = this.content.findRunHeader(runId);
		plan.documentWritten(this.assembler.assemble(header), new ArchiveVersion(runId, header.planCode(),
				header.planVersion(), header.reportType(), header.periodCode(), header.version()));
		return plan;
	}

	private ArchiveStage stage(List<String> recipients) {
		StringBuilder yaml = new StringBuilder("schedules:\n  - report: \"monthly\"\n");
		if (!recipients.isEmpty()) {
			yaml.append("    recipients:\n");
			recipients.forEach(r -> yaml.append("      - \"").append(r).append("\"\n"));
		}
		return new ArchiveStage(this.archive, this.queue, this.mailContent, new ReportSchedules(yaml.toString()));
	}

	private int inTransaction(ArchiveStage stage, PlanRun plan) {
		return new TransactionTemplate(this.transactionManager).execute(status -> {
			try {
				return stage.run(plan);
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}

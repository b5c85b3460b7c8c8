package vn.nq57.reporting.run;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.archive.ArchiveVersion;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive stage seals a version's draft files and queues no mail: only an issued
 * version is ever sent (IssuanceLifecycleTests).
 */
@DatabaseTest
class ArchiveStageTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportRunMapper runs;

	@Autowired
	ReportArchive archive;

	@Autowired
	ReportContentMapper content;

	@Autowired
	ReportDocumentAssembler assembler;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theArchiveRecordsTheDraftsFilesAndQueuesNoMail() throws Exception {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		long runId = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-03", false).run().id();
		this.jdbc.update("DELETE FROM mail_outbox WHERE report_run_id = ?", runId);
		this.jdbc.update("DELETE FROM report_file WHERE report_run_id = ?", runId);
		PlanRun plan = written(runId);

		assertThat(inTransaction(new ArchiveStage(this.archive), plan)).isZero();

		assertThat(this.jdbc.queryForList("SELECT kind FROM report_file WHERE report_run_id = ? ORDER BY kind",
				String.class, runId))
			.containsExactly("JSON", "MANIFEST", "PDF", "XLSX");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE report_run_id = ?", Integer.class,
				runId))
			.isZero();
	}

	private PlanRun written(long runId) {
		PlanRun plan = new PlanRun(this.runs.findRun(runId), true);
		RunHeader header = this.content.findRunHeader(runId);
		plan.documentWritten(this.assembler.assemble(header), new ArchiveVersion(runId, header.planCode(),
				header.planVersion(), header.reportType(), header.periodCode(), header.version()));
		return plan;
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

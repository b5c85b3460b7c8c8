package vn.nq57.reporting.run;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.audit.AuditAction;
import vn.nq57.reporting.audit.AuditLog;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;

/**
 * One plan's report: the next version for a period, made from the submissions as they are
 * now (a batch of one), and the continuation of a run that failed.
 */
@Service
public class ReportRunLauncher {

	private final CatalogMapper catalog;

	private final ReportRunMapper runs;

	private final ReportBatchLauncher batches;

	private final ReportBatchMapper batchMapper;

	private final RunClaims claims;

	private final PlanReporter planReporter;

	private final BatchOutcomes outcomes;

	private final AuditLog audit;

	public ReportRunLauncher(CatalogMapper catalog, ReportRunMapper runs, ReportBatchLauncher batches,
			ReportBatchMapper batchMapper, RunClaims claims, PlanReporter planReporter, BatchOutcomes outcomes,
			AuditLog audit) {
		this.audit = audit;
		this.catalog = catalog;
		this.runs = runs;
		this.batches = batches;
		this.batchMapper = batchMapper;
		this.claims = claims;
		this.planReporter = planReporter;
		this.outcomes = outcomes;
	}

	/** The outcome of a run: its row as it stands. */
	public record Outcome(ReportRun run) {

		public boolean completed() {
			return this.run.status() == RunStatus.COMPLETED;
		}

	}

	public Outcome run(String planCode, ReportType type, String periodCode, boolean deliver) throws Exception {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã \"" + planCode
					+ "\". Xem danh sách bằng ./reports plan list, hoặc nạp kế hoạch bằng ./reports plan import TỆP.");
		}
		Period period = Period.parse(type, periodCode);
		ReportBatch batch = this.batches.start(List.of(plan), "kế hoạch " + planCode, period, deliver);
		ReportRun run = this.runs.findRun(this.batches.runsOf(batch.id()).get(0).runId());
		this.audit.record((run.version() > 1) ? AuditAction.REPORT_RERUN : AuditAction.REPORT_RUN, subject(run),
				"phiên bản " + run.version() + (deliver ? ", gửi thư" : ", không gửi thư") + "; kết quả: "
						+ run.status().label());
		return new Outcome(run);
	}

	/**
	 * Continues a run after the stages it had finished, with the same version: a failed
	 * run, or one left started by a process that is gone (its claim says whether it is).
	 */
	public Outcome restart(long runId) throws Exception {
		ReportRun run = this.runs.findRun(runId);
		if (run == null) {
			throw new IllegalArgumentException("Không có lần chạy báo cáo số " + runId);
		}
		if (run.status() == RunStatus.COMPLETED) {
			throw new IllegalStateException("Lần chạy " + runId + " đã hoàn thành: không có gì để chạy tiếp. Lập"
					+ " phiên bản mới bằng ./reports run, hoặc gửi lại bằng ./reports resend " + runId + ".");
		}
		ReportBatch batch = this.batchMapper.findBatch(run.batchId());
		// refused while a live process holds the run; taken over when its process is gone
		try (RunClaims.Claim claim = this.claims.claim(run.planId(), run.planCode(), run.period())) {
			this.planReporter.report(runId, batch.deliver(), "./reports restart " + runId, new StepTimes());
			this.outcomes.record(batch.id());
		}
		ReportRun after = this.runs.findRun(runId);
		this.audit.record(AuditAction.RUN_RESTART, subject(after), "kết quả: " + after.status().label());
		return new Outcome(after);
	}

	/**
	 * A run as the audit log names it: "lần chạy 12 (YEN-HOA, Báo cáo tháng 2026-08)".
	 */
	static String subject(ReportRun run) {
		return "lần chạy " + run.id() + " (" + run.planCode() + ", " + run.type().vietnameseName() + " "
				+ run.periodCode() + ")";
	}

}

package vn.nq57.reporting.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.audit.AuditAction;
import vn.nq57.reporting.audit.AuditLog;
import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.DateWindow;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Starts report runs: one report type and period for a set of plans (one plan, a
 * province, or all) as one batch, each plan getting its next report version, the plans
 * reported in parallel partitions of the batch job. A single plan's run is a batch of
 * one.
 */
@Service
public class ReportBatchLauncher {

	private final ReportBatchMapper batches;

	private final ReportRunMapper runs;

	private final CatalogMapper catalog;

	private final JobOperator jobOperator;

	private final Job reportBatchJob;

	private final RunClaims claims;

	private final DataWindowPolicy windows;

	private final Clock clock;

	private final AuditLog audit;

	public ReportBatchLauncher(ReportBatchMapper batches, ReportRunMapper runs, CatalogMapper catalog,
			JobOperator jobOperator, Job reportBatchJob, RunClaims claims, DataWindowPolicy windows, Clock clock,
			AuditLog audit) {
		this.audit = audit;
		this.batches = batches;
		this.runs = runs;
		this.catalog = catalog;
		this.jobOperator = jobOperator;
		this.reportBatchJob = reportBatchJob;
		this.claims = claims;
		this.windows = windows;
		this.clock = clock;
	}

	/**
	 * @param province a province's name as the catalogs write it, or null for every plan
	 */
	public ReportBatch run(String province, ReportType type, String periodCode, boolean deliver) throws Exception {
		List<String> planCodes = this.batches.findPlanCodes(province);
		if (planCodes.isEmpty()) {
			throw new IllegalArgumentException((province != null) ? "Không có kế hoạch nào của tỉnh/thành phố \""
					+ province + "\". Xem cột Tỉnh/thành trong ./reports plan list." : "Chưa nạp kế hoạch nào.");
		}
		List<StoredPlanVersion> plans = new ArrayList<>();
		for (String planCode : planCodes) {
			plans.add(this.catalog.findLatestVersion(planCode));
		}
		String scope = (province != null) ? "tỉnh/thành phố " + province : "tất cả kế hoạch";
		ReportBatch batch = start(plans, scope, Period.parse(type, periodCode), deliver);
		this.audit.record(AuditAction.BATCH_RUN, subject(batch), plans.size() + " kế hoạch"
				+ (deliver ? ", gửi thư" : ", không gửi thư") + "; kết quả: " + batch.status().label());
		return batch;
	}

	/**
	 * Makes the next version of each plan's report for the period, as one batch.
	 * @param scope what the batch covers, in words ("tỉnh/thành phố Hà Tĩnh")
	 */
	ReportBatch start(List<StoredPlanVersion> plans, String scope, Period period, boolean deliver) throws Exception {
		// one run of a plan's report for a period at a time, also across batches, nodes
		// and single runs
		try (RunClaims.Held held = this.claims.claimAll(plans, period)) {
			GeneratedKey key = new GeneratedKey();
			this.batches.insertBatch(period.type().name(), period.code(), scope, plans.size(), deliver, now(), key);
			long batchId = key.getId();
			for (StoredPlanVersion plan : plans) {
				claimRun(plan, period, batchId);
			}
			launch(batchId);
			return this.batches.findBatch(batchId);
		}
	}

	/**
	 * Runs again only the plans of a batch whose report is not complete, each after the
	 * stages it had finished: a new attempt of the batch job, whose partitions read only
	 * those plans.
	 */
	public ReportBatch restart(long batchId) throws Exception {
		ReportBatch batch = this.batches.findBatch(batchId);
		if (batch == null) {
			throw new IllegalArgumentException("Không có đợt báo cáo số " + batchId);
		}
		// STARTED: the process running it may have died; the claims below tell (they are
		// held while a batch runs, and taken over only once expired)
		if (batch.status() == RunStatus.COMPLETED || batch.status() == RunStatus.CREATED) {
			throw new IllegalStateException(
					"Đợt báo cáo " + batchId + " đang ở trạng thái " + batch.status().label().toLowerCase()
							+ ": chỉ chạy lại được đợt có kế hoạch lỗi hoặc bị dừng" + " giữa chừng.");
		}
		Period period = Period.parse(ReportType.valueOf(batch.reportType()), batch.periodCode());
		List<StoredPlanVersion> plans = new ArrayList<>();
		for (String planCode : this.batches.findUnfinishedPlanCodes(batchId)) {
			plans.add(this.catalog.findLatestVersion(planCode));
		}
		try (RunClaims.Held held = this.claims.claimAll(plans, period)) {
			launch(batchId);
		}
		ReportBatch after = this.batches.findBatch(batchId);
		this.audit.record(AuditAction.BATCH_RESTART, subject(after),
				plans.size() + " kế hoạch chạy tiếp; kết quả: " + after.status().label());
		return after;
	}

	private static String subject(ReportBatch batch) {
		return "đợt " + batch.id() + " (" + batch.scope() + ", "
				+ ReportType.valueOf(batch.reportType()).vietnameseName() + " " + batch.periodCode() + ")";
	}

	/** One attempt of the batch job over the batch's pending plans. */
	private void launch(long batchId) throws Exception {
		this.batches.countAttempt(batchId);
		ReportBatch batch = this.batches.findBatch(batchId);
		this.jobOperator.start(this.reportBatchJob,
				new JobParametersBuilder().addLong("batch", batchId)
					.addLong("attempt", (long) batch.attempts())
					.addString("reportType", batch.reportType(), false)
					.addString("period", batch.periodCode(), false)
					.toJobParameters());
	}

	/** Claims the next version of a plan's report for a period (a report_run row). */
	private long claimRun(StoredPlanVersion plan, Period period, long batchId) {
		DateWindow window = period.dataWindow(this.windows);
		Deadline deadline = period.deadline().orElse(null);
		for (int attempt = 0;; attempt++) {
			int version = this.runs.nextVersion(plan.planId(), period.type().name(), period.code());
			GeneratedKey key = new GeneratedKey();
			try {
				this.runs.insertRun(plan.planId(), plan.id(), period.type().name(), period.code(), version,
						window.from(), window.to(), (deadline != null) ? deadline.beforeDay() : null, now(), batchId,
						key);
				return key.getId();
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 3) {
					throw ex;
				}
			}
		}
	}

	public ReportBatch batchOf(long batchId) {
		return this.batches.findBatch(batchId);
	}

	public List<BatchRun> runsOf(long batchId) {
		return this.batches.findBatchRuns(batchId);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

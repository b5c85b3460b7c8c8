package vn.nq57.reporting.run;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Runs one report type and period for every plan of a province, or of all provinces, as
 * one batch: each plan gets its next report version, and the plans run in parallel
 * partitions.
 */
@Service
public class ReportBatchLauncher {

	private final ReportBatchMapper batches;

	private final CatalogMapper catalog;

	private final ReportRunLauncher runs;

	private final JobOperator jobOperator;

	private final Job reportBatchJob;

	private final JobRepository jobRepository;

	private final RunClaims claims;

	public ReportBatchLauncher(ReportBatchMapper batches, CatalogMapper catalog, ReportRunLauncher runs,
			JobOperator jobOperator, Job reportBatchJob, JobRepository jobRepository, RunClaims claims) {
		this.jobRepository = jobRepository;
		this.claims = claims;
		this.batches = batches;
		this.catalog = catalog;
		this.runs = runs;
		this.jobOperator = jobOperator;
		this.reportBatchJob = reportBatchJob;
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
		Period period = Period.parse(type, periodCode);
		// one run of a plan's report for a period at a time, also across batches, nodes
		// and single runs
		try (HeldClaims held = claimAll(planCodes, period)) {
			return start(province, type, period, planCodes, deliver);
		}
	}

	private ReportBatch start(String province, ReportType type, Period period, List<String> planCodes, boolean deliver)
			throws Exception {
		GeneratedKey key = new GeneratedKey();
		String scope = (province != null) ? "tỉnh/thành phố " + province : "tất cả kế hoạch";
		this.batches.insertBatch(type.name(), period.code(), scope, planCodes.size(),
				LocalDateTime.now(ReportingZone.ZONE), key);
		long batchId = key.getId();
		for (String planCode : planCodes) {
			StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
			this.batches.attachRun(batchId, this.runs.claimRun(plan, period));
		}
		JobParameters parameters = new JobParametersBuilder().addLong("batch", batchId)
			.addLong("attempt", 1L)
			.addString("reportType", type.name(), false)
			.addString("period", period.code(), false)
			.addString("deliver", String.valueOf(deliver), false)
			.toJobParameters();
		this.jobOperator.start(this.reportBatchJob, parameters);
		return this.batches.findBatch(batchId);
	}

	/**
	 * Runs again only the plans of a batch whose report is not complete, each after the
	 * stages it had finished: a new attempt of the batch job, whose partitions read only
	 * those plans.
	 */
	public ReportBatch restart(long batchId) throws Exception {
		ReportBatch batch = this.batches.findBatch(batchId);
		if (batch == null || batch.jobExecutionId() == null) {
			throw new IllegalArgumentException("Không có đợt báo cáo số " + batchId);
		}
		// STARTED: the process running it may have died; the claims below tell (they are
		// held while a batch runs, and taken over only once expired)
		if (!List.of("COMPLETED_WITH_FAILURES", "FAILED", "STARTED").contains(batch.status())) {
			throw new IllegalStateException("Đợt báo cáo " + batchId + " đang ở trạng thái " + batch.status()
					+ ": chỉ chạy lại được đợt có kế hoạch lỗi hoặc bị dừng giữa chừng.");
		}
		Period period = Period.parse(ReportType.valueOf(batch.reportType()), batch.periodCode());
		List<String> planCodes = this.batches.findUnfinishedPlanCodes(batchId);
		try (HeldClaims held = claimAll(planCodes, period)) {
			JobParameters previous = this.jobRepository.getJobExecution(batch.jobExecutionId()).getJobParameters();
			Long attempt = previous.getLong("attempt");
			JobParameters parameters = new JobParametersBuilder(previous)
				.addLong("attempt", ((attempt != null) ? attempt : 1L) + 1)
				.toJobParameters();
			this.jobOperator.start(this.reportBatchJob, parameters);
		}
		return this.batches.findBatch(batchId);
	}

	/**
	 * Claims every plan of a batch, or none: a plan already running elsewhere stops the
	 * batch from starting.
	 */
	private HeldClaims claimAll(List<String> planCodes, Period period) {
		HeldClaims held = new HeldClaims();
		try {
			for (String planCode : planCodes) {
				StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
				held.claims.add(this.claims.claim(plan.planId(), planCode, period));
			}
			return held;
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
	}

	private static final class HeldClaims implements AutoCloseable {

		private final List<RunClaims.Claim> claims = new java.util.ArrayList<>();

		@Override
		public void close() {
			this.claims.forEach(RunClaims.Claim::close);
		}

	}

	public ReportBatch batchOf(long batchId) {
		return this.batches.findBatch(batchId);
	}

	public List<BatchRun> runsOf(long batchId) {
		return this.batches.findBatchRuns(batchId);
	}

}

package vn.nq57.reporting.run;

import java.time.LocalDateTime;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.DateWindow;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.system.GeneratedKey;
import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Starts a report run: the next version of a plan's report for a period, made from the
 * submissions as they are now. The run's version is claimed in report_run (unique per
 * plan, type and period), so two starts never produce the same version.
 */
@Service
public class ReportRunLauncher {

	private final CatalogMapper catalog;

	private final ReportRunMapper runs;

	private final JobOperator jobOperator;

	private final Job reportJob;

	private final DataWindowPolicy windows;

	private final JobRepository jobRepository;

	private final RunClaims claims;

	private final ReportBatchMapper batches;

	private final BatchPlanReporter planReporter;

	public ReportRunLauncher(CatalogMapper catalog, ReportRunMapper runs, JobOperator jobOperator, Job reportJob,
			DataWindowPolicy windows, JobRepository jobRepository, RunClaims claims, ReportBatchMapper batches,
			BatchPlanReporter planReporter) {
		this.batches = batches;
		this.planReporter = planReporter;
		this.jobRepository = jobRepository;
		this.claims = claims;
		this.catalog = catalog;
		this.runs = runs;
		this.jobOperator = jobOperator;
		this.reportJob = reportJob;
		this.windows = windows;
	}

	/**
	 * The outcome of a run: its row and how its job ended (no job for a plan retried
	 * within its batch).
	 */
	public record Outcome(ReportRun run, JobExecution execution) {

		public boolean completed() {
			return "COMPLETED".equals(this.run.status());
		}

	}

	public Outcome run(String planCode, ReportType type, String periodCode, boolean deliver) throws Exception {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã \"" + planCode
					+ "\". Xem danh sách bằng ./reports plan list, hoặc nạp kế hoạch bằng ./reports plan import TỆP.");
		}
		Period period = Period.parse(type, periodCode);
		// one run of a plan's report for a period at a time, whoever starts it (guarded
		// in the database)
		try (RunClaims.Claim claim = this.claims.claim(plan.planId(), planCode, period)) {
			return start(plan, period, deliver);
		}
	}

	private Outcome start(StoredPlanVersion plan, Period period, boolean deliver) throws Exception {
		String planCode = plan.planCode();
		ReportType type = period.type();
		long runId = claimRun(plan, period);
		ReportRun run = this.runs.findRun(runId);
		JobParameters parameters = new JobParametersBuilder().addString("plan", planCode)
			.addString("reportType", type.name())
			.addString("period", period.code())
			.addLong("version", (long) run.version())
			.addLong("runId", runId, false)
			.addString("deliver", String.valueOf(deliver), false)
			.toJobParameters();
		JobExecution execution = this.jobOperator.start(this.reportJob, parameters);
		return new Outcome(this.runs.findRun(runId), execution);
	}

	/**
	 * Restarts a failed run from the step that failed: its own job, or — for a plan of a
	 * batch — its stages after those it finished.
	 */
	public Outcome restart(long runId) throws Exception {
		ReportRun run = this.runs.findRun(runId);
		ReportBatch batch = (run != null && run.jobExecutionId() == null) ? this.batches.findBatchOfRun(runId) : null;
		if (run == null || (run.jobExecutionId() == null && batch == null)) {
			throw new IllegalArgumentException("Không có lần chạy báo cáo số " + runId);
		}
		if (!"FAILED".equals(run.status())) {
			throw new IllegalStateException("Lần chạy " + runId + " đang ở trạng thái " + run.status()
					+ ": chỉ chạy tiếp được lần chạy thất bại.");
		}
		try (RunClaims.Claim claim = this.claims.claim(run.planId(), run.planCode(), run.period())) {
			if (batch != null) {
				return restartInBatch(run, batch);
			}
			// starting a failed instance again with its own parameters restarts it from
			// the failed step
			JobParameters parameters = this.jobRepository.getJobExecution(run.jobExecutionId()).getJobParameters();
			JobExecution execution = this.jobOperator.start(this.reportJob, parameters);
			return new Outcome(this.runs.findRun(runId), execution);
		}
	}

	private Outcome restartInBatch(ReportRun run, ReportBatch batch) {
		JobParameters batchParameters = this.jobRepository.getJobExecution(batch.jobExecutionId()).getJobParameters();
		boolean deliver = Boolean.parseBoolean(batchParameters.getString("deliver"));
		if (this.planReporter.report(run.id(), deliver, "./reports restart " + run.id(), new StepTimes())
				&& this.batches.countPendingRuns(batch.id()) == 0) {
			this.batches.markFinished(batch.id(), "COMPLETED", LocalDateTime.now(ReportingZone.ZONE));
		}
		return new Outcome(this.runs.findRun(run.id()), null);
	}

	/** Claims the next version of a plan's report for a period (a report_run row). */
	long claimRun(StoredPlanVersion plan, Period period) {
		DateWindow window = period.dataWindow(this.windows);
		Deadline deadline = period.deadline().orElse(null);
		for (int attempt = 0;; attempt++) {
			int version = this.runs.nextVersion(plan.planId(), period.type().name(), period.code());
			GeneratedKey key = new GeneratedKey();
			try {
				this.runs.insertRun(plan.planId(), plan.id(), period.type().name(), period.code(), version,
						window.from(), window.to(), (deadline != null) ? deadline.beforeDay() : null,
						LocalDateTime.now(ReportingZone.ZONE), key);
				return key.getId();
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 3) {
					throw ex;
				}
			}
		}
	}

}

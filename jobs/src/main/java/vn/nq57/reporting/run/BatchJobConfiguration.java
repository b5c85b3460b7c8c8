package vn.nq57.reporting.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.mybatis.spring.batch.builder.MyBatisCursorItemReaderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The batch job: one report type and period for many plans. It is partitioned by plan:
 * the batch's plans are dealt into as many partitions as there are threads, and each
 * partition reads its plans from a cursor and reports them one by one
 * ({@link BatchPlanReporter}), committing its progress every few plans. A plan that fails
 * does not stop the others; the batch then ends "completed with failures", and a retry (a
 * new attempt of the batch) runs only the plans not complete, each after the stages it
 * had finished.
 */
@Configuration(proxyBeanMethods = false)
public class BatchJobConfiguration {

	public static final String JOB_NAME = "reportBatchJob";

	/** Plans reported between two commits of a partition's progress. */
	static final int PLANS_PER_CHUNK = 10;

	static final ExitStatus COMPLETED_WITH_FAILURES = new ExitStatus("COMPLETED_WITH_FAILURES",
			"Có kế hoạch lỗi: xem report_run.failed_step và failure_message");

	private static final Logger log = LoggerFactory.getLogger(BatchJobConfiguration.class);

	@Bean
	Job reportBatchJob(JobRepository jobRepository, Step reportEveryPlan, ReportBatchMapper batches,
			BatchProgress progress, BatchOutcomes outcomes) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new BatchStatusListener(batches, progress, outcomes))
			.start(reportEveryPlan)
			.build();
	}

	@Bean
	Step reportEveryPlan(JobRepository jobRepository, Partitioner planPartitioner, Step reportPlans,
			ThreadPoolTaskExecutor reportPartitionExecutor) {
		return new StepBuilder("reportEveryPlan", jobRepository).partitioner("reportPlans", planPartitioner)
			.step(reportPlans)
			.taskExecutor(reportPartitionExecutor)
			.gridSize(reportPartitionExecutor.getMaxPoolSize())
			.build();
	}

	/**
	 * As many partitions as threads; a plan's run goes to partition {@code id mod n}.
	 * Partitions carry only their number, never the list of plans.
	 */
	@Bean
	Partitioner planPartitioner() {
		return gridSize -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (int partition = 0; partition < gridSize; partition++) {
				ExecutionContext context = new ExecutionContext();
				context.putInt("partition", partition);
				context.putInt("partitions", gridSize);
				partitions.put("plans:" + partition + "/" + gridSize, context);
			}
			return partitions;
		};
	}

	/**
	 * A partition: its pending plans streamed from a cursor, reported by the writer, the
	 * partition's progress committed every {@value #PLANS_PER_CHUNK} plans. Each plan's
	 * own work commits in its own transactions, so the chunk needs no database
	 * transaction.
	 */
	@Bean
	Step reportPlans(JobRepository jobRepository, MyBatisCursorItemReader<BatchRun> pendingRunReader,
			PlanReportWriter planReportWriter) {
		return new StepBuilder("reportPlans", jobRepository).<BatchRun, BatchRun>chunk(PLANS_PER_CHUNK)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(pendingRunReader)
			.writer(planReportWriter)
			.build();
	}

	@Bean
	@StepScope
	MyBatisCursorItemReader<BatchRun> pendingRunReader(SqlSessionFactory sqlSessionFactory,
			@Value("#{jobParameters['batch']}") Long batchId,
			@Value("#{stepExecutionContext['partition']}") Integer partition,
			@Value("#{stepExecutionContext['partitions']}") Integer partitions) {
		return new MyBatisCursorItemReaderBuilder<BatchRun>().sqlSessionFactory(sqlSessionFactory)
			.queryId(ReportBatchMapper.class.getName() + ".selectPendingRuns")
			.parameterValues(Map.of("batchId", batchId, "partition", partition, "partitions", partitions))
			.saveState(false)
			.build();
	}

	@Bean
	@StepScope
	PlanReportWriter planReportWriter(PlanReporter reporter, BatchProgress progress, ReportBatchMapper batches,
			@Value("#{jobParameters['batch']}") Long batchId) {
		return new PlanReportWriter(reporter, progress, batchId, batches.findBatch(batchId).deliver());
	}

	/**
	 * Plans run side by side on a bounded pool; memory does not grow with the number of
	 * plans.
	 */
	@Bean
	ThreadPoolTaskExecutor reportPartitionExecutor(RunProperties properties) {
		int threads = properties.batch().threads();
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setThreadNamePrefix("bao-cao-");
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.initialize();
		return executor;
	}

	/**
	 * Keeps report_batch in step with the batch job and logs which plans failed and what
	 * to do.
	 */
	static final class BatchStatusListener implements JobExecutionListener {

		private final ReportBatchMapper batches;

		private final BatchProgress progress;

		private final BatchOutcomes outcomes;

		BatchStatusListener(ReportBatchMapper batches, BatchProgress progress, BatchOutcomes outcomes) {
			this.batches = batches;
			this.progress = progress;
			this.outcomes = outcomes;
		}

		@Override
		public void beforeJob(JobExecution execution) {
			long batchId = execution.getJobParameters().getLong("batch");
			this.batches.markStarted(batchId, execution.getId());
			this.progress.start(batchId, this.batches.countPendingRuns(batchId));
		}

		@Override
		public void afterJob(JobExecution execution) {
			long batchId = execution.getJobParameters().getLong("batch");
			StepTimes times = this.progress.finish(batchId);
			List<String> failed = this.outcomes.record(batchId);
			recordStepTimes(batchId, execution.getJobParameters().getLong("attempt"), times);
			if (!failed.isEmpty()) {
				if (execution.getStatus() == BatchStatus.COMPLETED) {
					execution.setExitStatus(COMPLETED_WITH_FAILURES);
				}
				log.error(
						"Đợt báo cáo {} xong nhưng {} kế hoạch lỗi: {}. Sửa nguyên nhân rồi chạy lại riêng các kế hoạch lỗi: "
								+ "./reports restart --batch {}",
						batchId, failed.size(), String.join(", ", failed), batchId);
			}
		}

		private void recordStepTimes(long batchId, Long attempt, StepTimes times) {
			List<StepTimes.StepTotal> totals = times.totals();
			for (StepTimes.StepTotal total : totals) {
				this.batches.insertStepTime(batchId, (attempt != null) ? attempt.intValue() : 1, total,
						total.total().toMillis(), total.cpu().toMillis());
			}
			if (totals.stream().anyMatch(total -> total.plans() > 1)) {
				log.info("Đợt báo cáo {}: thời gian từng bước (cộng mọi kế hoạch): {}", batchId,
						totals.stream()
							.map(t -> t.step() + " " + t.total().toMillis() / Math.max(1, t.plans()) + " ms/kế hoạch")
							.collect(Collectors.joining(", ")));
			}
		}

	}

}

package vn.nq57.reporting.run;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * The batch job: one report type and period for many plans. It is partitioned by plan;
 * each partition runs the plan's own report job (a job step), on a bounded thread pool. A
 * plan that fails does not stop the others; the batch then ends "completed with
 * failures", and a restart runs only the failed plans, each from the step where it
 * failed.
 */
@Configuration(proxyBeanMethods = false)
public class BatchJobConfiguration {

	public static final String JOB_NAME = "reportBatchJob";

	private static final Logger log = LoggerFactory.getLogger(BatchJobConfiguration.class);

	@Bean
	Job reportBatchJob(JobRepository jobRepository, Step reportEveryPlan, ReportBatchMapper batches,
			BatchProgress progress) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new BatchStatusListener(batches, progress))
			.start(reportEveryPlan)
			.build();
	}

	@Bean
	Step reportEveryPlan(JobRepository jobRepository, Partitioner planPartitioner, Step reportOnePlan,
			ThreadPoolTaskExecutor reportPartitionExecutor) {
		return new StepBuilder("reportEveryPlan", jobRepository).partitioner("reportOnePlan", planPartitioner)
			.step(reportOnePlan)
			.taskExecutor(reportPartitionExecutor)
			.gridSize(reportPartitionExecutor.getMaxPoolSize())
			.build();
	}

	/** One partition per run of the batch; each carries only the run's identity. */
	@Bean
	@StepScope
	Partitioner planPartitioner(ReportBatchMapper batches, @Value("#{jobParameters['batch']}") Long batchId) {
		return gridSize -> {
			Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
			for (BatchRun run : batches.findBatchRuns(batchId)) {
				ExecutionContext context = new ExecutionContext();
				context.putLong("runId", run.runId());
				context.putString("plan", run.planCode());
				context.putLong("version", run.version());
				partitions.put("plan:" + run.planCode(), context);
			}
			return partitions;
		};
	}

	@Bean
	Step reportOnePlan(JobRepository jobRepository, Job reportJob, JobOperator jobOperator, BatchProgress progress) {
		return new StepBuilder("reportOnePlan", jobRepository).job(reportJob)
			.operator(jobOperator)
			.parametersExtractor((job, stepExecution) -> {
				ExecutionContext partition = stepExecution.getExecutionContext();
				var batchParameters = stepExecution.getJobExecution().getJobParameters();
				return new JobParametersBuilder().addString("plan", partition.getString("plan"))
					.addString("reportType", batchParameters.getString("reportType"))
					.addString("period", batchParameters.getString("period"))
					.addLong("version", partition.getLong("version"))
					.addLong("runId", partition.getLong("runId"), false)
					.addString("deliver", batchParameters.getString("deliver"), false)
					.toJobParameters();
			})
			.listener(new StepExecutionListener() {
				@Override
				public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
					progress.planFinished(stepExecution.getJobExecution().getJobParameters().getLong("batch"),
							stepExecution.getExecutionContext().getString("plan"),
							stepExecution.getStatus() != BatchStatus.COMPLETED);
					return stepExecution.getExitStatus();
				}
			})
			.build();
	}

	/**
	 * Plans run side by side on a bounded pool; memory does not grow with the number of
	 * plans.
	 */
	@Bean
	ThreadPoolTaskExecutor reportPartitionExecutor(@Value("${reports.batch.threads:2}") int threads) {
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

		BatchStatusListener(ReportBatchMapper batches, BatchProgress progress) {
			this.batches = batches;
			this.progress = progress;
		}

		@Override
		public void beforeJob(JobExecution execution) {
			long batchId = execution.getJobParameters().getLong("batch");
			this.batches.markStarted(batchId, execution.getId());
			this.progress.start(batchId, this.batches.findBatch(batchId).plans());
		}

		@Override
		public void afterJob(JobExecution execution) {
			long batchId = execution.getJobParameters().getLong("batch");
			this.progress.finish(batchId);
			List<String> failed = this.batches.findBatchRuns(batchId)
				.stream()
				.filter(run -> !"COMPLETED".equals(run.status()))
				.map(BatchRun::planCode)
				.toList();
			String status = failed.isEmpty() ? "COMPLETED" : "COMPLETED_WITH_FAILURES";
			this.batches.markFinished(batchId, status, LocalDateTime.now(ReportingZone.ZONE));
			if (!failed.isEmpty()) {
				log.error(
						"Đợt báo cáo {} xong nhưng {} kế hoạch lỗi: {}. Sửa nguyên nhân rồi chạy lại riêng các kế hoạch lỗi: "
								+ "./reports restart --batch {}",
						batchId, failed.size(), String.join(", ", failed), batchId);
			}
		}

	}

}

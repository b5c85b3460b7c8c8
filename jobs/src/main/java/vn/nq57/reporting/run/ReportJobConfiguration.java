package vn.nq57.reporting.run;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The report job: one run of one plan's report for one period, identified by plan, report
 * type, period and version. Each step is one of {@link ReportSteps}, in its own
 * transaction; a failed run restarts from the step that failed.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

	public static final String JOB_NAME = "reportJob";

	@Bean
	Job reportJob(JobRepository jobRepository, ReportRunMapper runs, Step recordInputs, Step assessIndicators,
			Step assessTasks, Step writeDocuments, Step archiveAndQueue, Step sendMail) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new ReportRunStatusListener(runs))
			.start(recordInputs)
			.next(assessIndicators)
			.next(assessTasks)
			.next(writeDocuments)
			.next(archiveAndQueue)
			.next(sendMail)
			.build();
	}

	/**
	 * The run's inputs, fixed in one transaction: the exact submission versions it uses,
	 * and which units were expected to report and whether they did, on time or late.
	 */
	@Bean
	Step recordInputs(JobRepository jobRepository, PlatformTransactionManager tm, ReportSteps steps,
			ReportRunMapper runs) {
		return step(ReportSteps.RECORD_INPUTS, jobRepository, tm, runs, (run, context) -> steps.recordInputs(run));
	}

	/**
	 * Every indicator judged by the attainment engine, streamed and written in chunks.
	 */
	@Bean
	Step assessIndicators(JobRepository jobRepository, PlatformTransactionManager tm, ReportSteps steps,
			ReportRunMapper runs) {
		return step(ReportSteps.ASSESS_INDICATORS, jobRepository, tm, runs,
				(run, context) -> steps.assessIndicators(run));
	}

	@Bean
	Step assessTasks(JobRepository jobRepository, PlatformTransactionManager tm, ReportSteps steps,
			ReportRunMapper runs) {
		return step(ReportSteps.ASSESS_TASKS, jobRepository, tm, runs, (run, context) -> steps.assessTasks(run));
	}

	/**
	 * PDF, JSON and XLSX of a version, all made from one assembled document so they
	 * cannot disagree.
	 */
	@Bean
	Step writeDocuments(JobRepository jobRepository, PlatformTransactionManager tm, ReportSteps steps,
			ReportRunMapper runs) {
		return step(ReportSteps.WRITE_DOCUMENTS, jobRepository, tm, runs, (run, context) -> {
			steps.writeDocuments(run);
			return 3;
		});
	}

	/**
	 * In this step's one transaction: the archive record of every file (with its
	 * SHA-256), the sealing manifest, and — when sending was asked for — the outbox rows.
	 */
	@Bean
	Step archiveAndQueue(JobRepository jobRepository, PlatformTransactionManager tm, ReportSteps steps,
			ReportRunMapper runs) {
		return step(ReportSteps.ARCHIVE_AND_QUEUE, jobRepository, tm, runs, (run, context) -> steps.archiveAndQueue(run,
				Boolean.parseBoolean(String.valueOf(context.getStepContext().getJobParameters().get("deliver")))));
	}

	/**
	 * Sending runs outside a database transaction: each outbox row is claimed and updated
	 * on its own.
	 */
	@Bean
	Step sendMail(JobRepository jobRepository, ReportSteps steps, ReportRunMapper runs) {
		return step(ReportSteps.SEND_MAIL, jobRepository, new ResourcelessTransactionManager(), runs,
				(run, context) -> steps.sendMail(run));
	}

	/** A step that does one of {@link ReportSteps} for the job's run. */
	@FunctionalInterface
	interface RunStep {

		/**
		 * @return rows or files written
		 */
		int apply(ReportRun run, ChunkContext context) throws Exception;

	}

	private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager tm,
			ReportRunMapper runs, RunStep work) {
		return new StepBuilder(name, jobRepository).tasklet((contribution, context) -> {
			contribution.incrementWriteCount(work.apply(runOf(context, runs), context));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	private static ReportRun runOf(ChunkContext context, ReportRunMapper runs) {
		Object runId = context.getStepContext().getJobParameters().get("runId");
		return runs.findRun(((Number) runId).longValue());
	}

}

package vn.nq57.reporting.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.mybatis.spring.batch.builder.MyBatisCursorItemReaderBuilder;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.document.JsonReportWriter;
import vn.nq57.reporting.document.PdfReportRenderer;
import vn.nq57.reporting.document.ReportArchive;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.document.XlsxReportWriter;
import vn.nq57.reporting.schedule.ReportSchedules;
import vn.nq57.reporting.schedule.ScheduleDataException;
import vn.nq57.reporting.schedule.WorkingDayCalendar;

/**
 * The report job: one run of one plan's report for one period, identified by plan, report
 * type, period and version. Each step is small and named for what it does; a failed run
 * restarts from the step that failed.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

	public static final String JOB_NAME = "reportJob";

	static final int CHUNK_SIZE = 100;

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
	Step recordInputs(JobRepository jobRepository, PlatformTransactionManager tm, ReportRunMapper runs,
			WorkingDayCalendar calendar) {
		return new StepBuilder("recordInputs", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			runs.deleteSubmissionsUsed(reportRun.id());
			contribution.incrementWriteCount(runs.insertSubmissionsUsed(reportRun));
			runs.deleteUnitStatuses(reportRun.id());
			contribution.incrementWriteCount(runs.insertUnitStatuses(reportRun, lateFrom(reportRun, calendar)));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	@Bean
	Step assessIndicators(JobRepository jobRepository, PlatformTransactionManager tm,
			MyBatisCursorItemReader<IndicatorInput> indicatorInputReader,
			IndicatorAttainmentProcessor indicatorAttainmentProcessor, SqlSessionFactory sqlSessionFactory) {
		return new StepBuilder("assessIndicators", jobRepository).<IndicatorInput, IndicatorResult>chunk(CHUNK_SIZE)
			.transactionManager(tm)
			.reader(indicatorInputReader)
			.processor(indicatorAttainmentProcessor)
			.listener(indicatorAttainmentProcessor)
			.writer(batchWriter(sqlSessionFactory, "insertIndicatorResult"))
			.build();
	}

	@Bean
	@StepScope
	MyBatisCursorItemReader<IndicatorInput> indicatorInputReader(SqlSessionFactory sqlSessionFactory,
			ReportRunMapper runs, @Value("#{jobParameters['runId']}") Long runId) {
		ReportRun reportRun = runs.findRun(runId);
		Period period = reportRun.period();
		return new MyBatisCursorItemReaderBuilder<IndicatorInput>().sqlSessionFactory(sqlSessionFactory)
			.queryId(ReportRunMapper.class.getName() + ".selectIndicatorInputs")
			.parameterValues(Map.of("run", reportRun, "previousPeriodCode", period.previous().code()))
			.saveState(true)
			.build();
	}

	@Bean
	@StepScope
	IndicatorAttainmentProcessor indicatorAttainmentProcessor(ReportRunMapper runs, CatalogMapper catalog) {
		return new IndicatorAttainmentProcessor(runs, catalog);
	}

	@Bean
	Step assessTasks(JobRepository jobRepository, PlatformTransactionManager tm,
			MyBatisCursorItemReader<TaskInput> taskInputReader, TaskStatusProcessor taskStatusProcessor,
			SqlSessionFactory sqlSessionFactory) {
		return new StepBuilder("assessTasks", jobRepository).<TaskInput, TaskResult>chunk(CHUNK_SIZE)
			.transactionManager(tm)
			.reader(taskInputReader)
			.processor(taskStatusProcessor)
			.listener(taskStatusProcessor)
			.writer(batchWriter(sqlSessionFactory, "insertTaskResult"))
			.build();
	}

	@Bean
	@StepScope
	MyBatisCursorItemReader<TaskInput> taskInputReader(SqlSessionFactory sqlSessionFactory, ReportRunMapper runs,
			@Value("#{jobParameters['runId']}") Long runId) {
		ReportRun reportRun = runs.findRun(runId);
		return new MyBatisCursorItemReaderBuilder<TaskInput>().sqlSessionFactory(sqlSessionFactory)
			.queryId(ReportRunMapper.class.getName() + ".selectTaskInputs")
			.parameterValues(Map.of("run", reportRun))
			.saveState(true)
			.build();
	}

	@Bean
	@StepScope
	TaskStatusProcessor taskStatusProcessor(ReportRunMapper runs, DataWindowPolicy windows) {
		return new TaskStatusProcessor(runs, windows);
	}

	/**
	 * A unit's submission is late from the day after its last day: D-1 of the report's
	 * "before day D", moved on to the next working day when it is a day off (Civil Code
	 * 2015, Art. 148(5)). With no holiday file for the year, the plain day is used.
	 */
	static LocalDateTime lateFrom(ReportRun run, WorkingDayCalendar calendar) {
		if (run.deadline() != null) {
			LocalDate lastDay = Deadline.before(run.deadline()).lastDay();
			try {
				lastDay = calendar.onOrAfter(lastDay);
			}
			catch (ScheduleDataException ex) {
				// the report is still made; the schedule's own checks report the missing
				// holiday file
			}
			return lastDay.plusDays(1).atStartOfDay();
		}
		return run.dataTo().plusDays(1).atStartOfDay();
	}

	/**
	 * PDF, JSON and XLSX of a version, all made from one assembled document so they
	 * cannot disagree.
	 */
	@Bean
	Step writeDocuments(JobRepository jobRepository, PlatformTransactionManager tm, ReportDocumentAssembler assembler,
			PdfReportRenderer renderer, JsonReportWriter json, XlsxReportWriter xlsx, ReportArchive archive,
			ReportContentMapper content, ReportRunMapper runs) {
		return new StepBuilder("writeDocuments", jobRepository).tasklet((contribution, context) -> {
			RunHeader header = content.findRunHeader(runOf(context, runs).id());
			ReportDocument document = assembler.assemble(header.runId());
			renderer.exportPdf(renderer.fill(document), archive.newFile(header, "pdf"));
			json.write(document, archive.newFile(header, "json"));
			xlsx.write(document, archive.newFile(header, "xlsx"));
			contribution.incrementWriteCount(3);
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	/**
	 * In this step's one transaction: the archive record of every file (with its
	 * SHA-256), the sealing manifest, and — when sending was asked for — the outbox rows.
	 */
	@Bean
	Step archiveAndQueue(JobRepository jobRepository, PlatformTransactionManager tm, ReportMailQueue mailQueue,
			ReportSchedules schedules, ReportRunMapper runs) {
		return new StepBuilder("archiveAndQueue", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			boolean deliver = Boolean
				.parseBoolean(String.valueOf(context.getStepContext().getJobParameters().get("deliver")));
			contribution.incrementWriteCount(mailQueue.archiveAndQueue(reportRun.id(),
					schedules.recipients(reportRun.type().cliName()), deliver));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	/**
	 * Sending runs outside a database transaction: each outbox row is claimed and updated
	 * on its own.
	 */
	@Bean
	Step sendMail(JobRepository jobRepository, OutboxSender sender, ReportRunMapper runs) {
		return new StepBuilder("sendMail", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			OutboxSender.DeliveryResult result = sender.sendDue(reportRun.id());
			contribution.incrementWriteCount(result.delivered());
			return RepeatStatus.FINISHED;
		}, new ResourcelessTransactionManager()).build();
	}

	private static ReportRun runOf(ChunkContext context, ReportRunMapper runs) {
		Object runId = context.getStepContext().getJobParameters().get("runId");
		return runs.findRun(((Number) runId).longValue());
	}

	private static <T> MyBatisBatchItemWriter<T> batchWriter(SqlSessionFactory sqlSessionFactory, String statement) {
		return new MyBatisBatchItemWriterBuilder<T>().sqlSessionFactory(sqlSessionFactory)
			.statementId(ReportRunMapper.class.getName() + "." + statement)
			.build();
	}

}

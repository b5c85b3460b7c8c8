package vn.nq57.reporting.run;

import java.nio.file.Path;
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

/**
 * The report job: one run of one plan's report for one period, identified by plan, report type, period and
 * version. Each step is small and named for what it does; a failed run restarts from the step that failed.
 */
@Configuration(proxyBeanMethods = false)
public class ReportJobConfiguration {

	public static final String JOB_NAME = "reportJob";

	static final int CHUNK_SIZE = 100;

	@Bean
	Job reportJob(JobRepository jobRepository, ReportRunMapper runs, Step recordSubmissionsUsed,
			Step assessIndicators, Step assessTasks, Step assessUnitCompleteness, Step renderPdf, Step writeJson,
			Step writeXlsx, Step writeManifest, Step queueMail, Step sendMail) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new ReportRunStatusListener(runs))
			.start(recordSubmissionsUsed)
			.next(assessIndicators)
			.next(assessTasks)
			.next(assessUnitCompleteness)
			.next(renderPdf)
			.next(writeJson)
			.next(writeXlsx)
			.next(writeManifest)
			.next(queueMail)
			.next(sendMail)
			.build();
	}

	@Bean
	Step recordSubmissionsUsed(JobRepository jobRepository, PlatformTransactionManager tm, ReportRunMapper runs) {
		return new StepBuilder("recordSubmissionsUsed", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			runs.deleteSubmissionsUsed(reportRun.id());
			contribution.incrementWriteCount(runs.insertSubmissionsUsed(reportRun));
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

	@Bean
	Step assessUnitCompleteness(JobRepository jobRepository, PlatformTransactionManager tm, ReportRunMapper runs) {
		return new StepBuilder("assessUnitCompleteness", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			runs.deleteUnitStatuses(reportRun.id());
			contribution.incrementWriteCount(runs.insertUnitStatuses(reportRun, lateFrom(reportRun)));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	/** A unit's submission is late from the start of the report's deadline day ("before day D"). */
	static LocalDateTime lateFrom(ReportRun run) {
		if (run.deadline() != null) {
			return Deadline.before(run.deadline()).lateFrom().toLocalDateTime();
		}
		return run.dataTo().plusDays(1).atStartOfDay();
	}

	@Bean
	Step renderPdf(JobRepository jobRepository, PlatformTransactionManager tm, ReportDocumentAssembler assembler,
			PdfReportRenderer renderer, ReportArchive archive, ReportContentMapper content, ReportRunMapper runs) {
		return new StepBuilder("renderPdf", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			RunHeader header = content.findRunHeader(reportRun.id());
			ReportDocument document = assembler.assemble(reportRun.id());
			Path file = archive.newFile(header, "pdf");
			renderer.exportPdf(renderer.fill(document), file);
			archive.record(header, "PDF", file);
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	@Bean
	Step writeJson(JobRepository jobRepository, PlatformTransactionManager tm, ReportDocumentAssembler assembler,
			JsonReportWriter writer, ReportArchive archive, ReportContentMapper content, ReportRunMapper runs) {
		return new StepBuilder("writeJson", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			RunHeader header = content.findRunHeader(reportRun.id());
			Path file = archive.newFile(header, "json");
			writer.write(assembler.assemble(reportRun.id()), file);
			archive.record(header, "JSON", file);
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	@Bean
	Step writeXlsx(JobRepository jobRepository, PlatformTransactionManager tm, ReportDocumentAssembler assembler,
			XlsxReportWriter writer, ReportArchive archive, ReportContentMapper content, ReportRunMapper runs) {
		return new StepBuilder("writeXlsx", jobRepository).tasklet((contribution, context) -> {
			RunHeader header = content.findRunHeader(runOf(context, runs).id());
			Path file = archive.newFile(header, "xlsx");
			writer.write(assembler.assemble(header.runId()), file);
			archive.record(header, "XLSX", file);
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	@Bean
	Step writeManifest(JobRepository jobRepository, PlatformTransactionManager tm, ReportArchive archive,
			ReportContentMapper content, ReportRunMapper runs) {
		return new StepBuilder("writeManifest", jobRepository).tasklet((contribution, context) -> {
			archive.writeManifest(content.findRunHeader(runOf(context, runs).id()));
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	@Bean
	Step queueMail(JobRepository jobRepository, PlatformTransactionManager tm, ReportMailQueue mailQueue,
			ReportSchedules schedules, ReportRunMapper runs) {
		return new StepBuilder("queueMail", jobRepository).tasklet((contribution, context) -> {
			ReportRun reportRun = runOf(context, runs);
			if (Boolean.parseBoolean(String.valueOf(context.getStepContext().getJobParameters().get("deliver")))) {
				String type = reportRun.type().cliName();
				contribution.incrementWriteCount(mailQueue.queue(reportRun.id(), schedules.recipients(type)));
			}
			return RepeatStatus.FINISHED;
		}, tm).build();
	}

	/** Sending runs outside a database transaction: each outbox row is claimed and updated on its own. */
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

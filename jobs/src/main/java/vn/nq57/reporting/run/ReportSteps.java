package vn.nq57.reporting.run;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.ibatis.cursor.Cursor;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.document.JsonReportWriter;
import vn.nq57.reporting.document.PdfReportRenderer;
import vn.nq57.reporting.document.ReportArchive;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.document.XlsxReportWriter;
import vn.nq57.reporting.schedule.ReportSchedules;
import vn.nq57.reporting.schedule.ScheduleDataException;
import vn.nq57.reporting.schedule.WorkingDayCalendar;

/**
 * The work of a report run, step by step. A plan's own job runs each as a Spring Batch
 * step; a batch runs them for each of its plans. Callers own the transactions: every step
 * only writes what it is about, and removes what an earlier attempt of it left, so it can
 * be run again.
 */
@Component
public class ReportSteps {

	public static final String RECORD_INPUTS = "recordInputs";

	public static final String ASSESS_INDICATORS = "assessIndicators";

	public static final String ASSESS_TASKS = "assessTasks";

	public static final String WRITE_DOCUMENTS = "writeDocuments";

	public static final String ARCHIVE_AND_QUEUE = "archiveAndQueue";

	public static final String SEND_MAIL = "sendMail";

	/**
	 * The steps in the order they run: Spring Batch's step names, report_run.failed_step
	 * and the console's labels all use these names.
	 */
	public static final List<String> IN_ORDER = List.of(RECORD_INPUTS, ASSESS_INDICATORS, ASSESS_TASKS, WRITE_DOCUMENTS,
			ARCHIVE_AND_QUEUE, SEND_MAIL);

	/** Results are written a chunk at a time, as one JDBC batch. */
	static final int CHUNK_SIZE = 100;

	private final ReportRunMapper runs;

	private final CatalogMapper catalog;

	private final DataWindowPolicy windows;

	private final WorkingDayCalendar calendar;

	private final ReportContentMapper content;

	private final ReportDocumentAssembler assembler;

	private final PdfReportRenderer renderer;

	private final JsonReportWriter json;

	private final XlsxReportWriter xlsx;

	private final ReportArchive archive;

	private final ReportMailQueue mailQueue;

	private final ReportSchedules schedules;

	private final OutboxSender sender;

	private final ResultBatchWriter results;

	ReportSteps(ResultBatchWriter results, ReportRunMapper runs, CatalogMapper catalog, DataWindowPolicy windows,
			WorkingDayCalendar calendar, ReportContentMapper content, ReportDocumentAssembler assembler,
			PdfReportRenderer renderer, JsonReportWriter json, XlsxReportWriter xlsx, ReportArchive archive,
			ReportMailQueue mailQueue, ReportSchedules schedules, OutboxSender sender) {
		this.results = results;
		this.runs = runs;
		this.catalog = catalog;
		this.windows = windows;
		this.calendar = calendar;
		this.content = content;
		this.assembler = assembler;
		this.renderer = renderer;
		this.json = json;
		this.xlsx = xlsx;
		this.archive = archive;
		this.mailQueue = mailQueue;
		this.schedules = schedules;
		this.sender = sender;
	}

	/**
	 * The run's inputs: the exact submission versions it uses, and which units were
	 * expected to report and whether they did, on time or late.
	 * @return rows written
	 */
	public int recordInputs(ReportRun run) {
		this.runs.deleteSubmissionsUsed(run.id());
		int written = this.runs.insertSubmissionsUsed(run);
		this.runs.deleteUnitStatuses(run.id());
		return written + this.runs.insertUnitStatuses(run, lateFrom(run, this.calendar));
	}

	/**
	 * Judges every indicator with the attainment engine: inputs streamed from a cursor,
	 * results written a chunk at a time.
	 * @return results written
	 */
	public int assessIndicators(ReportRun run) {
		this.runs.deleteIndicatorResults(run.id());
		IndicatorJudge judge = new IndicatorJudge(run, this.catalog.findTargets(run.planVersionId()));
		return streamInChunks(this.runs.selectIndicatorInputs(run, run.period().previous().code()), judge::judge,
				this.results::indicators);
	}

	/**
	 * Judges every task; with it the run's results are complete.
	 * @return results written
	 */
	public int assessTasks(ReportRun run) {
		this.runs.deleteTaskResults(run.id());
		TaskJudge judge = new TaskJudge(run, this.windows);
		int written = streamInChunks(this.runs.selectTaskInputs(run), judge::judge, this.results::tasks);
		this.runs.markAssessed(run.id(), LocalDateTime.now(ReportingZone.ZONE));
		return written;
	}

	/**
	 * PDF, JSON and XLSX of the version, all made from one assembled document so they
	 * cannot disagree. Files only: nothing is recorded until {@link #archiveAndQueue}.
	 */
	public void writeDocuments(ReportRun run) throws IOException {
		RunHeader header = this.content.findRunHeader(run.id());
		ReportDocument document = this.assembler.assemble(header);
		this.renderer.exportPdf(this.renderer.fill(document), this.archive.newFile(header, "pdf"));
		this.json.write(document, this.archive.newFile(header, "json"));
		this.xlsx.write(document, this.archive.newFile(header, "xlsx"));
	}

	/**
	 * The archive record of every file (with its SHA-256), the sealing manifest, and —
	 * when sending was asked for — the outbox rows; run in one transaction.
	 * @return messages queued
	 */
	public int archiveAndQueue(ReportRun run, boolean deliver) {
		int queued = this.mailQueue.archiveAndQueue(run.id(), this.schedules.recipients(run.type().cliName()), deliver);
		this.runs.markArchived(run.id(), LocalDateTime.now(ReportingZone.ZONE));
		return queued;
	}

	/**
	 * Sends the run's due messages, outside a database transaction: each outbox row is
	 * claimed and updated on its own.
	 * @return messages delivered
	 */
	public int sendMail(ReportRun run) {
		return this.sender.sendDue(run.id()).delivered();
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

	private static <I, O> int streamInChunks(Cursor<I> inputs, Function<I, O> judge, Consumer<List<O>> insert) {
		int written = 0;
		try (inputs) {
			List<O> chunk = new ArrayList<>(CHUNK_SIZE);
			for (I input : inputs) {
				chunk.add(judge.apply(input));
				if (chunk.size() == CHUNK_SIZE) {
					insert.accept(chunk);
					written += chunk.size();
					chunk = new ArrayList<>(CHUNK_SIZE);
				}
			}
			if (!chunk.isEmpty()) {
				insert.accept(chunk);
				written += chunk.size();
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return written;
	}

}

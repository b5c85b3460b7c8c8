package vn.nq57.reporting.province;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.archive.ArchiveProperties;
import vn.nq57.reporting.archive.Sha256;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.calendar.ReportSchedule;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Makes the next version of a province's report for a period: records the latest
 * completed version of every commune report of the province and period (or none),
 * consolidates their stored results, and writes the PDF, XLSX and JSON into the version's
 * archive folder with their SHA-256 and a manifest.
 */
@Service
public class ProvinceReportRunner {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final Logger log = LoggerFactory.getLogger(ProvinceReportRunner.class);

	private final ProvinceReportMapper mapper;

	private final ProvinceFiles files;

	private final ArchiveProperties archive;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ReportSchedules schedules;

	private final ProvinceMailContent mailContent;

	private final ReportMailQueue mailQueue;

	private final OutboxSender sender;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public ProvinceReportRunner(ProvinceReportMapper mapper, ProvinceFiles files, ArchiveProperties archive,
			TransactionTemplate transaction, Clock clock, ReportSchedules schedules, ProvinceMailContent mailContent,
			ReportMailQueue mailQueue, OutboxSender sender) {
		this.schedules = schedules;
		this.mailContent = mailContent;
		this.mailQueue = mailQueue;
		this.sender = sender;
		this.mapper = mapper;
		this.files = files;
		this.archive = archive;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * @return the run as it ended (COMPLETED or FAILED, with the reason)
	 */
	public ProvinceRun run(String province, ProvinceReportType type, String periodCode) {
		return run(province, type, periodCode, false);
	}

	/**
	 * With {@code send}, the version is queued in the outbox (kind PROVINCE_REPORT, to
	 * the schedule file's {@code province.recipients} of the type) in the transaction
	 * that records its files, then sent; a message that cannot go yet is retried by the
	 * outbox, the run stays completed.
	 * @return the run as it ended (COMPLETED or FAILED, with the reason)
	 */
	public ProvinceRun run(String province, ProvinceReportType type, String periodCode, boolean send) {
		List<String> recipients = send ? recipientsOf(type) : List.of();
		if (!this.mapper.provinceExists(province)) {
			throw new IllegalArgumentException("Không có kế hoạch nào của tỉnh/thành phố \"" + province
					+ "\". Các tỉnh/thành phố đã nạp: " + String.join(", ", this.mapper.findProvinces()) + ".");
		}
		Period period = Period.parse(type.communeType(), periodCode);
		long runId = claim(province, type.communeType(), period.code(), send);
		try {
			ProvinceReport report = assemble(runId);
			writeAndRecord(runId, report, recipients);
			this.mapper.markFinished(runId, "COMPLETED", now(), null);
		}
		catch (IOException | RuntimeException ex) {
			String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			this.mapper.markFinished(runId, "FAILED", now(), message.substring(0, Math.min(message.length(), 1900)));
			return this.mapper.findRun(runId);
		}
		if (send) {
			try {
				this.sender.sendDueOfProvinceReport(runId);
			}
			catch (RuntimeException ex) {
				// queued: the outbox tries again (./reports outbox list)
				log.warn("Chưa gửi được báo cáo tỉnh số {}: {}", runId, ex.getMessage());
			}
		}
		return this.mapper.findRun(runId);
	}

	/** Whether the schedule file names recipients of a type's province reports. */
	public boolean hasRecipients(ProvinceReportType type) {
		return this.schedules.schedule(type.communeType())
			.map(ReportSchedule::province)
			.map(province -> !province.recipients().isEmpty())
			.orElse(false);
	}

	/**
	 * Who receives a type's province reports: the schedule file's
	 * {@code province.recipients}; none is refused before anything is made.
	 */
	public List<String> recipientsOf(ProvinceReportType type) {
		List<String> recipients = this.schedules.schedule(type.communeType())
			.map(ReportSchedule::province)
			.map(ReportSchedule.ProvinceTimeline::recipients)
			.orElse(List.of());
		if (recipients.isEmpty()) {
			throw new IllegalArgumentException("Lịch báo cáo không ghi người nhận báo cáo tổng hợp cấp tỉnh của loại "
					+ type.cliName() + " (mục province.recipients trong schedules/report-schedules.yaml): không gửi"
					+ " được. Lập báo cáo không có --send, hoặc thêm người nhận vào lịch.");
		}
		return recipients;
	}

	/** The provinces of the plans loaded, in order. */
	public List<String> provinces() {
		return this.mapper.findProvinces();
	}

	/**
	 * Every province's report for the period, one after another (the country in one
	 * command); a province that fails does not stop the others.
	 * @return the runs, in the provinces' order
	 */
	public List<ProvinceRun> runAll(ProvinceReportType type, String periodCode) {
		return runAll(type, periodCode, false);
	}

	public List<ProvinceRun> runAll(ProvinceReportType type, String periodCode, boolean send) {
		if (send) {
			recipientsOf(type);
		}
		List<ProvinceRun> runs = new ArrayList<>();
		for (String province : this.mapper.findProvinces()) {
			runs.add(run(province, type, periodCode, send));
		}
		return runs;
	}

	/**
	 * The next version's row and, in the same transaction, the commune report versions it
	 * is made from.
	 */
	private long claim(String province, ReportType type, String periodCode, boolean deliver) {
		for (int attempt = 0;; attempt++) {
			try {
				return this.transaction.execute(status -> {
					int version = this.mapper.nextVersion(province, type.name(), periodCode);
					GeneratedKey key = new GeneratedKey();
					this.mapper.insertRun(province, type.name(), periodCode, version, deliver, now(), key);
					this.mapper.insertInputs(key.getId());
					return key.getId();
				});
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 3) {
					throw ex;
				}
			}
		}
	}

	/**
	 * The report's content from the recorded inputs (the same every time for a run), with
	 * what changed since the previous completed version.
	 */
	public ProvinceReport assemble(long runId) {
		ProvinceReport report = assembleAlone(runId);
		ProvinceRun previous = this.mapper.findPreviousCompleted(runId);
		return (previous != null)
				? report.withRevision(ProvinceConsolidation.revision(assembleAlone(previous.id()), report)) : report;
	}

	private ProvinceReport assembleAlone(long runId) {
		ProvinceRun run = this.mapper.findRun(runId);
		Period period = run.period();
		ProvinceReportType type = run.type();
		LocalDateTime made = (run.createdAt() != null) ? run.createdAt() : now();
		LocalDate day = made.toLocalDate();
		String named = ProvinceNames.named(run.province());
		String place = ProvinceNames.place(run.province());
		ProvinceReport.Header header = new ProvinceReport.Header(run.province(),
				ProvinceNames.issuerParent(run.province()), "SỞ KHOA HỌC VÀ CÔNG NGHỆ", type.cliName(),
				type.vietnameseName(), run.periodCode(), period.label(), run.version(), GENERATED.format(made),
				place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
						+ String.format("%02d", day.getMonthValue()) + " năm " + day.getYear(),
				"Tổng hợp kết quả thực hiện Nghị quyết số 57-NQ/TW của các xã, phường " + named + " " + period.label(),
				type.communeType() != ReportType.ANNUAL);
		return ProvinceConsolidation.consolidate(header, this.mapper.findCommunes(runId),
				this.mapper.findIndicators(runId), this.mapper.findTasks(runId));
	}

	/**
	 * The files, their record and (to recipients, when any) the mail in one transaction:
	 * an archived version asked to be sent is never left unqueued.
	 */
	private void writeAndRecord(long runId, ProvinceReport report, List<String> recipients) throws IOException {
		ProvinceRun run = this.mapper.findRun(runId);
		Path folder = folderOf(run);
		if (Files.exists(folder.resolve("manifest.json"))) {
			throw new IllegalStateException("Thư mục lưu trữ " + folder + " đã có báo cáo tỉnh phiên bản "
					+ run.version() + "; không ghi đè phiên bản đã lưu trữ.");
		}
		Files.createDirectories(folder);
		String base = "bao-cao-tinh-" + ProvinceNames.folder(run.province()).toLowerCase() + "-" + run.type().cliName()
				+ "-" + run.periodCode() + "-v" + run.version();
		List<Path> written = this.files.write(report, extension -> folder.resolve(base + "." + extension));
		List<Map<String, Object>> entries = new ArrayList<>();
		List<Object[]> records = new ArrayList<>();
		for (Path file : written) {
			String name = file.getFileName().toString();
			String kind = name.substring(name.lastIndexOf('.') + 1).toUpperCase();
			String sha = Sha256.of(file);
			long size = Files.size(file);
			entries.add(Map.of("kind", kind, "file", name, "sha256", sha, "sizeBytes", size));
			records.add(new Object[] { kind, file.toString(), sha, size });
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("province", run.province());
		manifest.put("reportType", run.type().cliName());
		manifest.put("period", run.periodCode());
		manifest.put("version", run.version());
		manifest.put("provinceRunId", run.id());
		manifest.put("files", entries);
		manifest.put("communeReportsUsed", report.reportsUsed());
		Path manifestFile = folder.resolve("manifest.json");
		Files.writeString(manifestFile, this.json.writeValueAsString(manifest));
		records.add(new Object[] { "MANIFEST", manifestFile.toString(), Sha256.of(manifestFile),
				Files.size(manifestFile) });
		this.transaction.executeWithoutResult(status -> {
			for (Object[] r : records) {
				this.mapper.insertFile(runId, (String) r[0], (String) r[1], (String) r[2], (Long) r[3], now());
			}
			if (!recipients.isEmpty()) {
				this.mailQueue.queueProvinceReport(runId, recipients, this.mailContent.of(report));
			}
		});
	}

	/** {@code <archive>/provinces/HA-TINH/2026-05/province-monthly/v1/}. */
	Path folderOf(ProvinceRun run) {
		return this.archive.archiveFolder()
			.resolve("provinces")
			.resolve(ProvinceNames.folder(run.province()))
			.resolve(run.periodCode())
			.resolve(run.type().cliName())
			.resolve("v" + run.version());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.Attainment;
import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.CountBasis;
import vn.nq57.reporting.attainment.DateWindow;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Judgement;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.TargetHorizon;
import vn.nq57.reporting.attainment.TaskDeadline;
import vn.nq57.reporting.attainment.TaskStatus;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.DocumentNumber;
import vn.nq57.reporting.catalog.StoredTarget;
import vn.nq57.reporting.document.ReportDocument.Change;
import vn.nq57.reporting.document.ReportDocument.Comparison;
import vn.nq57.reporting.document.ReportDocument.Completeness;
import vn.nq57.reporting.document.ReportDocument.Header;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;
import vn.nq57.reporting.document.ReportDocument.MilestoneLine;
import vn.nq57.reporting.document.ReportDocument.Revision;
import vn.nq57.reporting.document.ReportDocument.Signature;
import vn.nq57.reporting.document.ReportDocument.TaskLine;
import vn.nq57.reporting.document.ReportDocument.TaskSummary;
import vn.nq57.reporting.document.ReportDocument.UnitLine;
import vn.nq57.reporting.document.ReportDocument.UnitText;

/**
 * Builds a {@link ReportDocument} from a run's stored figures, formatting every number
 * the Vietnamese way.
 */
@Component
public class ReportDocumentAssembler {

	private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final ReportContentMapper mapper;

	private final CatalogMapper catalog;

	public ReportDocumentAssembler(ReportContentMapper mapper, CatalogMapper catalog) {
		this.mapper = mapper;
		this.catalog = catalog;
	}

	public ReportDocument assemble(long runId) {
		RunHeader run = this.mapper.findRunHeader(runId);
		if (run == null) {
			throw new IllegalArgumentException("Không có lần chạy báo cáo số " + runId);
		}
		return assemble(run);
	}

	/** The document of a run whose header the caller has already read. */
	public ReportDocument assemble(RunHeader run) {
		long runId = run.runId();
		List<UnitStatusRow> unitRows = this.mapper.findUnitStatuses(runId);
		List<TaskResultRow> storedTaskRows = this.mapper.findTaskResults(runId);
		// a deadline the plan does not print is neither kept nor missed: such tasks are
		// listed apart, never counted as overdue
		List<TaskResultRow> taskRows = storedTaskRows.stream()
			.map(row -> printedDeadline(row) ? row : row.withoutOverdue())
			.toList();
		List<NarrativeRow> narratives = this.mapper.findNarratives(runId);
		List<IndicatorResultRow> indicatorRows = this.mapper.findIndicatorResults(runId);
		Period period = Period.parse(ReportType.valueOf(run.reportType()), run.periodCode());
		List<IndicatorLine> indicators = indicatorRows.stream().map(row -> indicator(row, period)).toList();
		return new ReportDocument(header(run), completeness(unitRows), tasks(run, storedTaskRows), indicators,
				unitRows.stream().map(this::unit).toList(), texts(narratives, NarrativeRow::difficulties),
				texts(narratives, NarrativeRow::proposals), texts(narratives, NarrativeRow::nextFocus), signature(run),
				this.mapper.findSubmissionsUsed(runId), TaskGroups.of(taskRows), IndicatorGroups.of(indicators),
				comparison(period, run.documentDate(), indicators),
				(period.type() == ReportType.ANNUAL) ? milestones(run, indicatorRows, period) : List.of(),
				revision(run, indicators, period), judging(period, indicatorRows));
	}

	/**
	 * What the statuses judge, as the engine stored it; a run made before issue 15 stored
	 * none and is read by its type.
	 */
	static ReportDocument.Judging judging(Period period, List<IndicatorResultRow> rows) {
		Judgement judgement = rows.stream()
			.map(IndicatorResultRow::judgement)
			.filter(Objects::nonNull)
			.findFirst()
			.map(Judgement::valueOf)
			.orElse((period.type() == ReportType.ANNUAL) ? Judgement.YEAR : Judgement.ROADMAP);
		return new ReportDocument.Judging(judgement.name(), judgement.vietnameseName(), judgement.columnName(),
				period.year());
	}

	/**
	 * Every periodic report compares with the previous period of the same type and with
	 * the same period a year earlier (the six-month report with the same half); an ad hoc
	 * report has neither. A plan's first review compares with the plan's start (its year,
	 * from the plan's date).
	 */
	static Comparison comparison(Period period, String planDate, List<IndicatorLine> indicators) {
		if (period.type() == ReportType.AD_HOC) {
			return null;
		}
		int[] sincePrevious = changes(indicators, IndicatorLine::previousValue, IndicatorLine::changeValue);
		int[] sinceYearAgo = changes(indicators, IndicatorLine::sameTimeLastYearValue,
				IndicatorLine::changeSinceLastYearValue);
		if (period.comparesWithPlanStart(planDate)) {
			int year = Period.planYear(planDate).orElseThrow();
			String label = "khi bắt đầu thực hiện kế hoạch (năm " + year + ")";
			return new Comparison(String.valueOf(year), label, sincePrevious[0], sincePrevious[1], sincePrevious[2],
					sincePrevious[3], String.valueOf(year), label, sinceYearAgo[0], sinceYearAgo[1], sinceYearAgo[2],
					sinceYearAgo[3], true);
		}
		Period previous = period.previous();
		Period yearAgo = period.sameTimeLastYear();
		return new Comparison(previous.code(), previous.label(), sincePrevious[0], sincePrevious[1], sincePrevious[2],
				sincePrevious[3], yearAgo.code(), yearAgo.label(), sinceYearAgo[0], sinceYearAgo[1], sinceYearAgo[2],
				sinceYearAgo[3], false);
	}

	/** With an earlier figure, increased, decreased, unchanged. */
	private static int[] changes(List<IndicatorLine> indicators, Function<IndicatorLine, BigDecimal> earlier,
			Function<IndicatorLine, BigDecimal> change) {
		int[] counts = new int[4];
		for (IndicatorLine line : indicators) {
			if (earlier.apply(line) != null) {
				counts[0]++;
			}
			BigDecimal delta = change.apply(line);
			if (delta != null) {
				int sign = delta.signum();
				counts[(sign > 0) ? 1 : (sign < 0) ? 2 : 3]++;
			}
		}
		return counts;
	}

	private List<MilestoneLine> milestones(RunHeader run, List<IndicatorResultRow> rows, Period period) {
		Map<String, List<StoredTarget>> targets = new HashMap<>();
		for (StoredTarget target : this.catalog.findTargets(run.planVersionId())) {
			targets.computeIfAbsent(target.indicatorCode(), code -> new ArrayList<>()).add(target);
		}
		List<MilestoneLine> lines = new ArrayList<>();
		for (IndicatorResultRow row : rows) {
			StoredTarget next = null;
			if (row.milestoneYear() != null) {
				next = targets.getOrDefault(row.indicatorCode(), List.of())
					.stream()
					.filter(t -> t.milestoneYear() != null && t.milestoneYear() > row.milestoneYear()
							&& !"NONE".equals(t.kind()))
					.min(Comparator.comparingInt(StoredTarget::milestoneYear))
					.orElse(null);
			}
			lines.add(new MilestoneLine(row.indicatorCode(), row.number(), name(row), target(row),
					value(row.actualValue(), row.measureUnit()), milestoneVerdict(row),
					(next != null) ? printed(next.targetText()) + " (" + next.milestoneYear() + ")" : null));
		}
		return lines;
	}

	/**
	 * For a re-run: which version it replaces and which figures changed since (indicator,
	 * old, new).
	 */
	private Revision revision(RunHeader run, List<IndicatorLine> indicators, Period period) {
		ReplacedRun replaced = this.mapper.findReplacedRun(run.runId());
		if (replaced == null) {
			return null;
		}
		Map<String, IndicatorLine> before = new HashMap<>();
		for (IndicatorResultRow row : this.mapper.findIndicatorResults(replaced.runId())) {
			before.put(row.indicatorCode(), indicator(row, period));
		}
		List<Change> changes = new ArrayList<>();
		for (IndicatorLine now : indicators) {
			IndicatorLine old = before.get(now.code());
			String oldValue = (old != null) ? old.actual() : null;
			String oldStatus = (old != null) ? old.statusName() : null;
			if (!Objects.equals(oldValue, now.actual()) || !Objects.equals(oldStatus, now.statusName())) {
				changes.add(new Change(now.code(), now.name(), oldValue, now.actual(), oldStatus, now.statusName()));
			}
		}
		String when = replaced.createdAt().format(RECEIVED);
		StringBuilder note = new StringBuilder(
				"Báo cáo này là phiên bản " + run.version() + ", lập lúc " + run.createdAt().format(RECEIVED)
						+ ", thay thế phiên bản " + replaced.version() + " (lập lúc " + when + "). ");
		if (changes.isEmpty()) {
			note.append("Số liệu các chỉ tiêu không thay đổi so với phiên bản ").append(replaced.version()).append('.');
		}
		else {
			note.append("Số liệu thay đổi so với phiên bản ").append(replaced.version()).append(": ");
			note.append(changes.stream()
				.map(c -> c.name() + ": " + orDash(c.oldValue()) + " → " + orDash(c.newValue())
						+ (Objects.equals(c.oldStatus(), c.newStatus()) ? "" : " (" + c.newStatus() + ")"))
				.collect(Collectors.joining("; ")));
			note.append('.');
		}
		return new Revision(replaced.version(), when, changes, note.toString());
	}

	private static String orDash(String value) {
		return (value != null) ? value : "chưa có số liệu";
	}

	private Header header(RunHeader run) {
		ReportType type = ReportType.valueOf(run.reportType());
		Period period = Period.parse(type, run.periodCode());
		String label = period.label();
		String estimateNote = estimateNote(label, run.createdAt().toLocalDate(), run.dataTo());
		String reportTitle = "Báo cáo " + ((type == ReportType.AD_HOC) ? "đột xuất " : "") + label;
		return new Header(run.planCode(), run.planVersion(), run.title(), type.name(), type.vietnameseName(),
				reportTitle, run.periodCode(), label, new DateWindow(run.dataFrom(), run.dataTo()).text(),
				(run.deadline() != null) ? Deadline.before(run.deadline()).text() : "theo yêu cầu", run.version(),
				run.createdAt().format(RECEIVED), IssuerNames.parentLine(run.issuerParent()),
				IssuerNames.issuerLines(run.issuerName()), run.issuerShort(), documentNumber(run), placeAndDate(run),
				"Kết quả thực hiện Nghị quyết số 57-NQ/TW " + label, run.reportRecipient(), estimateNote);
	}

	/**
	 * The number line, blank until the document is issued: "Số: /BC-UBND" for a state
	 * body (Decree 30/2020/NĐ-CP), "Số -BC/ĐU" for a party committee.
	 */
	static String documentNumber(RunHeader run) {
		return DocumentNumber.blank(run.numbering(), run.documentPrefix());
	}

	/**
	 * A report made before its data window closes (the annual report is due on 30
	 * November, its window ends on 14 December) carries figures only up to the day it is
	 * made; one made later has them all.
	 */
	static String estimateNote(String periodLabel, LocalDate madeOn, LocalDate dataTo) {
		if (madeOn.isAfter(dataTo)) {
			return null;
		}
		return "Số liệu " + periodLabel + " là số ước tính đến ngày " + VietnameseDates.format(madeOn)
				+ " (kỳ số liệu kết thúc ngày " + VietnameseDates.format(dataTo) + ").";
	}

	private static String placeAndDate(RunHeader run) {
		return placeAndDate(run.place(), run.createdAt().toLocalDate());
	}

	/**
	 * "Vũ Quang, ngày 05 tháng 01 năm 2026" (Decree 30/2020/NĐ-CP: a 0 before days under
	 * 10 and months 1 and 2).
	 */
	public static String placeAndDate(String place, LocalDate day) {
		return place + ", " + VietnameseDates.documentDate(day);
	}

	private Completeness completeness(List<UnitStatusRow> units) {
		int onTime = (int) units.stream().filter(u -> "ON_TIME".equals(u.timeliness())).count();
		int late = (int) units.stream().filter(u -> "LATE".equals(u.timeliness())).count();
		int expected = units.size();
		int submitted = onTime + late;
		BigDecimal share = (expected == 0) ? null
				: BigDecimal.valueOf(submitted)
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP);
		return new Completeness(expected, submitted, onTime, late, expected - submitted, share,
				(share == null) ? "không có đơn vị phải báo cáo" : VietnameseNumbers.percent(share));
	}

	private TaskSummary tasks(RunHeader run, List<TaskResultRow> rows) {
		List<TaskLine> overdue = new ArrayList<>();
		List<TaskLine> withoutPrintedDeadline = new ArrayList<>();
		for (TaskResultRow row : rows) {
			if (!printedDeadline(row)) {
				withoutPrintedDeadline.add(new TaskLine(row.taskCode(), row.number(), row.name(), row.leadNames(),
						deadline(row).text(), unprintedDeadlineStatus(row), null));
			}
			else if (row.overdue()) {
				overdue.add(new TaskLine(row.taskCode(), row.number(), row.name(), row.leadNames(), row.deadlineText(),
						taskStatusText(row), row.deadlineBeforePlan() ? beforePlanNote(run, row) : null));
			}
		}
		return new TaskSummary(rows.size(), count(rows, TaskStatus.DONE), count(rows, TaskStatus.IN_PROGRESS),
				count(rows, TaskStatus.NOT_STARTED), count(rows, TaskStatus.NOT_REPORTED), overdue.size(), overdue,
				withoutPrintedDeadline);
	}

	/**
	 * Whether the plan prints the task's deadline; a run whose catalog row is gone keeps
	 * its stored verdict.
	 */
	static boolean printedDeadline(TaskResultRow row) {
		return row.deadlineKind() == null || deadline(row).printed();
	}

	private static TaskDeadline deadline(TaskResultRow row) {
		return TaskDeadline.fromCatalog(row.deadlineKind(), row.deadlineValue(), null, null, row.deadlineText());
	}

	/**
	 * The status of a task whose deadline the plan does not print: never "quá hạn"; past
	 * the end of the plan's period an unfinished one is said to be so.
	 */
	static String unprintedDeadlineStatus(TaskResultRow row) {
		String text = taskStatusText(row.withoutOverdue());
		boolean pastPlanPeriod = "plan_period".equals(row.deadlineKind()) && row.overdue();
		return pastPlanPeriod ? text + ", chưa hoàn thành khi hết kỳ kế hoạch" : text;
	}

	/**
	 * "Thời hạn ghi trong Kế hoạch (Hoàn thành trước tháng 9/2025) sớm hơn ngày ký Kế
	 * hoạch (20/10/2025)".
	 */
	static String beforePlanNote(RunHeader run, TaskResultRow row) {
		String planDay = (run.documentSignedOn() != null)
				? "ngày ký Kế hoạch (" + VietnameseDates.format(run.documentSignedOn()) + ")"
				: "thời điểm ban hành Kế hoạch (" + run.documentDate() + ")";
		return "Thời hạn ghi trong Kế hoạch (" + row.deadlineText() + ") sớm hơn " + planDay;
	}

	private static int count(List<TaskResultRow> rows, TaskStatus status) {
		return (int) rows.stream().filter(r -> status.name().equals(r.status())).count();
	}

	static String taskStatusText(TaskResultRow row) {
		TaskStatus status = TaskStatus.valueOf(row.status());
		if (row.late()) {
			return "Hoàn thành chậm";
		}
		String text = status.vietnameseName();
		if (status == TaskStatus.IN_PROGRESS && row.percentDone() != null) {
			text += " (" + VietnameseNumbers.percent(row.percentDone()) + ")";
		}
		return row.overdue() ? text + ", quá hạn" : text;
	}

	private IndicatorLine indicator(IndicatorResultRow row, Period period) {
		AttainmentStatus status = AttainmentStatus.valueOf(row.status());
		Judgement judgement = (row.judgement() != null) ? Judgement.valueOf(row.judgement()) : null;
		AttainmentStatus self = (row.selfAssessment() != null) ? AttainmentStatus.valueOf(row.selfAssessment()) : null;
		String percent = (row.rangePosition() != null) ? row.rangePosition()
				: (row.ratio() != null) ? VietnameseNumbers.ratioAsPercent(row.ratio()) : null;
		return new IndicatorLine(row.indicatorCode(), (row.groupName() != null) ? row.groupName() : row.groupCode(),
				row.number(), name(row), row.measureUnit(), row.milestoneYear(), target(row),
				(row.yearTargetText() != null) ? row.yearTargetText() : target(row), row.yearTargetValue(),
				row.yearTargetSource(), expected(row.expectedValue(), row.measureUnit()), row.expectedValue(),
				row.roadmapStart(), value(row.actualValue(), row.measureUnit()), row.actualValue(), countBasis(row),
				row.numerator(), row.denominator(), percent, row.ratio(), row.judgement(),
				judgementName(row, judgement), status.name(), status.text(self, judgement),
				verdictBasis(row, status, judgement, period), milestoneVerdict(row), row.onTrack(),
				value(row.previousValue(), row.measureUnit()), row.previousValue(), change(row.changeValue()),
				row.changeValue(), value(row.yearAgoValue(), row.measureUnit()), row.yearAgoValue(),
				change(row.yearAgoChange()), row.yearAgoChange(),
				(self != null) ? self.asSelfAssessment(judgement) : null, row.assessedBy(), row.evidenceUrl(),
				published(row), aggregationNote(row), note(row));
	}

	/** "lộ trình", "năm", "năm và mốc 2026". */
	private static String judgementName(IndicatorResultRow row, Judgement judgement) {
		if (judgement == null) {
			return null;
		}
		if (judgement == Judgement.YEAR && row.milestoneStatus() != null && row.milestoneYear() != null) {
			return "năm và mốc " + row.milestoneYear();
		}
		return judgement.vietnameseName();
	}

	/**
	 * What a verdict is judged against: "so với lộ trình", "so với chỉ tiêu năm 2027", in
	 * a milestone year "so với mục tiêu đến năm 2026"; null when the status judges
	 * nothing.
	 */
	static String verdictBasis(IndicatorResultRow row, AttainmentStatus status, Judgement judgement, Period period) {
		if (judgement == null || !status.isJudged()) {
			return null;
		}
		if (judgement == Judgement.ROADMAP) {
			return "so với lộ trình";
		}
		if (row.milestoneStatus() != null && row.milestoneYear() != null) {
			return "so với mục tiêu đến năm " + row.milestoneYear();
		}
		return "so với chỉ tiêu năm " + period.year();
	}

	/**
	 * "Vượt (mốc 2026)", or the progress toward the milestone: "đạt 75,0% mục tiêu 2030".
	 */
	private static String milestoneVerdict(IndicatorResultRow row) {
		return Attainment.milestoneText(
				(row.milestoneStatus() != null) ? AttainmentStatus.valueOf(row.milestoneStatus()) : null,
				row.milestoneRatio(), row.milestoneYear());
	}

	/** What a count counts, as the unit was asked for it. */
	static String countBasis(IndicatorResultRow row) {
		if (row.countBasis() == null || !"count".equals(row.measureUnit())) {
			return null;
		}
		return switch (CountBasis.fromCatalogName(row.countBasis())) {
			case PER_YEAR -> "lũy kế từ đầu năm";
			case TOTAL -> "lũy kế từ đầu Kế hoạch";
			case LEVEL -> null;
		};
	}

	/**
	 * "Bộ Khoa học và Công nghệ, Quyết định …; công bố ngày 12/03/2026; kỳ đánh giá
	 * 2025".
	 */
	static String published(IndicatorResultRow row) {
		if (row.publishedSource() == null) {
			return null;
		}
		return "nguồn: " + row.publishedSource().strip()
				+ ((row.publishedOn() != null) ? "; công bố ngày " + VietnameseDates.format(row.publishedOn()) : "")
				+ ((row.publishedPeriod() != null) ? "; kỳ đánh giá " + row.publishedPeriod() : "");
	}

	/**
	 * "gộp tử số, mẫu số của 1/2 đơn vị được giao", "cộng số liệu của 2/3 đơn vị được
	 * giao"; null for a single unit's figure.
	 */
	static String aggregationNote(IndicatorResultRow row) {
		if (row.unitsAsked() == null || row.unitsAsked() < 2 || row.unitsCounted() == null) {
			return null;
		}
		if (row.unitsCounted() == 0 && row.actualValue() != null) {
			// no unit sent its parts: the reporting unit's bare share stands
			return "chưa gộp được: chưa đơn vị nào gửi tử số, mẫu số; dùng tỷ lệ do đơn vị chủ trì báo cáo";
		}
		String how = "sum".equals(row.aggregation()) ? "cộng số liệu của " : "gộp tử số, mẫu số của ";
		return how + row.unitsCounted() + "/" + row.unitsAsked() + " đơn vị được giao";
	}

	/**
	 * What the figure should be by now, to one decimal (an index to three): "55,1%",
	 * "1,8".
	 */
	static String expected(BigDecimal value, String measureUnit) {
		if (value == null) {
			return null;
		}
		int decimals = "index".equals(measureUnit) ? 3 : 1;
		BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
		return value(rounded, measureUnit);
	}

	/** The indicator's wording at the milestone judged, where the plan prints another. */
	private static String name(IndicatorResultRow row) {
		return (row.milestoneName() != null) ? row.milestoneName() : row.name();
	}

	/**
	 * "≥ 60% (2026)"; a target printed without a year says what the plan prints instead:
	 * "80 (thường xuyên)", "100% (kế hoạch không ghi mốc thời gian)".
	 */
	private static String target(IndicatorResultRow row) {
		if (row.targetText() == null) {
			return null;
		}
		String printed = printed(row.targetText());
		if (row.milestoneYear() != null) {
			return printed + " (" + row.milestoneYear() + ")";
		}
		TargetHorizon horizon = horizon(row);
		return (horizon != TargetHorizon.MILESTONE) ? printed + " (" + horizon.label() + ")" : printed;
	}

	/** The catalog's note for reports where the plan is unclear, or null. */
	private static String note(IndicatorResultRow row) {
		return (row.reportNote() != null && !row.reportNote().isBlank()) ? row.reportNote().strip() : null;
	}

	private static TargetHorizon horizon(IndicatorResultRow row) {
		return (row.targetHorizon() != null) ? TargetHorizon.fromCatalogName(row.targetHorizon())
				: TargetHorizon.MILESTONE;
	}

	private static String printed(String targetText) {
		return targetText.replaceAll("[;.,\\s]+$", "");
	}

	/**
	 * A figure as a document prints it: at most two decimals (an index three), so that a
	 * share pooled from parts reads "69,86%", not "69,863%".
	 */
	static String value(BigDecimal value, String measureUnit) {
		if (value == null) {
			return null;
		}
		int decimals = "index".equals(measureUnit) ? 3 : 2;
		return switch (measureUnit) {
			case "percent" -> VietnameseNumbers.percent(value, decimals);
			case "percent_grdp" -> VietnameseNumbers.percent(value, decimals) + " GRDP";
			default -> VietnameseNumbers.format(value, decimals);
		};
	}

	private static String change(BigDecimal change) {
		if (change == null) {
			return null;
		}
		String text = VietnameseNumbers.format(change, 2);
		return (change.signum() > 0) ? "+" + text : text;
	}

	private UnitLine unit(UnitStatusRow row) {
		String name = switch (row.timeliness()) {
			case "ON_TIME" -> "Đúng hạn";
			case "LATE" -> "Muộn";
			default -> "Chưa gửi";
		};
		return new UnitLine(row.unitCode(), row.unitName(),
				(row.receivedAt() != null) ? row.receivedAt().format(RECEIVED) : null, row.timeliness(), name);
	}

	private static List<UnitText> texts(List<NarrativeRow> rows, Function<NarrativeRow, String> part) {
		return rows.stream()
			.filter(row -> part.apply(row) != null && !part.apply(row).isBlank())
			.map(row -> new UnitText(row.unitName(), part.apply(row).strip()))
			.toList();
	}

	private Signature signature(RunHeader run) {
		List<String> block = new ArrayList<>();
		for (String line : new String[] { run.signerOnBehalf(), run.signerFor(), run.signerTitle() }) {
			if (line != null && !line.isBlank()) {
				block.add(line.toUpperCase());
			}
		}
		List<String> distribution = new ArrayList<>();
		distribution.add("- " + run.reportRecipient() + " (b/c);");
		// the plan's own distribution list, less the Department (named first) and its
		// archive line
		for (String line : this.mapper.findDistribution(run.planVersionId())) {
			String clean = line.replaceFirst("^[-\\s]+", "").strip();
			String lower = clean.toLowerCase();
			boolean department = lower.startsWith("sở kh");
			boolean archive = lower.startsWith("lưu");
			if (!department && !archive && !clean.isEmpty()) {
				distribution.add("- " + clean);
			}
		}
		distribution.add("- Lưu: VT.");
		return new Signature(block, run.signerName(), distribution);
	}

}

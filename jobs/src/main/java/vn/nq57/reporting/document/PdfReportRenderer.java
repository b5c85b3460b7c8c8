package vn.nq57.reporting.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.TargetHorizon;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;
import vn.nq57.reporting.document.ReportDocument.TaskLine;
import vn.nq57.reporting.document.ReportDocument.UnitLine;
import vn.nq57.reporting.document.ReportDocument.UnitText;

/**
 * Fills the JasperReports layouts in {@code templates/report/} with a
 * {@link ReportDocument} and exports the PDF. Layouts are compiled once per process.
 */
@Component
public class PdfReportRenderer {

	/** What a draft says on every page (Decree 30/2020/NĐ-CP). */
	public static final String DRAFT_MARK = "DỰ THẢO";

	/** The PDF fonts go into OpenPDF's cache on the first export, not at start-up. */
	private static final class PdfFonts {

		private static final List<String> LOADED = PdfFontPreloader.preload();

		/** Loads them (this class's initialisation, once, thread-safely). */
		static List<String> ensureLoaded() {
			return LOADED;
		}

	}

	/** A draft: "DỰ THẢO" under the place and date. */
	public JasperPrint fill(ReportDocument document) {
		return fill(document, true);
	}

	/**
	 * @param draft whether the document is a draft ("DỰ THẢO"), or the issued document
	 * with its number and date
	 */
	public JasperPrint fill(ReportDocument document, boolean draft) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("DRAFT_MARK", draft ? DRAFT_MARK : null);
		ReportDocument.Header header = document.header();
		parameters.put("ISSUER_PARENT", header.issuerParent());
		parameters.put("ISSUER_NAME", header.issuerName());
		parameters.put("DOCUMENT_NUMBER", header.documentNumber());
		parameters.put("PLACE_DATE", header.placeAndDate());
		parameters.put("SUMMARY_LINE", header.summaryLine());
		parameters.put("REVISION_NOTE", (document.revision() != null) ? document.revision().note() : null);
		parameters.put("OVERVIEW", overview(document));
		parameters.put("TASKS_TEXT", tasksText(document));
		parameters.put("INDICATORS_TEXT", indicatorsText(document));
		parameters.put("DIFFICULTIES", unitTexts(document.difficulties(), "Không có đơn vị nêu khó khăn, vướng mắc."));
		parameters.put("PROPOSALS", unitTexts(document.proposals(), "Không có đề xuất, kiến nghị."));
		parameters.put("NEXT_FOCUS",
				unitTexts(document.nextFocus(), "Các đơn vị tiếp tục triển khai nhiệm vụ theo Kế hoạch."));
		parameters.put("SIGNATURE_REPORT", layout("signature"));
		Map<String, Object> signature = new HashMap<>();
		signature.put("signerBlock", String.join("\n", document.signature().blockLines()));
		signature.put("signerName", document.signature().name());
		signature.put("distribution", String.join("\n", document.signature().distribution()));
		parameters.put("SIGNATURE_DATA", new JRMapCollectionDataSource(List.of(signature)));
		parameters.put("APPENDIX_TITLE",
				"Phụ lục\nTÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ\n(" + header.periodLabel() + ")");
		parameters.put("FOOTER_NOTE",
				"Báo cáo " + header.planCode() + " " + header.periodCode() + ", phiên bản " + header.reportVersion()
						+ ", lập lúc " + header.generatedAt() + "; kế hoạch phiên bản " + header.planVersion());
		parameters.put("OVERDUE_REPORT", layout("overdue-tasks"));
		parameters.put("OVERDUE_DATA", new JRMapCollectionDataSource(overdueRows(document.tasks().overdueTasks())));
		parameters.put("INDICATORS_REPORT", layout("indicators"));
		parameters.put("INDICATORS_DATA", new JRMapCollectionDataSource(indicatorRows(document.indicators())));
		parameters.put("STATUS_HEADER", statusHeader(document));
		parameters.put("EARLIER_HEADER", earlierHeader(document));
		parameters.put("UNITS_REPORT", layout("unit-completeness"));
		parameters.put("UNITS_DATA", new JRMapCollectionDataSource(unitRows(document.units())));
		parameters.put("OVERDUE_TEXT", (document.tasks().overdue() > 0) ? "Các nhiệm vụ quá hạn:" : null);
		List<TaskLine> undated = document.tasks().withoutPrintedDeadline();
		parameters.put("UNDATED_TEXT", undated.isEmpty() ? null
				: "Các nhiệm vụ Kế hoạch không ghi thời hạn (theo dõi riêng, không tính đúng hạn hay quá hạn):");
		parameters.put("UNDATED_DATA", new JRMapCollectionDataSource(overdueRows(undated)));
		parameters.put("INDICATOR_NOTES", indicatorNotes(document.indicators()));
		parameters.put("TASK_GROUPS_REPORT", layout("task-groups"));
		parameters.put("TASK_GROUPS_DATA", new JRMapCollectionDataSource(taskGroupRows(document.taskGroups())));
		parameters.put("CHART_REPORT", layout("attainment-chart"));
		boolean annual = !roadmap(document);
		parameters.put("CHART_DATA", new JRMapCollectionDataSource(chartRows(document.indicatorGroups(), annual)));
		parameters.put("CHART_LEGEND_1", annual ? "Vượt" : "Đã đạt chỉ tiêu năm");
		parameters.put("CHART_LEGEND_2", annual ? "Đạt" : "Đúng lộ trình");
		parameters.put("CHART_LEGEND_3", annual ? "Chưa đạt" : "Chậm so với lộ trình");
		parameters.put("CHART_LEGEND_OTHER", "Khác (chưa có số liệu, chưa xác định, định tính, không có mục tiêu)");
		parameters.put("CHART_SHARE_HEADER", annual ? "Đạt, vượt / tổng số" : "Đã đạt, đúng lộ trình / tổng số");
		ReportDocument.Comparison comparison = document.comparison();
		parameters.put("COMPARISON_REPORT",
				layout((comparison != null && comparison.fromPlanStart()) ? "comparison-plan-start"
						: (comparison != null && comparison.previousIsYearAgo()) ? "comparison-annual" : "comparison"));
		parameters.put("MILESTONES_REPORT", layout("milestones"));
		if (comparison != null) {
			parameters.put("COMPARISON_TITLE", comparisonTitle(comparison));
			parameters.put("COMPARISON_TEXT", comparisonText(comparison));
			parameters.put("COMPARISON_DATA", new JRMapCollectionDataSource(comparisonRows(document.indicators())));
		}
		if (!document.milestones().isEmpty()) {
			parameters.put("MILESTONES_TITLE", "4. So sánh với mục tiêu các mốc của Kế hoạch");
			parameters.put("MILESTONES_TEXT", milestonesText(document));
			parameters.put("MILESTONES_DATA", new JRMapCollectionDataSource(milestoneRows(document.milestones())));
		}
		try {
			return JasperFillManager.fillReport(layout("report"), parameters);
		}
		catch (JRException ex) {
			throw new IllegalStateException(
					"Không dựng được báo cáo " + header.planCode() + " " + header.periodCode() + ": " + ex.getMessage(),
					ex);
		}
	}

	public void exportPdf(JasperPrint print, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		// the exporter writes many small pieces: one system call each without a buffer
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
			exportPdf(print, out);
		}
		catch (JRException ex) {
			throw new IOException("Không xuất được PDF " + file + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Exports a filled report as PDF to a stream (the benchmark times this against the
	 * pipeline).
	 */
	public void exportPdf(JasperPrint print, OutputStream out) throws JRException {
		PdfFonts.ensureLoaded();
		JRPdfExporter exporter = new JRPdfExporter();
		exporter.setExporterInput(new SimpleExporterInput(print));
		exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
		exporter.exportReport();
	}

	JasperReport layout(String name) {
		return ReportLayouts.COMMUNE.get(name);
	}

	static String overview(ReportDocument document) {
		ReportDocument.Header header = document.header();
		ReportDocument.Completeness c = document.completeness();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("Kỳ báo cáo: " + header.periodLabel() + " (" + header.reportTypeName().toLowerCase()
				+ "); số liệu tính " + header.dataWindow() + "; thời hạn gửi báo cáo " + header.deadline() + ".");
		paragraphs.add("Căn cứ: " + header.planTitle() + " (mã " + header.planCode() + ", phiên bản "
				+ header.planVersion() + ").");
		paragraphs.add("Tình hình gửi báo cáo của các đơn vị: " + c.submitted() + "/" + c.expected()
				+ " đơn vị đã gửi (" + c.shareText() + "), trong đó " + c.onTime() + " đơn vị gửi đúng hạn, " + c.late()
				+ " đơn vị gửi muộn; " + c.missing() + " đơn vị chưa gửi (chi tiết tại Phụ lục).");
		if (header.estimateNote() != null) {
			paragraphs.add(header.estimateNote());
		}
		return String.join("\n", paragraphs);
	}

	static String tasksText(ReportDocument document) {
		ReportDocument.TaskSummary t = document.tasks();
		String text = "Tổng số " + t.total() + " nhiệm vụ: hoàn thành " + t.done() + "; đang triển khai "
				+ t.inProgress() + "; chưa triển khai " + t.notStarted() + "; chưa báo cáo " + t.notReported()
				+ ". Số nhiệm vụ quá hạn: " + t.overdue() + ".";
		if (!t.withoutPrintedDeadline().isEmpty()) {
			text += " Số nhiệm vụ Kế hoạch không ghi thời hạn (theo dõi riêng): " + t.withoutPrintedDeadline().size()
					+ ".";
		}
		return text + " Kết quả theo nhóm nhiệm vụ:";
	}

	/** "3. So sánh với kỳ trước và cùng kỳ năm trước", or with the year before. */
	static String comparisonTitle(ReportDocument.Comparison c) {
		if (c.fromPlanStart()) {
			return "3. So sánh với " + c.previousPeriodLabel();
		}
		if (reviewSpan(c)) {
			return "3. So sánh với kỳ trước (" + c.previousPeriodLabel() + ")";
		}
		return c.previousIsYearAgo() ? "3. So sánh với " + c.previousPeriodLabel() + " (cùng kỳ năm trước)"
				: "3. So sánh với kỳ trước (" + c.previousPeriodLabel() + ") và cùng kỳ năm trước ("
						+ c.yearAgoPeriodLabel() + ")";
	}

	static String comparisonText(ReportDocument.Comparison c) {
		if (c.fromPlanStart()) {
			return planStartText(c);
		}
		boolean year = c.previousIsYearAgo() && !reviewSpan(c);
		String previous = sentence(c.previousPeriodLabel(), year ? "năm trước" : "kỳ báo cáo cùng loại liền trước",
				year ? "Năm trước" : "Kỳ trước", c.withPreviousValue(), c.increased(), c.decreased(), c.unchanged());
		if (c.previousIsYearAgo()) {
			return previous;
		}
		return previous + " " + sentence(c.yearAgoPeriodLabel(), "cùng kỳ năm trước", "Cùng kỳ năm trước",
				c.withYearAgoValue(), c.increasedSinceYearAgo(), c.decreasedSinceYearAgo(), c.unchangedSinceYearAgo());
	}

	/** A review compared with the review before it (its code spans years: 2025-2027). */
	private static boolean reviewSpan(ReportDocument.Comparison c) {
		return c.previousPeriodCode().matches("\\d{4}-\\d{4}");
	}

	/**
	 * The plan's first review: no review before it; the catalogs record no baseline (hiện
	 * trạng), so each indicator's start is its first figure recorded from the plan's
	 * year.
	 */
	static String planStartText(ReportDocument.Comparison c) {
		String year = c.previousPeriodCode();
		String source = "Đây là kỳ sơ kết, tổng kết đầu tiên của Kế hoạch nên so với khi bắt đầu thực hiện kế hoạch (năm "
				+ year + "). Kế hoạch không ghi hiện trạng (giá trị ban đầu) của các chỉ tiêu; giá trị khi bắt đầu"
				+ " là số liệu đầu tiên của từng chỉ tiêu được ghi nhận từ năm " + year
				+ " trong các báo cáo đã hoàn thành.";
		if (c.withPreviousValue() == 0) {
			return source + " Chưa có báo cáo nào từ năm " + year
					+ " ghi nhận số liệu của các chỉ tiêu nên chưa có giá trị khi bắt đầu để so sánh; cột “Khi bắt đầu”"
					+ " để trống.";
		}
		return source + " So với khi bắt đầu: " + c.withPreviousValue() + " chỉ tiêu có số liệu, trong đó "
				+ c.increased() + " chỉ tiêu tăng, " + c.decreased() + " chỉ tiêu giảm, " + c.unchanged()
				+ " chỉ tiêu không đổi.";
	}

	private static String sentence(String label, String what, String column, int with, int up, int down, int same) {
		if (with == 0) {
			return "Chưa có báo cáo " + label + " đã hoàn thành nên chưa có số liệu " + what + " để so sánh; cột “"
					+ column + "” để trống.";
		}
		return "So với " + label + " (" + what + "): " + with + " chỉ tiêu có số liệu, trong đó " + up
				+ " chỉ tiêu tăng, " + down + " chỉ tiêu giảm, " + same + " chỉ tiêu không đổi.";
	}

	/** Whether the report judges the roadmap (interim) rather than the year. */
	static boolean roadmap(ReportDocument document) {
		return document.judging() == null || "ROADMAP".equals(document.judging().judgement());
	}

	/**
	 * The indicator table's last column: the same period a year earlier, in a review the
	 * review before it, in a plan's first review the plan's start.
	 */
	static String earlierHeader(ReportDocument document) {
		ReportDocument.Comparison c = document.comparison();
		if (c != null && c.fromPlanStart()) {
			return "Khi bắt đầu (năm " + c.previousPeriodCode() + ")";
		}
		boolean review = document.header() != null && ReportType.valueOf(document.header().reportType()).isReview();
		return review ? "Kỳ trước" : "Cùng kỳ năm trước";
	}

	static String statusHeader(ReportDocument document) {
		return (document.judging() != null) ? document.judging().statusColumn() : "Đánh giá";
	}

	static String milestonesText(ReportDocument document) {
		String text = "Kết quả thực hiện năm so với mục tiêu của mốc áp dụng: năm báo cáo là năm mốc thì đánh giá Vượt,"
				+ " Đạt, Chưa đạt so với mục tiêu đến năm đó; các năm khác ghi mức đã đạt so với mục tiêu của mốc sau"
				+ " (không kết luận so với mục tiêu của nhiều năm sau); cột cuối ghi mục tiêu của mốc tiếp theo.";
		// the estimate itself is explained once, in the overview
		return (document.header().estimateNote() != null) ? text + " Số liệu năm là số ước tính (xem mục I)." : text;
	}

	private static List<Map<String, ?>> taskGroupRows(List<ReportDocument.TaskGroupLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ReportDocument.TaskGroupLine line : lines) {
			rows.add(Map.of("group", line.group(), "total", line.total(), "done", line.done(), "inProgress",
					line.inProgress(), "notStarted", line.notStarted(), "notReported", line.notReported(), "overdue",
					line.overdue()));
		}
		return rows;
	}

	private static List<Map<String, ?>> chartRows(List<ReportDocument.IndicatorGroupLine> lines, boolean annual) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ReportDocument.IndicatorGroupLine line : lines) {
			int first = annual ? line.exceeded() : line.yearTargetReached();
			int second = annual ? line.achieved() : line.onRoadmap();
			int third = annual ? line.notAchieved() : line.behindRoadmap();
			rows.add(Map.of("group", line.group(), "bar",
					new AttainmentBar(first, second, third, line.total() - first - second - third), "share",
					(first + second) + "/" + line.total() + " (" + line.achievedShareText() + ")"));
		}
		return rows;
	}

	/**
	 * Indicators with a figure in an earlier period; the rest have nothing to compare
	 * (the text above the table says which earlier report is missing).
	 */
	private static List<Map<String, ?>> comparisonRows(List<IndicatorLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (IndicatorLine line : lines) {
			if (line.previousValue() == null && line.sameTimeLastYearValue() == null) {
				continue;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("number", line.number());
			row.put("name", line.name());
			row.put("previous", line.previous());
			row.put("yearAgo", line.sameTimeLastYear());
			row.put("actual", line.actual());
			row.put("change", line.change());
			row.put("yearAgoChange", line.changeSinceLastYear());
			row.put("status", line.statusName());
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> milestoneRows(List<ReportDocument.MilestoneLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ReportDocument.MilestoneLine line : lines) {
			Map<String, Object> row = new HashMap<>();
			row.put("number", line.number());
			row.put("name", line.name());
			row.put("milestoneTarget", line.milestoneTarget());
			row.put("actual", line.actual());
			row.put("milestoneVerdict", line.milestoneVerdict());
			row.put("nextTarget", line.nextTarget());
			rows.add(row);
		}
		return rows;
	}

	static String indicatorsText(ReportDocument document) {
		Map<String, Long> byStatus = document.indicators()
			.stream()
			.collect(Collectors.groupingBy(IndicatorLine::statusName, LinkedHashMap::new, Collectors.counting()));
		String counts = byStatus.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue())
			.collect(Collectors.joining("; "));
		String judged = roadmap(document) ? " Báo cáo trong năm đánh giá theo lộ trình đến chỉ tiêu năm "
				+ year(document)
				+ ": cột “Đạt % chỉ tiêu năm” ghi mức đã đạt so với chỉ tiêu của cả năm, cột “Cần đạt đến kỳ này”"
				+ " ghi giá trị trên lộ trình (đường thẳng từ đầu năm đến chỉ tiêu năm) tại ngày chốt số liệu;"
				+ " việc kết luận mức độ hoàn thành chỉ tiêu thuộc báo cáo năm."
				: " Báo cáo năm đánh giá Vượt, Đạt, Chưa đạt so với chỉ tiêu năm " + year(document)
						+ "; năm báo cáo là năm mốc của chỉ tiêu thì đó cũng là đánh giá so với mục tiêu của mốc.";
		return "Tổng số " + document.indicators().size() + " chỉ tiêu (" + counts + ")." + judged;
	}

	static String unitTexts(List<UnitText> texts, String whenEmpty) {
		if (texts.isEmpty()) {
			return whenEmpty;
		}
		return texts.stream().map(t -> "- " + t.unit() + ": " + t.text()).collect(Collectors.joining("\n"));
	}

	private static String year(ReportDocument document) {
		return (document.judging() != null) ? String.valueOf(document.judging().year()) : "";
	}

	private static List<Map<String, ?>> indicatorRows(List<IndicatorLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (IndicatorLine line : lines) {
			Map<String, Object> row = new HashMap<>();
			row.put("groupName", line.group());
			row.put("number", line.number());
			row.put("name", line.name());
			row.put("yearTarget", line.yearTarget());
			row.put("expected", line.expectedByPeriod());
			row.put("actual", actualCell(line));
			row.put("percent", line.percentOfYearTarget());
			row.put("status", statusCell(line));
			row.put("sameTimeLastYear", line.sameTimeLastYear());
			row.put("detail", detail(line));
			row.put("evidenceUrl", line.evidenceUrl());
			rows.add(row);
		}
		return rows;
	}

	/** The figure, and what a count counts: "2\n(lũy kế từ đầu năm)". */
	static String actualCell(IndicatorLine line) {
		if (line.actual() == null) {
			return null;
		}
		return (line.countBasis() != null) ? line.actual() + "\n(" + line.countBasis() + ")" : line.actual();
	}

	/** The status, and in a milestone year the milestone it is also the verdict of. */
	static String statusCell(IndicatorLine line) {
		boolean milestone = line.judgementName() != null && line.judgementName().startsWith("năm và mốc");
		return milestone ? line.statusName() + "\n(" + line.verdictBasis() + ")" : line.statusName();
	}

	/**
	 * What a reader needs under the row: the unit's own assessment and who made it, a
	 * published figure's source and date, how a pooled or summed figure was made; null
	 * when nothing.
	 */
	static String detail(IndicatorLine line) {
		List<String> parts = new ArrayList<>();
		if (line.selfAssessment() != null) {
			parts.add("Tự đánh giá: " + line.selfAssessment() + " — "
					+ ((line.assessedBy() != null) ? line.assessedBy() : "đơn vị báo cáo"));
		}
		if (line.published() != null) {
			parts.add("Số liệu công bố (" + line.published() + ")");
		}
		if (line.aggregationNote() != null) {
			parts.add("Số liệu " + line.aggregationNote());
		}
		return parts.isEmpty() ? null : String.join(". ", parts) + ".";
	}

	/** Task rows; a note on the deadline is printed under the task's name. */
	private static List<Map<String, ?>> overdueRows(List<TaskLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (TaskLine line : lines) {
			String name = (line.note() != null) ? line.name() + "\n(" + line.note() + ")" : line.name();
			rows.add(Map.of("number", nz(line.number()), "name", name, "lead", nz(line.lead()), "deadline",
					nz(line.deadline()), "status", line.status()));
		}
		return rows;
	}

	/**
	 * "Ghi chú:": which reading the report used where a rule leaves something open, once
	 * per kind the table shows (a target printed without a year, a year's target on the
	 * line or unknown, where the roadmap starts, ranks and ranges), then the catalog's
	 * note on each indicator whose plan is unclear; null when nothing needs saying.
	 */
	static String indicatorNotes(List<IndicatorLine> lines) {
		List<String> notes = new ArrayList<>();
		for (TargetHorizon horizon : TargetHorizon.values()) {
			String suffix = "(" + horizon.label() + ")";
			if (horizon != TargetHorizon.MILESTONE
					&& lines.stream().anyMatch(l -> l.yearTarget() != null && l.yearTarget().endsWith(suffix))) {
				notes.add("- Mục tiêu ghi “(" + horizon.label() + ")”: " + horizon.meaning() + ".");
			}
		}
		if (has(lines, l -> "LINE".equals(l.yearTargetSource()))) {
			notes
				.add("- Chỉ tiêu năm ghi “(nội suy …)”: Kế hoạch không ghi mục tiêu cho năm này; chỉ tiêu năm là giá trị"
						+ " cuối năm trên đường thẳng từ mục tiêu của mốc trước cùng loại (chỉ tiêu lũy kế: từ 0 khi bắt đầu"
						+ " Kế hoạch; chưa có mốc trước: từ số liệu đầu tiên ghi nhận) đến mục tiêu của mốc sau; với số đếm,"
						+ " thứ hạng làm tròn thành số nguyên cần đạt.");
		}
		if (has(lines, l -> "PER_YEAR".equals(l.yearTargetSource()))) {
			notes.add("- Chỉ tiêu “Mỗi năm có …”: áp dụng cho từng năm; số liệu là số lũy kế từ đầu năm.");
		}
		if (has(lines, l -> "UNKNOWN".equals(l.yearTargetSource()))) {
			notes.add("- “Chưa xác định (mốc …)”: Kế hoạch chỉ ghi mục tiêu của mốc sau, không có mốc trước cùng loại"
					+ " và chưa có số liệu ban đầu để nội suy chỉ tiêu năm; báo cáo không kết luận so với mục tiêu của"
					+ " nhiều năm sau.");
		}
		List<String> starts = new ArrayList<>();
		roadmapStart(lines, "PLAN", "từ chỉ tiêu năm trước của Kế hoạch", starts);
		roadmapStart(lines, "RECORDED", "từ số liệu cuối năm trước", starts);
		roadmapStart(lines, "ZERO_COUNT", "từ 0 với số đếm trong năm", starts);
		roadmapStart(lines, "TIME_SHARE",
				"từ 0 theo tỷ lệ thời gian đã qua của năm, vì chưa có số liệu cuối năm trước và Kế hoạch không có chỉ"
						+ " tiêu cho năm trước",
				starts);
		roadmapStart(lines, "STANDING", "bằng mục tiêu, vì chỉ tiêu thường xuyên áp dụng suốt năm", starts);
		if (!starts.isEmpty()) {
			notes.add(
					"- Cần đạt đến kỳ này: giá trị trên lộ trình (đường thẳng từ đầu năm đến chỉ tiêu năm) tại ngày chốt"
							+ " số liệu, lộ trình tính " + String.join("; ", starts) + ".");
		}
		if (has(lines, l -> AttainmentStatus.NO_ROADMAP.name().equals(l.status()))) {
			notes.add("- “Chưa xác định lộ trình”: chưa đạt chỉ tiêu năm và chưa có số liệu đầu năm để vẽ lộ trình"
					+ " (thứ hạng càng nhỏ càng tốt nên không tính từ 0).");
		}
		if (has(lines, l -> ("rank".equals(l.unit()) || "index".equals(l.unit())) && l.status() != null
				&& AttainmentStatus.valueOf(l.status()).isJudged())) {
			notes.add("- Thứ hạng, chỉ số: chỉ đánh giá, không tính tỷ lệ % (tỷ lệ giữa các thứ hạng không có ý nghĩa);"
					+ " số liệu là kết quả do cơ quan có thẩm quyền công bố, ghi kèm nguồn và ngày công bố.");
		}
		if (has(lines, l -> l.percentOfYearTarget() != null && l.percentOfYearTarget().contains("khoảng "))) {
			notes.add("- Chỉ tiêu là một khoảng: ghi vị trí của số liệu so với khoảng thay cho tỷ lệ %; trong khoảng là"
					+ " Đạt, vượt đầu trên là Vượt.");
		}
		for (IndicatorLine line : lines) {
			if (line.note() != null) {
				String number = (line.number() != null) ? line.number() + ". " : "";
				notes.add("- " + number + line.name() + ": " + line.note().replaceAll("[.\\s]+$", "") + ".");
			}
		}
		return notes.isEmpty() ? null : "Ghi chú:\n" + String.join("\n", notes);
	}

	private static boolean has(List<IndicatorLine> lines, java.util.function.Predicate<IndicatorLine> test) {
		return lines.stream().anyMatch(test);
	}

	private static void roadmapStart(List<IndicatorLine> lines, String start, String text, List<String> starts) {
		long count = lines.stream().filter(l -> start.equals(l.roadmapStart())).count();
		if (count > 0) {
			starts.add(text + " (" + count + " chỉ tiêu)");
		}
	}

	private static List<Map<String, ?>> unitRows(List<UnitLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		int number = 1;
		for (UnitLine line : lines) {
			Map<String, Object> row = new HashMap<>();
			row.put("number", String.valueOf(number++));
			row.put("unit", line.name());
			row.put("receivedAt", line.receivedAt());
			row.put("timeliness", line.timelinessName());
			rows.add(row);
		}
		return rows;
	}

	private static String nz(String value) {
		return (value != null) ? value : "";
	}

}

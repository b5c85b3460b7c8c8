package vn.nq57.reporting.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.TargetHorizon;
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

	private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

	/** The PDF fonts go into OpenPDF's cache on the first export, not at start-up. */
	private static final class PdfFonts {

		private static final List<String> LOADED = PdfFontPreloader.preload();

		/** Loads them (this class's initialisation, once, thread-safely). */
		static List<String> ensureLoaded() {
			return LOADED;
		}

	}

	public JasperPrint fill(ReportDocument document) {
		Map<String, Object> parameters = new HashMap<>();
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
		parameters.put("SIGNER_BLOCK", String.join("\n", document.signature().blockLines()));
		parameters.put("SIGNER_NAME", document.signature().name());
		parameters.put("DISTRIBUTION", String.join("\n", document.signature().distribution()));
		parameters.put("APPENDIX_TITLE",
				"Phụ lục\nTÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ\n(" + header.periodLabel() + ")");
		parameters.put("FOOTER_NOTE",
				"Báo cáo " + header.planCode() + " " + header.periodCode() + ", phiên bản " + header.reportVersion()
						+ ", lập lúc " + header.generatedAt() + "; kế hoạch phiên bản " + header.planVersion());
		parameters.put("OVERDUE_REPORT", layout("overdue-tasks"));
		parameters.put("OVERDUE_DATA", new JRMapCollectionDataSource(overdueRows(document.tasks().overdueTasks())));
		parameters.put("INDICATORS_REPORT", layout("indicators"));
		parameters.put("INDICATORS_DATA", new JRMapCollectionDataSource(indicatorRows(document.indicators())));
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
		parameters.put("CHART_DATA", new JRMapCollectionDataSource(chartRows(document.indicatorGroups())));
		parameters.put("COMPARISON_REPORT", layout("comparison"));
		parameters.put("MILESTONES_REPORT", layout("milestones"));
		ReportDocument.Comparison comparison = document.comparison();
		if (comparison != null) {
			parameters.put("COMPARISON_TITLE", "3. So sánh với " + comparison.previousPeriodLabel());
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
		return this.compiled.computeIfAbsent(name, key -> {
			String resource = "/templates/report/" + key + ".jrxml";
			try (InputStream in = PdfReportRenderer.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Thiếu mẫu báo cáo " + resource);
				}
				return JasperCompileManager.compileReport(in);
			}
			catch (IOException | JRException ex) {
				throw new IllegalStateException("Mẫu báo cáo " + resource + " không hợp lệ: " + ex.getMessage(), ex);
			}
		});
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

	static String comparisonText(ReportDocument.Comparison c) {
		if (c.withPreviousValue() == 0) {
			return "Chưa có báo cáo " + c.previousPeriodLabel()
					+ " đã hoàn thành nên chưa có số liệu kỳ trước để so sánh; cột “Kỳ trước” để trống.";
		}
		return "So với " + c.previousPeriodLabel() + " (kỳ báo cáo cùng loại liền trước): " + c.withPreviousValue()
				+ " chỉ tiêu có số liệu kỳ trước, trong đó " + c.increased() + " chỉ tiêu tăng, " + c.decreased()
				+ " chỉ tiêu giảm, " + c.unchanged() + " chỉ tiêu không đổi.";
	}

	static String milestonesText(ReportDocument document) {
		String text = "Kết quả thực hiện năm so với mục tiêu của mốc áp dụng (mốc của năm báo cáo, hoặc mốc gần nhất sau đó)"
				+ " và mục tiêu của mốc tiếp theo trong Kế hoạch.";
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

	private static List<Map<String, ?>> chartRows(List<ReportDocument.IndicatorGroupLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (ReportDocument.IndicatorGroupLine line : lines) {
			rows.add(Map.of("group", line.group(), "bar",
					new AttainmentBar(line.exceeded(), line.achieved(), line.notAchieved(), line.other()), "share",
					(line.exceeded() + line.achieved()) + "/" + line.total() + " (" + line.achievedShareText() + ")"));
		}
		return rows;
	}

	/**
	 * Indicators with a figure in this period or the previous one; the rest have nothing
	 * to compare.
	 */
	private static List<Map<String, ?>> comparisonRows(List<IndicatorLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (IndicatorLine line : lines) {
			if (line.actualValue() == null && line.previousValue() == null) {
				continue;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("number", line.number());
			row.put("name", line.name());
			row.put("previous", line.previous());
			row.put("actual", line.actual());
			row.put("change", line.change());
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
			row.put("yearTarget", line.yearTarget());
			row.put("actual", line.actual());
			row.put("status", line.statusName());
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
		return "Tổng số " + document.indicators().size() + " chỉ tiêu (" + counts + ").";
	}

	static String unitTexts(List<UnitText> texts, String whenEmpty) {
		if (texts.isEmpty()) {
			return whenEmpty;
		}
		return texts.stream().map(t -> "- " + t.unit() + ": " + t.text()).collect(Collectors.joining("\n"));
	}

	private static List<Map<String, ?>> indicatorRows(List<IndicatorLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (IndicatorLine line : lines) {
			Map<String, Object> row = new HashMap<>();
			row.put("groupName", line.group());
			row.put("number", line.number());
			row.put("name", line.name());
			row.put("target", line.target());
			row.put("expected", line.expected());
			row.put("actual", line.actual());
			row.put("ratio", line.ratio());
			row.put("status", line.statusName());
			row.put("change", line.change());
			rows.add(row);
		}
		return rows;
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
	 * "Ghi chú:", what a target printed without a year is judged against (once per kind
	 * the table shows), then the catalog's note on each indicator whose plan is unclear;
	 * null when nothing needs saying.
	 */
	static String indicatorNotes(List<IndicatorLine> lines) {
		List<String> notes = new ArrayList<>();
		for (TargetHorizon horizon : TargetHorizon.values()) {
			String suffix = "(" + horizon.label() + ")";
			if (horizon != TargetHorizon.MILESTONE
					&& lines.stream().anyMatch(l -> l.target() != null && l.target().endsWith(suffix))) {
				notes.add("- Mục tiêu ghi “(" + horizon.label() + ")”: " + horizon.meaning() + ".");
			}
		}
		for (IndicatorLine line : lines) {
			if (line.note() != null) {
				String number = (line.number() != null) ? line.number() + ". " : "";
				notes.add("- " + number + line.name() + ": " + line.note().replaceAll("[.\\s]+$", "") + ".");
			}
		}
		return notes.isEmpty() ? null : "Ghi chú:\n" + String.join("\n", notes);
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

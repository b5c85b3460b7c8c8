package vn.nq57.reporting.province;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.document.PdfReportRenderer;
import vn.nq57.reporting.document.ReportLayouts;
import vn.nq57.reporting.province.ProvinceReport.AppendixLine;
import vn.nq57.reporting.province.ProvinceReport.CommuneLine;
import vn.nq57.reporting.province.ProvinceReport.OverdueTask;
import vn.nq57.reporting.province.ProvinceReport.RankLine;
import vn.nq57.reporting.province.ProvinceReport.Reporting;
import vn.nq57.reporting.province.ProvinceReport.SharedFigure;
import vn.nq57.reporting.province.ProvinceReport.TaskCounts;
import vn.nq57.reporting.province.ProvinceReport.Tasks;

/**
 * Fills the layouts in {@code templates/province/} with a {@link ProvinceReport} and
 * exports the PDF (with the commune report's exporter and fonts). Layouts are compiled
 * once per process.
 */
@Component
public class ProvincePdfRenderer {

	private final PdfReportRenderer exporter;

	public ProvincePdfRenderer(PdfReportRenderer exporter) {
		this.exporter = exporter;
	}

	public void write(ProvinceReport report, Path file) throws IOException {
		this.exporter.exportPdf(fill(report), file);
	}

	public JasperPrint fill(ProvinceReport report) {
		ProvinceReport.Header h = report.header();
		Map<String, Object> p = new HashMap<>();
		p.put("ISSUER_PARENT", h.issuerParent());
		p.put("ISSUER_NAME", h.issuerName());
		p.put("DOCUMENT_NUMBER", "Số:        /BC-SKHCN");
		p.put("PLACE_DATE", h.placeAndDate());
		p.put("SUMMARY_LINE", h.title());
		p.put("REVISION_NOTE", (report.revision() != null) ? report.revision().note() : null);
		p.put("FOOTER_NOTE", "Báo cáo tổng hợp " + h.province() + " " + h.periodCode() + ", phiên bản " + h.version()
				+ ", lập lúc " + h.generatedAt() + "; số liệu từ báo cáo đã lưu của các xã");
		p.put("REPORTING_TEXT", reportingText(report.reporting(), h));
		p.put("COMMUNES_REPORT", layout("province-communes"));
		p.put("COMMUNES_DATA", new JRMapCollectionDataSource(communeRows(report.reporting().lines())));
		p.put("SHARED_TEXT", sharedText(report));
		p.put("SHARED_REPORT", layout("province-shared"));
		p.put("SHARED_DATA", new JRMapCollectionDataSource(sharedRows(report.sharedIndicators())));
		p.put("BEHIND_HEADER", h.interim() ? "Xã chậm so với lộ trình" : "Xã chưa đạt chỉ tiêu năm");
		List<Map<String, ?>> charts = chartRows(report.sharedIndicators());
		p.put("DISTRIBUTION_TEXT", charts.isEmpty() ? null
				: "Phân bố số liệu của các xã theo từng chỉ tiêu dùng chung (số xã trong mỗi khoảng giá trị):");
		p.put("DISTRIBUTION_REPORT", layout("province-distribution"));
		p.put("DISTRIBUTION_DATA", new JRMapCollectionDataSource(charts));
		p.put("TASKS_TEXT", tasksText(report.tasks()));
		p.put("TASKS_REPORT", layout("province-tasks"));
		p.put("TASKS_DATA", new JRMapCollectionDataSource(taskRows(report.tasks().communes())));
		p.put("OVERDUE_TEXT",
				report.tasks().overdueTasks().isEmpty() ? null : "Các nhiệm vụ quá hạn của từng xã, phường:");
		p.put("OVERDUE_REPORT", layout("province-overdue"));
		p.put("OVERDUE_DATA", new JRMapCollectionDataSource(overdueRows(report.tasks().overdueTasks())));
		p.put("RANKING_TEXT", h.interim()
				? "Các xã, phường xếp theo tỷ lệ chỉ tiêu đã đạt chỉ tiêu năm hoặc đúng lộ trình trên số chỉ tiêu được"
						+ " đánh giá theo lộ trình (không tính chỉ tiêu chưa có số liệu, định tính, chưa xác định lộ"
						+ " trình):"
				: "Các xã, phường xếp theo tỷ lệ chỉ tiêu đạt hoặc vượt chỉ tiêu năm trên số chỉ tiêu được đánh giá:");
		p.put("ON_HEADER", h.interim() ? "Đã đạt, đúng lộ trình" : "Đạt, vượt");
		p.put("RANKING_REPORT", layout("province-ranking"));
		p.put("RANKING_DATA", new JRMapCollectionDataSource(rankRows(report.ranking())));
		p.put("SOURCES_TEXT", sourcesText(report));
		p.put("DISTRIBUTION", "- Ủy ban nhân dân " + ProvinceNames.named(h.province())
				+ ";\n- Bộ Khoa học và Công nghệ;" + "\n- Lưu: VT.");
		p.put("SIGNER_BLOCK", "GIÁM ĐỐC");
		p.put("APPENDIX_TITLE", "Phụ lục\nKẾT QUẢ CỦA TỪNG XÃ, PHƯỜNG\n(" + h.periodLabel() + ")");
		List<String> keys = report.appendixIndicators();
		for (int i = 0; i < 4; i++) {
			p.put("K" + (i + 1), (i < keys.size()) ? "(" + (i + 1) + ")" : "");
		}
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			notes.add("(" + (i + 1) + ") " + nameOf(report, keys.get(i)) + " (" + keys.get(i) + ")");
		}
		p.put("APPENDIX_NOTE",
				keys.isEmpty() ? null
						: "Các cột (1)–(" + keys.size()
								+ "): số liệu thực hiện của các chỉ tiêu dùng chung có nhiều xã báo cáo" + " nhất: "
								+ String.join("; ", notes) + ".");
		p.put("APPENDIX_REPORT", layout("province-appendix"));
		p.put("APPENDIX_DATA", new JRMapCollectionDataSource(appendixRows(report.appendix(), keys.size())));
		try {
			return JasperFillManager.fillReport(layout("province-report"), p);
		}
		catch (JRException ex) {
			throw new IllegalStateException(
					"Không dựng được báo cáo tỉnh " + h.province() + " " + h.periodCode() + ": " + ex.getMessage(), ex);
		}
	}

	static String reportingText(Reporting r, ProvinceReport.Header h) {
		return "Kỳ báo cáo: " + h.periodLabel() + ". Toàn tỉnh có " + r.communes() + " xã, phường có kế hoạch; "
				+ r.made() + " xã đã lập báo cáo, " + r.sent() + " xã đã gửi Sở; " + r.onTime() + " xã đúng hạn, "
				+ r.late() + " xã muộn; " + r.missing() + " xã chưa có báo cáo"
				+ (r.missing() > 0 ? " (" + String.join(", ",
						r.lines().stream().filter(l -> l.reportVersion() == null).map(CommuneLine::commune).toList())
						+ ")" : "")
				+ ". Đúng hạn, muộn tính theo lần gửi (hoặc lần lập, nếu chưa gửi) đầu tiên của báo cáo xã so với thời"
				+ " hạn.";
	}

	static String sharedText(ProvinceReport report) {
		return "Các chỉ tiêu cùng mã dùng chung (plans/shared-indicators.yaml) được so sánh giữa các xã. Số liệu toàn"
				+ " tỉnh của chỉ tiêu tỷ lệ là tổng tử số chia tổng mẫu số của các xã (không lấy trung bình các tỷ lệ);"
				+ " của chỉ tiêu đếm là tổng số; chỉ số, xếp hạng, có/không và định tính không cộng gộp. Có "
				+ report.sharedIndicators().size() + " chỉ tiêu dùng chung:";
	}

	static String tasksText(Tasks t) {
		return "Tổng số " + t.total() + " nhiệm vụ của các xã đã báo cáo: hoàn thành " + t.done() + "; đang triển khai "
				+ t.inProgress() + "; chưa triển khai " + t.notStarted() + "; chưa báo cáo " + t.notReported()
				+ ". Số nhiệm vụ quá hạn: " + t.overdue() + ".";
	}

	static String sourcesText(ProvinceReport report) {
		List<String> used = report.reportsUsed()
			.stream()
			.map(u -> u.commune() + ((u.version() != null) ? " (phiên bản " + u.version() + ")" : " (chưa có)"))
			.toList();
		return "Báo cáo này tổng hợp từ các báo cáo xã: " + String.join("; ", used) + ".";
	}

	private static List<Map<String, ?>> communeRows(List<CommuneLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (CommuneLine l : lines) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("number", Integer.toString(l.number()));
			row.put("commune", l.commune());
			row.put("version", (l.reportVersion() != null) ? Integer.toString(l.reportVersion()) : "");
			row.put("madeAt", l.madeAt());
			row.put("sent", l.sent() ? "Đã gửi " + l.sentAt() : (l.reportVersion() != null ? "Chưa gửi" : ""));
			row.put("status", l.status());
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> sharedRows(List<SharedFigure> figures) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (SharedFigure f : figures) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("indicator", f.name() + " (" + f.sharedCode() + ")");
			row.put("communes", f.communesReporting() + "/" + f.communesWithIndicator());
			row.put("province", (f.provinceFigure() != null)
					? figure(f.provinceFigure(), f.measureUnit()) + "\n" + f.howMade() : f.howMade());
			row.put("minimum", figure(f.minimum(), f.measureUnit()));
			row.put("median", figure(f.median(), f.measureUnit()));
			row.put("maximum", figure(f.maximum(), f.measureUnit()));
			row.put("behind", f.behindRoadmap().isEmpty() ? "—" : String.join(", ", f.behindRoadmap()));
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> chartRows(List<SharedFigure> figures) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (SharedFigure f : figures) {
			if (f.distribution().isEmpty()) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("indicator", f.name());
			row.put("chart", new DistributionChart(f.distribution()));
			List<String> bands = new ArrayList<>();
			for (int i = 0; i < f.distribution().size(); i++) {
				bands.add(f.distributionLabels().get(i) + ": " + f.distribution().get(i));
			}
			row.put("bands", String.join("; ", bands));
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> taskRows(List<TaskCounts> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (TaskCounts t : lines) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("commune", t.commune());
			row.put("total", Integer.toString(t.total()));
			row.put("done", Integer.toString(t.done()));
			row.put("inProgress", Integer.toString(t.inProgress()));
			row.put("notStarted", Integer.toString(t.notStarted()));
			row.put("notReported", Integer.toString(t.notReported()));
			row.put("overdue", Integer.toString(t.overdue()));
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> overdueRows(List<OverdueTask> tasks) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (OverdueTask t : tasks) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("commune", t.commune());
			row.put("number", t.taskNumber());
			row.put("task", t.task());
			row.put("deadline", t.deadline());
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> rankRows(List<RankLine> lines) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (RankLine l : lines) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("rank", (l.rank() != null) ? Integer.toString(l.rank()) : "—");
			row.put("commune", l.commune());
			row.put("onRoadmap", Integer.toString(l.onRoadmap()));
			row.put("judged", Integer.toString(l.judged()));
			row.put("share", (l.share() != null) ? VietnameseNumbers.format(l.share(), 2) + "%"
					: l.reported() ? "Không có chỉ tiêu được đánh giá" : "Chưa có báo cáo");
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, ?>> appendixRows(List<AppendixLine> lines, int keys) {
		List<Map<String, ?>> rows = new ArrayList<>();
		for (AppendixLine l : lines) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("number", Integer.toString(l.number()));
			row.put("commune", l.commune());
			row.put("version", (l.reportVersion() != null) ? Integer.toString(l.reportVersion()) : "Chưa có");
			row.put("share", (l.onRoadmapShare() != null) ? VietnameseNumbers.format(l.onRoadmapShare(), 2) + "%" : "");
			row.put("overdue", (l.reportVersion() != null) ? Integer.toString(l.overdueTasks()) : "");
			for (int i = 0; i < 4; i++) {
				BigDecimal value = (i < keys) ? l.keyValues().get(i) : null;
				row.put("k" + (i + 1), (value != null) ? VietnameseNumbers.format(value, 2) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	/** A figure as printed: two decimals at most, "%" after a per cent. */
	static String figure(BigDecimal value, String measureUnit) {
		if (value == null) {
			return "";
		}
		return VietnameseNumbers.format(value, 2) + MeasureUnit.fromCatalogName(measureUnit).suffix();
	}

	private static String nameOf(ProvinceReport report, String code) {
		return report.sharedIndicators()
			.stream()
			.filter(f -> f.sharedCode().equals(code))
			.map(SharedFigure::name)
			.findFirst()
			.orElse(code);
	}

	JasperReport layout(String name) {
		return ReportLayouts.PROVINCE.get(name);
	}

}

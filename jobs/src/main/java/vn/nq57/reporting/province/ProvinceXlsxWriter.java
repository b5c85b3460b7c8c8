package vn.nq57.reporting.province;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.XlsxSheets;
import vn.nq57.reporting.province.ProvinceReport.AppendixLine;
import vn.nq57.reporting.province.ProvinceReport.CommuneLine;
import vn.nq57.reporting.province.ProvinceReport.CommuneValue;
import vn.nq57.reporting.province.ProvinceReport.OverdueTask;
import vn.nq57.reporting.province.ProvinceReport.RankLine;
import vn.nq57.reporting.province.ProvinceReport.SharedFigure;
import vn.nq57.reporting.province.ProvinceReport.TaskCounts;

import static vn.nq57.reporting.document.XlsxSheets.number;
import static vn.nq57.reporting.document.XlsxSheets.sheet;
import static vn.nq57.reporting.document.XlsxSheets.text;

/**
 * The province report's workbook: the same tables as the PDF, figures as numeric cells (a
 * sheet per section, one for the communes' figures of every shared indicator).
 */
@Component
public class ProvinceXlsxWriter {

	public static final String COMMUNES = "I. Báo cáo các xã";

	public static final String SHARED = "II. Chỉ tiêu dùng chung";

	public static final String SHARED_VALUES = "II. Số liệu từng xã";

	public static final String TASKS = "III. Nhiệm vụ";

	public static final String OVERDUE = "III. Nhiệm vụ quá hạn";

	public static final String RANKING = "IV. Xếp hạng";

	public static final String APPENDIX = "Phụ lục";

	/** The first data row (0-based) of every sheet. */
	public static final int FIRST_DATA_ROW = XlsxSheets.FIRST_DATA_ROW;

	public void write(ProvinceReport report, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
			Workbook workbook = new Workbook(out, "NQ57 reporting", "1.0");
			String title = report.header().title() + " (phiên bản " + report.header().version() + ")";
			communes(workbook, title, report.reporting().lines());
			shared(workbook, title, report.sharedIndicators());
			sharedValues(workbook, title, report.sharedIndicators());
			tasks(workbook, title, report.tasks().communes());
			overdue(workbook, title, report.tasks().overdueTasks());
			ranking(workbook, title, report.ranking());
			appendix(workbook, title, report);
			workbook.finish();
		}
	}

	private static void communes(Workbook workbook, String title, List<CommuneLine> lines) throws IOException {
		Worksheet sheet = sheet(workbook, COMMUNES, title, new int[] { 6, 14, 30, 10, 18, 10, 18, 22, 18 }, "TT",
				"Mã kế hoạch", "Xã, phường", "Phiên bản báo cáo", "Lập lúc", "Đã gửi", "Gửi lúc", "Thời hạn",
				"Tình trạng");
		int r = FIRST_DATA_ROW;
		for (CommuneLine line : lines) {
			sheet.value(r, 0, line.number());
			text(sheet, r, 1, line.planCode());
			text(sheet, r, 2, line.commune());
			if (line.reportVersion() != null) {
				sheet.value(r, 3, line.reportVersion());
			}
			text(sheet, r, 4, line.madeAt());
			text(sheet, r, 5, line.sent() ? "Có" : "Không");
			text(sheet, r, 6, line.sentAt());
			text(sheet, r, 7, line.deadline());
			text(sheet, r, 8, line.status());
			r++;
		}
		sheet.finish();
	}

	private static void shared(Workbook workbook, String title, List<SharedFigure> figures) throws IOException {
		Worksheet sheet = sheet(workbook, SHARED, title,
				new int[] { 34, 50, 12, 12, 12, 14, 14, 14, 40, 12, 12, 12, 50 }, "Mã dùng chung", "Chỉ tiêu",
				"Đơn vị tính", "Số xã có chỉ tiêu", "Số xã có số liệu", "Số liệu toàn tỉnh", "Σ tử số", "Σ mẫu số",
				"Cách tổng hợp", "Thấp nhất", "Trung vị", "Cao nhất", "Xã chậm so với lộ trình / chưa đạt");
		int r = FIRST_DATA_ROW;
		for (SharedFigure f : figures) {
			text(sheet, r, 0, f.sharedCode());
			text(sheet, r, 1, f.name());
			text(sheet, r, 2, f.measureUnit());
			sheet.value(r, 3, f.communesWithIndicator());
			sheet.value(r, 4, f.communesReporting());
			number(sheet, r, 5, f.provinceFigure());
			number(sheet, r, 6, f.numeratorSum());
			number(sheet, r, 7, f.denominatorSum());
			text(sheet, r, 8, f.howMade());
			number(sheet, r, 9, f.minimum());
			number(sheet, r, 10, f.median());
			number(sheet, r, 11, f.maximum());
			text(sheet, r, 12, String.join(", ", f.behindRoadmap()));
			r++;
		}
		sheet.finish();
	}

	private static void sharedValues(Workbook workbook, String title, List<SharedFigure> figures) throws IOException {
		Worksheet sheet = sheet(workbook, SHARED_VALUES, title, new int[] { 34, 14, 30, 14, 14, 14, 24 },
				"Mã dùng chung", "Mã kế hoạch", "Xã, phường", "Thực hiện", "Tử số", "Mẫu số", "Đánh giá");
		int r = FIRST_DATA_ROW;
		for (SharedFigure f : figures) {
			for (CommuneValue v : f.values()) {
				text(sheet, r, 0, f.sharedCode());
				text(sheet, r, 1, v.planCode());
				text(sheet, r, 2, v.commune());
				number(sheet, r, 3, v.value());
				number(sheet, r, 4, v.numerator());
				number(sheet, r, 5, v.denominator());
				text(sheet, r, 6, v.status());
				r++;
			}
		}
		sheet.finish();
	}

	private static void tasks(Workbook workbook, String title, List<TaskCounts> lines) throws IOException {
		Worksheet sheet = sheet(workbook, TASKS, title, new int[] { 14, 30, 10, 12, 12, 12, 12, 10 }, "Mã kế hoạch",
				"Xã, phường", "Tổng số", "Hoàn thành", "Đang triển khai", "Chưa triển khai", "Chưa báo cáo", "Quá hạn");
		int r = FIRST_DATA_ROW;
		for (TaskCounts t : lines) {
			text(sheet, r, 0, t.planCode());
			text(sheet, r, 1, t.commune());
			int[] values = { t.total(), t.done(), t.inProgress(), t.notStarted(), t.notReported(), t.overdue() };
			for (int i = 0; i < values.length; i++) {
				sheet.value(r, 2 + i, values[i]);
			}
			r++;
		}
		sheet.finish();
	}

	private static void overdue(Workbook workbook, String title, List<OverdueTask> lines) throws IOException {
		Worksheet sheet = sheet(workbook, OVERDUE, title, new int[] { 14, 30, 8, 70, 20 }, "Mã kế hoạch", "Xã, phường",
				"TT", "Nhiệm vụ", "Thời hạn");
		int r = FIRST_DATA_ROW;
		for (OverdueTask t : lines) {
			text(sheet, r, 0, t.planCode());
			text(sheet, r, 1, t.commune());
			text(sheet, r, 2, t.taskNumber());
			text(sheet, r, 3, t.task());
			text(sheet, r, 4, t.deadline());
			r++;
		}
		sheet.finish();
	}

	private static void ranking(Workbook workbook, String title, List<RankLine> lines) throws IOException {
		Worksheet sheet = sheet(workbook, RANKING, title, new int[] { 8, 14, 30, 14, 14, 16 }, "Hạng", "Mã kế hoạch",
				"Xã, phường", "Số chỉ tiêu đúng lộ trình / đạt", "Số chỉ tiêu được đánh giá", "Tỷ lệ (%)");
		int r = FIRST_DATA_ROW;
		for (RankLine line : lines) {
			if (line.rank() != null) {
				sheet.value(r, 0, line.rank());
			}
			text(sheet, r, 1, line.planCode());
			text(sheet, r, 2, line.commune());
			sheet.value(r, 3, line.onRoadmap());
			sheet.value(r, 4, line.judged());
			number(sheet, r, 5, line.share());
			r++;
		}
		sheet.finish();
	}

	private static void appendix(Workbook workbook, String title, ProvinceReport report) throws IOException {
		List<String> columns = new ArrayList<>(List.of("TT", "Mã kế hoạch", "Xã, phường", "Phiên bản báo cáo",
				"Tình trạng", "Tỷ lệ chỉ tiêu đúng lộ trình (%)", "Nhiệm vụ quá hạn"));
		columns.addAll(report.appendixIndicators());
		int[] widths = new int[columns.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = (i == 2) ? 30 : (i >= 7) ? 28 : 14;
		}
		Worksheet sheet = sheet(workbook, APPENDIX, title, widths, columns.toArray(String[]::new));
		int r = FIRST_DATA_ROW;
		for (AppendixLine line : report.appendix()) {
			sheet.value(r, 0, line.number());
			text(sheet, r, 1, line.planCode());
			text(sheet, r, 2, line.commune());
			if (line.reportVersion() != null) {
				sheet.value(r, 3, line.reportVersion());
			}
			text(sheet, r, 4, line.status());
			number(sheet, r, 5, line.onRoadmapShare());
			sheet.value(r, 6, line.overdueTasks());
			for (int i = 0; i < line.keyValues().size(); i++) {
				number(sheet, r, 7 + i, line.keyValues().get(i));
			}
			r++;
		}
		sheet.finish();
	}

}

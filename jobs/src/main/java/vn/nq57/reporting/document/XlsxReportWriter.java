package vn.nq57.reporting.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.ReportDocument.IndicatorLine;
import vn.nq57.reporting.document.ReportDocument.TaskGroupLine;
import vn.nq57.reporting.document.ReportDocument.TaskLine;
import vn.nq57.reporting.document.ReportDocument.UnitLine;

import static vn.nq57.reporting.document.XlsxSheets.number;
import static vn.nq57.reporting.document.XlsxSheets.sheet;
import static vn.nq57.reporting.document.XlsxSheets.text;

/**
 * Writes the report's tables as an .xlsx workbook, from the same {@link ReportDocument}
 * as the PDF: indicators with all their figures, tasks by group, overdue tasks, and unit
 * completeness. Figures are numeric cells, so officers can compute with them; each sheet
 * starts with the report's title on row 1 and its column names on row 3.
 * <p>
 * Written with the streaming writer fastexcel rather than Apache POI's XSSFWorkbook,
 * which cost about as much CPU per report as filling and exporting the PDF.
 */
@Component
public class XlsxReportWriter {

	public static final String INDICATORS = "Chỉ tiêu";

	public static final String TASK_GROUPS = "Nhiệm vụ theo nhóm";

	public static final String OVERDUE = "Nhiệm vụ quá hạn";

	public static final String UNITS = "Đơn vị báo cáo";

	/** The first data row (0-based) of every sheet. */
	public static final int FIRST_DATA_ROW = XlsxSheets.FIRST_DATA_ROW;

	static final String DECIMAL_FORMAT = XlsxSheets.DECIMAL_FORMAT;

	static final String WHOLE_FORMAT = XlsxSheets.WHOLE_FORMAT;

	static final String PERCENT_FORMAT = "0.0%";

	private static final String APPLICATION = "NQ57 reporting";

	/** fastexcel wants the application's version as "XX.YYYY". */
	private static final String APPLICATION_VERSION = "1.0";

	public void write(ReportDocument document, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
			Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION);
			String title = document.header().reportTitle() + " - " + document.header().issuerShort() + " (phiên bản "
					+ document.header().reportVersion() + ")";
			indicators(workbook, title, document.indicators());
			taskGroups(workbook, title, document.taskGroups());
			overdue(workbook, title, document.tasks().overdueTasks());
			units(workbook, title, document.units());
			workbook.finish();
		}
	}

	/**
	 * The indicator sheet: the same columns as the PDF's table (Chỉ tiêu năm, Cần đạt đến
	 * kỳ này, Thực hiện, Đạt % chỉ tiêu năm, Đánh giá, Cùng kỳ năm trước) and everything
	 * behind them.
	 */
	private static void indicators(Workbook workbook, String title, List<IndicatorLine> lines) throws IOException {
		Worksheet sheet = sheet(workbook, INDICATORS, title,
				new int[] { 10, 6, 30, 60, 12, 9, 18, 24, 12, 12, 18, 12, 12, 12, 22, 22, 14, 22, 12, 12, 12, 12, 12,
						30, 40, 40, 24, 40 },
				"Mã", "TT", "Nhóm chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Năm mốc", "Mục tiêu (mốc)", "Chỉ tiêu năm",
				"Cần đạt đến kỳ này", "Thực hiện", "Số liệu (lũy kế)", "Tử số", "Mẫu số", "Đạt % chỉ tiêu năm",
				"Vị trí trong khoảng", "Đánh giá", "Đánh giá theo", "So với mục tiêu của mốc", "Kỳ trước",
				"Tăng (+), giảm (-) so với kỳ trước", "Cùng kỳ năm trước", "Tăng (+), giảm (-) so với cùng kỳ",
				"Tự đánh giá", "Người đánh giá", "Minh chứng", "Số liệu công bố", "Cách tổng hợp", "Ghi chú");
		int r = FIRST_DATA_ROW;
		for (IndicatorLine line : lines) {
			text(sheet, r, 0, line.code());
			text(sheet, r, 1, line.number());
			text(sheet, r, 2, line.group());
			text(sheet, r, 3, line.name());
			text(sheet, r, 4, unitLabel(line.unit()));
			if (line.milestoneYear() != null) {
				sheet.value(r, 5, line.milestoneYear());
			}
			text(sheet, r, 6, line.milestoneTarget());
			text(sheet, r, 7, line.yearTarget());
			number(sheet, r, 8, line.expectedByPeriodValue());
			number(sheet, r, 9, line.actualValue());
			text(sheet, r, 10, line.countBasis());
			number(sheet, r, 11, line.numerator());
			number(sheet, r, 12, line.denominator());
			number(sheet, r, 13, line.percentOfYearTargetValue(), PERCENT_FORMAT);
			if (line.percentOfYearTargetValue() == null) {
				text(sheet, r, 14, line.percentOfYearTarget());
			}
			text(sheet, r, 15, line.statusName());
			text(sheet, r, 16, line.judgementName());
			text(sheet, r, 17, line.milestoneVerdict());
			number(sheet, r, 18, line.previousValue());
			number(sheet, r, 19, line.changeValue());
			number(sheet, r, 20, line.sameTimeLastYearValue());
			number(sheet, r, 21, line.changeSinceLastYearValue());
			text(sheet, r, 22, line.selfAssessment());
			text(sheet, r, 23, line.assessedBy());
			if (line.evidenceUrl() != null) {
				sheet.hyperlink(r, 24, new HyperLink(line.evidenceUrl(), line.evidenceUrl()));
			}
			text(sheet, r, 25, line.published());
			text(sheet, r, 26, line.aggregationNote());
			text(sheet, r, 27, line.note());
			r++;
		}
		sheet.finish();
	}

	private static void taskGroups(Workbook workbook, String title, List<TaskGroupLine> lines) throws IOException {
		Worksheet sheet = sheet(workbook, TASK_GROUPS, title, new int[] { 60, 10, 12, 15, 15, 13, 10 }, "Nhóm nhiệm vụ",
				"Tổng số", "Hoàn thành", "Đang triển khai", "Chưa triển khai", "Chưa báo cáo", "Quá hạn");
		int r = FIRST_DATA_ROW;
		for (TaskGroupLine line : lines) {
			text(sheet, r, 0, line.group());
			int[] counts = { line.total(), line.done(), line.inProgress(), line.notStarted(), line.notReported(),
					line.overdue() };
			for (int i = 0; i < counts.length; i++) {
				sheet.value(r, i + 1, counts[i]);
			}
			r++;
		}
		sheet.finish();
	}

	private static void overdue(Workbook workbook, String title, List<TaskLine> lines) throws IOException {
		Worksheet sheet = sheet(workbook, OVERDUE, title, new int[] { 10, 6, 60, 30, 20, 25 }, "Mã", "TT", "Nhiệm vụ",
				"Cơ quan chủ trì", "Thời hạn", "Tình trạng");
		int r = FIRST_DATA_ROW;
		for (TaskLine line : lines) {
			text(sheet, r, 0, line.code());
			text(sheet, r, 1, line.number());
			text(sheet, r, 2, line.name());
			text(sheet, r, 3, line.lead());
			text(sheet, r, 4, line.deadline());
			text(sheet, r, 5, line.status());
			r++;
		}
		sheet.finish();
	}

	private static void units(Workbook workbook, String title, List<UnitLine> lines) throws IOException {
		Worksheet sheet = sheet(workbook, UNITS, title, new int[] { 6, 10, 45, 22, 14 }, "TT", "Mã", "Đơn vị",
				"Thời điểm nhận báo cáo", "Tình trạng");
		int r = FIRST_DATA_ROW;
		for (UnitLine line : lines) {
			sheet.value(r, 0, r - FIRST_DATA_ROW + 1);
			text(sheet, r, 1, line.code());
			text(sheet, r, 2, line.name());
			text(sheet, r, 3, line.receivedAt());
			text(sheet, r, 4, line.timelinessName());
			r++;
		}
		sheet.finish();
	}

	/**
	 * The unit column as a reader reads it: "%" and "% GRDP", not the catalog's codes.
	 */
	static String unitLabel(String catalogUnit) {
		if (catalogUnit == null) {
			return null;
		}
		return switch (catalogUnit) {
			case "percent" -> "%";
			case "percent_grdp" -> "% GRDP";
			case "count" -> "số lượng";
			case "rate" -> "tỷ lệ trên số dân";
			case "index" -> "chỉ số";
			case "rank" -> "thứ hạng";
			case "boolean" -> "có/không";
			case "text" -> "định tính";
			default -> catalogUnit;
		};
	}

}

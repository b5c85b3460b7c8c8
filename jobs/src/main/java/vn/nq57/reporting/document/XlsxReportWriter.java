package vn.nq57.reporting.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.ReportDocument.IndicatorLine;
import vn.nq57.reporting.document.ReportDocument.TaskGroupLine;
import vn.nq57.reporting.document.ReportDocument.TaskLine;
import vn.nq57.reporting.document.ReportDocument.UnitLine;

/**
 * Writes the report's tables as an .xlsx workbook (Apache POI), from the same
 * {@link ReportDocument} as the PDF: indicators with all their figures, tasks by group,
 * overdue tasks, and unit completeness. Figures are numeric cells, so officers can
 * compute with them; each sheet starts with the report's title on row 1 and its column
 * names on row 3.
 */
@Component
public class XlsxReportWriter {

	public static final String INDICATORS = "Chỉ tiêu";

	public static final String TASK_GROUPS = "Nhiệm vụ theo nhóm";

	public static final String OVERDUE = "Nhiệm vụ quá hạn";

	public static final String UNITS = "Đơn vị báo cáo";

	/** The first data row (0-based) of every sheet. */
	public static final int FIRST_DATA_ROW = 3;

	public void write(ReportDocument document, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Styles styles = new Styles(workbook);
			String title = document.header().reportTitle() + " - " + document.header().issuerShort() + " (phiên bản "
					+ document.header().reportVersion() + ")";
			indicators(workbook, styles, title, document.indicators());
			taskGroups(workbook, styles, title, document.taskGroups());
			overdue(workbook, styles, title, document.tasks().overdueTasks());
			units(workbook, styles, title, document.units());
			workbook.write(out);
		}
	}

	private static void indicators(XSSFWorkbook workbook, Styles styles, String title, List<IndicatorLine> lines) {
		Sheet sheet = sheet(workbook, styles, INDICATORS, title, "Mã", "TT", "Nhóm chỉ tiêu", "Chỉ tiêu", "Đơn vị tính",
				"Năm mốc", "Mục tiêu (mốc)", "Cần đạt năm nay", "Thực hiện", "Tử số", "Mẫu số", "Tỷ lệ đạt", "Đánh giá",
				"Kỳ trước", "Tăng (+), giảm (-) so với kỳ trước");
		int r = FIRST_DATA_ROW;
		for (IndicatorLine line : lines) {
			Row row = sheet.createRow(r++);
			text(row, 0, line.code());
			text(row, 1, line.number());
			text(row, 2, line.group());
			text(row, 3, line.name());
			text(row, 4, line.unit());
			if (line.milestoneYear() != null) {
				row.createCell(5).setCellValue(line.milestoneYear());
			}
			text(row, 6, line.target());
			number(row, 7, line.expectedValue(), styles);
			number(row, 8, line.actualValue(), styles);
			number(row, 9, line.numerator(), styles);
			number(row, 10, line.denominator(), styles);
			number(row, 11, line.ratioValue(), styles.percent);
			text(row, 12, line.statusName());
			number(row, 13, line.previousValue(), styles);
			number(row, 14, line.changeValue(), styles);
		}
		widths(sheet, 10, 6, 30, 60, 12, 9, 18, 12, 12, 12, 12, 11, 16, 12, 14);
	}

	private static void taskGroups(XSSFWorkbook workbook, Styles styles, String title, List<TaskGroupLine> lines) {
		Sheet sheet = sheet(workbook, styles, TASK_GROUPS, title, "Nhóm nhiệm vụ", "Tổng số", "Hoàn thành",
				"Đang triển khai", "Chưa triển khai", "Chưa báo cáo", "Quá hạn");
		int r = FIRST_DATA_ROW;
		for (TaskGroupLine line : lines) {
			Row row = sheet.createRow(r++);
			text(row, 0, line.group());
			int[] counts = { line.total(), line.done(), line.inProgress(), line.notStarted(), line.notReported(),
					line.overdue() };
			for (int i = 0; i < counts.length; i++) {
				row.createCell(i + 1).setCellValue(counts[i]);
			}
		}
		widths(sheet, 60, 10, 12, 15, 15, 13, 10);
	}

	private static void overdue(XSSFWorkbook workbook, Styles styles, String title, List<TaskLine> lines) {
		Sheet sheet = sheet(workbook, styles, OVERDUE, title, "Mã", "TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn",
				"Tình trạng");
		int r = FIRST_DATA_ROW;
		for (TaskLine line : lines) {
			Row row = sheet.createRow(r++);
			text(row, 0, line.code());
			text(row, 1, line.number());
			text(row, 2, line.name());
			text(row, 3, line.lead());
			text(row, 4, line.deadline());
			text(row, 5, line.status());
		}
		widths(sheet, 10, 6, 60, 30, 20, 25);
	}

	private static void units(XSSFWorkbook workbook, Styles styles, String title, List<UnitLine> lines) {
		Sheet sheet = sheet(workbook, styles, UNITS, title, "TT", "Mã", "Đơn vị", "Thời điểm nhận báo cáo",
				"Tình trạng");
		int r = FIRST_DATA_ROW;
		for (UnitLine line : lines) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(r - FIRST_DATA_ROW + 1);
			text(row, 1, line.code());
			text(row, 2, line.name());
			text(row, 3, line.receivedAt());
			text(row, 4, line.timelinessName());
			r++;
		}
		widths(sheet, 6, 10, 45, 22, 14);
	}

	private static Sheet sheet(XSSFWorkbook workbook, Styles styles, String name, String title, String... columns) {
		Sheet sheet = workbook.createSheet(name);
		Row titleRow = sheet.createRow(0);
		titleRow.createCell(0).setCellValue(title);
		titleRow.getCell(0).setCellStyle(styles.bold);
		Row header = sheet.createRow(FIRST_DATA_ROW - 1);
		for (int i = 0; i < columns.length; i++) {
			header.createCell(i).setCellValue(columns[i]);
			header.getCell(i).setCellStyle(styles.header);
		}
		sheet.createFreezePane(0, FIRST_DATA_ROW);
		return sheet;
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
			row.getCell(column).setCellStyle(style);
		}
	}

	private static void number(Row row, int column, BigDecimal value, Styles styles) {
		if (value != null) {
			boolean whole = value.stripTrailingZeros().scale() <= 0;
			number(row, column, value, whole ? styles.whole : styles.decimal);
		}
	}

	private static void widths(Sheet sheet, int... characters) {
		for (int i = 0; i < characters.length; i++) {
			sheet.setColumnWidth(i, characters[i] * 256);
		}
	}

	private static final class Styles {

		final CellStyle bold;

		final CellStyle header;

		final CellStyle decimal;

		final CellStyle whole;

		final CellStyle percent;

		Styles(XSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			this.decimal = workbook.createCellStyle();
			this.decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0##"));
			this.whole = workbook.createCellStyle();
			this.whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			this.percent = workbook.createCellStyle();
			this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
		}

	}

}

package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.submission.SubmissionForm.IndicatorLine;
import vn.nq57.reporting.submission.SubmissionForm.TaskLine;

import static vn.nq57.reporting.submission.SubmissionFormLayout.*;

/**
 * Writes a unit's form as an .xlsx workbook: yellow cells are the only unlocked ones
 * (every sheet is protected, without a password: protection prevents slips, it is not a
 * lock), fixed choices are drop-down lists, and the identifiers an import relies on sit
 * in a very hidden sheet and a hidden code column.
 */
public final class SubmissionFormWriter {

	private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");

	private XSSFWorkbook workbook;

	private CellStyle title;

	private CellStyle header;

	private CellStyle label;

	private CellStyle fixed;

	private CellStyle input;

	private CellStyle inputDate;

	public void write(SubmissionForm form, LocalDateTime generatedAt, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			this.workbook = book;
			createStyles();
			writeInfo(form);
			writeIndicators(form);
			writeTasks(form);
			writeIdentifiers(form, generatedAt);
			book.lockStructure();
			book.setActiveSheet(0);
			book.write(out);
		}
	}

	private void writeInfo(SubmissionForm form) {
		XSSFSheet sheet = this.workbook.createSheet(INFO_SHEET);
		sheet.setColumnWidth(0, 32 * 256);
		sheet.setColumnWidth(1, 90 * 256);
		cell(sheet, 0, 0, "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW", this.title);
		cell(sheet, 1, 0, form.plan().issuerName() + " — " + form.period().label(), this.label);
		labelled(sheet, 3, "Đơn vị báo cáo", form.unit().name());
		labelled(sheet, 4, "Kỳ báo cáo", "Báo cáo " + form.period().label());
		labelled(sheet, 5, "Hạn gửi", form.period().deadline().map(d -> d.text()).orElse("theo yêu cầu"));
		labelled(sheet, 6, "Kế hoạch", form.plan().planCode() + " (phiên bản " + form.plan().version() + ")");
		labelled(sheet, INFO_SUBMITTED_BY_ROW, "Người lập báo cáo (họ tên, chức vụ)", null);
		labelled(sheet, INFO_RESULTS_ROW, "Kết quả đạt được trong kỳ", null);
		labelled(sheet, INFO_DIFFICULTIES_ROW, "Khó khăn, vướng mắc", null);
		labelled(sheet, INFO_PROPOSALS_ROW, "Đề xuất, kiến nghị", null);
		labelled(sheet, INFO_NEXT_FOCUS_ROW, "Nhiệm vụ trọng tâm kỳ tới", null);
		for (int row = INFO_RESULTS_ROW; row <= INFO_NEXT_FOCUS_ROW; row++) {
			sheet.getRow(row).setHeightInPoints(60);
		}
		String[] guide = { "Hướng dẫn:", "1. Chỉ điền vào các ô màu vàng; các ô khác đã khóa.",
				"2. Trang «Chỉ tiêu»: nhập giá trị thực hiện, hoặc tử số và mẫu số nếu chỉ tiêu là tỷ lệ; chỉ tiêu định tính chọn «Tự đánh giá» và ghi đường dẫn minh chứng. Chỉ tiêu đếm số lượng: nhập đúng số cột «Đơn vị tính» yêu cầu (lũy kế từ đầu năm, lũy kế từ đầu Kế hoạch, hoặc số hiện có).",
				"3. Trang «Nhiệm vụ»: chọn tình trạng trong danh sách, nhập tỷ lệ hoàn thành (0–100), kết quả, sản phẩm và ngày hoàn thành (dd/mm/yyyy).",
				"4. Số viết như 85,5 hoặc 1.234. Không dùng công thức: ô có công thức sẽ bị từ chối.",
				"5. Không đổi tên trang, không thêm hay xóa dòng; gửi lại đúng tệp này (định dạng .xlsx)." };
		for (int i = 0; i < guide.length; i++) {
			cell(sheet, 15 + i, 0, guide[i], (i == 0) ? this.title : this.label);
			sheet.addMergedRegion(new CellRangeAddress(15 + i, 15 + i, 0, 1));
		}
		protect(sheet);
	}

	private void labelled(XSSFSheet sheet, int row, String text, String value) {
		cell(sheet, row, 0, text, this.label);
		cell(sheet, row, INFO_VALUE_COLUMN, value, (value == null) ? this.input : this.fixed);
	}

	private void writeIndicators(SubmissionForm form) {
		XSSFSheet sheet = this.workbook.createSheet(INDICATOR_SHEET);
		int[] widths = { 10, 6, 60, 16, 20, 14, 12, 12, 16, 30, 36 };
		headers(sheet, "CHỈ TIÊU DO " + form.unit().name().toUpperCase(VIETNAMESE) + " THEO DÕI, BÁO CÁO",
				INDICATOR_HEADERS, widths);
		int row = FIRST_DATA_ROW;
		for (IndicatorLine line : form.indicators()) {
			cell(sheet, row, CODE_COLUMN, line.indicator().code(), this.fixed);
			cell(sheet, row, 1, line.indicator().number(), this.fixed);
			cell(sheet, row, 2, line.indicator().name(), this.fixed);
			String unit = unitText(line.indicator().measureUnit());
			cell(sheet, row, 3, (line.asks() != null) ? unit + ", " + line.asks() : unit, this.fixed);
			cell(sheet, row, 4, line.targetText(), this.fixed);
			for (int column = INDICATOR_VALUE; column <= INDICATOR_EVIDENCE; column++) {
				cell(sheet, row, column, null, this.input);
			}
			fitHeight(sheet.getRow(row), widths);
			row++;
		}
		int last = Math.max(row - 1, FIRST_DATA_ROW);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		validation(sheet,
				helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1000000000000",
						"1000000000000"),
				last, INDICATOR_VALUE, INDICATOR_DENOMINATOR, "Ô này cần một số, ví dụ 85,5.");
		validation(sheet, helper.createExplicitListConstraint(SelfAssessment.labels()), last, INDICATOR_SELF_ASSESSMENT,
				INDICATOR_SELF_ASSESSMENT, "Chọn Vượt, Đạt hoặc Chưa đạt trong danh sách.");
		sheet.setColumnHidden(CODE_COLUMN, true);
		sheet.createFreezePane(0, FIRST_DATA_ROW);
		protect(sheet);
	}

	private void writeTasks(SubmissionForm form) {
		XSSFSheet sheet = this.workbook.createSheet(TASK_SHEET);
		int[] widths = { 10, 6, 60, 24, 24, 18, 12, 40, 30, 16 };
		headers(sheet, "NHIỆM VỤ DO " + form.unit().name().toUpperCase(VIETNAMESE) + " CHỦ TRÌ", TASK_HEADERS, widths);
		int row = FIRST_DATA_ROW;
		for (TaskLine line : form.tasks()) {
			cell(sheet, row, CODE_COLUMN, line.task().code(), this.fixed);
			cell(sheet, row, 1, line.task().number(), this.fixed);
			cell(sheet, row, 2, line.task().name(), this.fixed);
			cell(sheet, row, 3, line.task().deadlineText(), this.fixed);
			cell(sheet, row, 4, line.task().output(), this.fixed);
			for (int column = TASK_STATUS; column <= TASK_OUTPUT; column++) {
				cell(sheet, row, column, null, this.input);
			}
			cell(sheet, row, TASK_COMPLETED_ON, null, this.inputDate);
			fitHeight(sheet.getRow(row), widths);
			row++;
		}
		int last = Math.max(row - 1, FIRST_DATA_ROW);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		validation(sheet, helper.createExplicitListConstraint(TaskProgressStatus.labels()), last, TASK_STATUS,
				TASK_STATUS, "Chọn tình trạng trong danh sách.");
		validation(sheet, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
				last, TASK_PERCENT, TASK_PERCENT, "Tỷ lệ hoàn thành là một số từ 0 đến 100.");
		validation(sheet,
				helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
						"DATE(2100,12,31)", "dd/mm/yyyy"),
				last, TASK_COMPLETED_ON, TASK_COMPLETED_ON, "Nhập ngày dạng dd/mm/yyyy, ví dụ 15/05/2026.");
		sheet.setColumnHidden(CODE_COLUMN, true);
		sheet.createFreezePane(0, FIRST_DATA_ROW);
		protect(sheet);
	}

	private void writeIdentifiers(SubmissionForm form, LocalDateTime generatedAt) {
		XSSFSheet sheet = this.workbook.createSheet(ID_SHEET);
		identifier(sheet, ID_FORM, "form", FORM_ID);
		identifier(sheet, ID_LAYOUT, "layout", FORM_LAYOUT_VERSION);
		identifier(sheet, ID_PLAN, "plan", form.plan().planCode());
		identifier(sheet, ID_PLAN_VERSION, "planVersion", String.valueOf(form.plan().version()));
		identifier(sheet, ID_UNIT, "unit", form.unit().code());
		identifier(sheet, ID_REPORT_TYPE, "reportType", form.period().type().name());
		identifier(sheet, ID_PERIOD, "period", form.period().code());
		identifier(sheet, ID_PERIOD + 1, "generatedAt", generatedAt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
		protect(sheet);
		this.workbook.setSheetVisibility(this.workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static void identifier(XSSFSheet sheet, int row, String key, String value) {
		Row r = sheet.createRow(row);
		r.createCell(0).setCellValue(key);
		r.createCell(1).setCellValue(value);
	}

	private void headers(XSSFSheet sheet, String heading, String[] headers, int[] widths) {
		cell(sheet, 0, 1, heading, this.title);
		for (int i = 0; i < headers.length; i++) {
			cell(sheet, HEADER_ROW, i, headers[i], this.header);
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.getRow(HEADER_ROW).setHeightInPoints(32);
	}

	private static void validation(XSSFSheet sheet, DataValidationConstraint constraint, int lastRow, int firstColumn,
			int lastColumn, String message) {
		DataValidation validation = sheet.getDataValidationHelper()
			.createValidation(constraint, new CellRangeAddressList(FIRST_DATA_ROW, lastRow, firstColumn, lastColumn));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("Giá trị không hợp lệ", message);
		validation.setShowPromptBox(false);
		sheet.addValidationData(validation);
	}

	/**
	 * Spreadsheet programs do not grow a row for wrapped text in a file they open, so the
	 * height is set from the longest text for its column's width (about one character per
	 * width unit, 15 points a line).
	 */
	private static void fitHeight(Row row, int[] widths) {
		int lines = 1;
		for (Cell cell : row) {
			if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
					&& cell.getColumnIndex() < widths.length) {
				int perLine = Math.max(1, widths[cell.getColumnIndex()] - 2);
				lines = Math.max(lines, (cell.getStringCellValue().length() + perLine - 1) / perLine);
			}
		}
		row.setHeightInPoints(Math.min(409, 15f * lines + 3));
	}

	private static void printOnWidth(XSSFSheet sheet) {
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
	}

	private static void protect(XSSFSheet sheet) {
		printOnWidth(sheet);
		sheet.enableLocking();
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private static void cell(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
		Row r = (sheet.getRow(row) != null) ? sheet.getRow(row) : sheet.createRow(row);
		Cell cell = r.createCell(column);
		if (text != null) {
			cell.setCellValue(text);
		}
		cell.setCellStyle(style);
	}

	private static String unitText(String measureUnit) {
		MeasureUnit unit = MeasureUnit.fromCatalogName(measureUnit);
		return switch (unit) {
			case PERCENT, PERCENT_GRDP -> unit.suffix();
			case COUNT -> "số lượng";
			case RATE -> "tỷ suất";
			case INDEX -> "chỉ số";
			case RANK -> "thứ hạng";
			case BOOLEAN -> "có/không";
			case TEXT -> "định tính";
		};
	}

	private void createStyles() {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.title = this.workbook.createCellStyle();
		this.title.setFont(bold);
		this.header = bordered();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.label = this.workbook.createCellStyle();
		this.label.setVerticalAlignment(VerticalAlignment.TOP);
		this.fixed = bordered();
		this.input = bordered();
		this.input.setLocked(false);
		this.input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		this.input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.inputDate = this.workbook.createCellStyle();
		this.inputDate.cloneStyleFrom(this.input);
		this.inputDate.setDataFormat(this.workbook.createDataFormat().getFormat("dd/mm/yyyy"));
	}

	private CellStyle bordered() {
		CellStyle style = this.workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

}

package vn.nq57.reporting.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.nq57.reporting.submission.ReceivedSubmission.Header;
import vn.nq57.reporting.submission.ReceivedSubmission.NarrativeFields;
import vn.nq57.reporting.submission.ReceivedSubmission.ProgressRow;
import vn.nq57.reporting.submission.ReceivedSubmission.Receipt;
import vn.nq57.reporting.submission.ReceivedSubmission.ValueRow;

import static vn.nq57.reporting.submission.SubmissionFormLayout.*;

/**
 * Reads a filled form, refusing hostile files before parsing more than it must: the
 * file's size and signature first, then the zip (POI's ZipSecureFile stops zip bombs
 * while inflating), then each part's size and any link to other workbooks, data sources
 * or macros — only then the workbook itself, whose XML POI parses with DOCTYPE and
 * entities refused. Formulas are reported, never evaluated.
 */
public final class SubmissionFormReader {

	private static final Set<String> LINKING_CONTENT_TYPES = Set.of(
			"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.queryTable+xml",
			"application/vnd.ms-office.vbaProject", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");

	private static final String WORKSHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private final SpreadsheetLimits limits;

	public SubmissionFormReader(SpreadsheetLimits limits) {
		this.limits = limits;
	}

	public ReceivedSubmission read(Receipt receipt) {
		if (receipt.payload() == null || receipt.sizeBytes() > this.limits.maxFileBytes()) {
			return refused(receipt, SubmissionErrorCode.FILE_TOO_LARGE,
					"Tệp lớn " + receipt.sizeBytes() + " byte, quá giới hạn " + this.limits.maxFileBytes()
							+ " byte. Một phiếu báo cáo chỉ vài chục KB.");
		}
		FileMagic magic;
		try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(receipt.payload()))) {
			magic = FileMagic.valueOf(in);
		}
		catch (IOException ex) {
			magic = FileMagic.UNKNOWN;
		}
		if (magic != FileMagic.OOXML) {
			return refused(receipt, SubmissionErrorCode.FILE_NOT_XLSX, (magic == FileMagic.OLE2)
					? "Tệp là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu; hãy lưu lại thành .xlsx (Excel Workbook) không mật khẩu rồi gửi lại."
					: "Tệp không phải bảng tính .xlsx; hãy gửi lại đúng biểu mẫu đã nhận (định dạng .xlsx).");
		}
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(this.limits.maxPartBytes());
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(new ByteArrayInputStream(receipt.payload()));
		}
		catch (Exception ex) {
			return refused(receipt, unsafe(ex) ? SubmissionErrorCode.FILE_UNSAFE : SubmissionErrorCode.FILE_UNREADABLE,
					unsafe(ex)
							? "Tệp nén bất thường (giải nén ra quá lớn so với kích thước tệp); tệp bị từ chối để bảo vệ hệ thống."
							: "Không mở được tệp: tệp bị hỏng hoặc không phải bảng tính .xlsx.");
		}
		try (pkg) {
			for (PackagePart part : pkg.getParts()) {
				if (LINKING_CONTENT_TYPES.contains(part.getContentType())) {
					return refused(receipt, SubmissionErrorCode.EXTERNAL_LINK,
							"Tệp có liên kết tới bảng tính hoặc nguồn dữ liệu khác, hoặc có macro ("
									+ part.getPartName() + "); hãy nhập giá trị trực tiếp vào biểu mẫu gốc.");
				}
				if (WORKSHEET_CONTENT_TYPE.equals(part.getContentType())
						&& size(part) > this.limits.maxPartBytes() / 4) {
					return refused(receipt, SubmissionErrorCode.SHEET_TOO_LARGE,
							"Một trang của tệp (" + part.getPartName() + ") quá lớn so với một phiếu báo cáo (trên "
									+ this.limits.maxPartBytes() / 4 + " byte khi giải nén).");
				}
			}
			try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
				return readWorkbook(receipt, workbook);
			}
		}
		catch (Exception ex) {
			return refused(receipt, unsafe(ex) ? SubmissionErrorCode.FILE_UNSAFE : SubmissionErrorCode.FILE_UNREADABLE,
					"Không đọc được bảng tính: tệp bị hỏng, hoặc có nội dung XML không được phép (DOCTYPE, thực thể).");
		}
	}

	/**
	 * The unzipped size of a part, counted without parsing it (stops counting past the
	 * limit).
	 */
	private long size(PackagePart part) throws IOException {
		long limit = this.limits.maxPartBytes() / 4 + 1;
		try (InputStream in = part.getInputStream()) {
			long total = 0;
			byte[] buffer = new byte[65536];
			for (int n; total < limit && (n = in.read(buffer)) > 0;) {
				total += n;
			}
			return total;
		}
	}

	private ReceivedSubmission readWorkbook(Receipt receipt, XSSFWorkbook workbook) {
		Sheet ids = workbook.getSheet(ID_SHEET);
		Sheet info = workbook.getSheet(INFO_SHEET);
		Sheet indicators = workbook.getSheet(INDICATOR_SHEET);
		Sheet tasks = workbook.getSheet(TASK_SHEET);
		if (ids == null || info == null || indicators == null || tasks == null || !FORM_ID.equals(plain(ids, ID_FORM))
				|| !FORM_LAYOUT_VERSION.equals(plain(ids, ID_LAYOUT))) {
			return refused(receipt, SubmissionErrorCode.FORM_UNKNOWN,
					"Tệp không phải biểu mẫu báo cáo do hệ thống lập (thiếu trang hoặc mã nhận diện). Hãy lấy biểu mẫu bằng "
							+ "./reports submission form và điền vào đó.");
		}
		List<SubmissionError> errors = new ArrayList<>();
		for (Sheet sheet : workbook) {
			if (sheet.getLastRowNum() >= this.limits.maxRowsPerSheet()) {
				return refused(receipt, SubmissionErrorCode.SHEET_TOO_LARGE,
						"Trang «" + sheet.getSheetName() + "» có " + (sheet.getLastRowNum() + 1)
								+ " dòng, quá giới hạn " + this.limits.maxRowsPerSheet() + " dòng.");
			}
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.FORMULA) {
						errors.add(new SubmissionError(SubmissionErrorCode.FORMULA_NOT_ALLOWED,
								at(sheet, row.getRowNum(), cell.getColumnIndex()),
								"Ô có công thức («=" + shorten(cell.getCellFormula())
										+ "»); công thức không được tính. Hãy nhập giá trị trực tiếp."));
					}
				}
			}
		}
		Header header = new Header(field(ids, ID_PLAN, 1), field(ids, ID_PLAN_VERSION, 1), field(ids, ID_UNIT, 1),
				field(ids, ID_REPORT_TYPE, 1), field(ids, ID_PERIOD, 1),
				field(info, INFO_SUBMITTED_BY_ROW, INFO_VALUE_COLUMN));
		List<ValueRow> values = new ArrayList<>();
		for (int r = FIRST_DATA_ROW; r <= indicators.getLastRowNum(); r++) {
			values.add(new ValueRow(field(indicators, r, CODE_COLUMN), field(indicators, r, INDICATOR_VALUE),
					field(indicators, r, INDICATOR_NUMERATOR), field(indicators, r, INDICATOR_DENOMINATOR),
					field(indicators, r, INDICATOR_SELF_ASSESSMENT), field(indicators, r, INDICATOR_NOTE),
					field(indicators, r, INDICATOR_EVIDENCE)));
		}
		List<ProgressRow> progress = new ArrayList<>();
		for (int r = FIRST_DATA_ROW; r <= tasks.getLastRowNum(); r++) {
			progress.add(new ProgressRow(field(tasks, r, CODE_COLUMN), field(tasks, r, TASK_STATUS),
					field(tasks, r, TASK_PERCENT), field(tasks, r, TASK_RESULT), field(tasks, r, TASK_OUTPUT),
					field(tasks, r, TASK_COMPLETED_ON)));
		}
		NarrativeFields narrative = new NarrativeFields(field(info, INFO_RESULTS_ROW, INFO_VALUE_COLUMN),
				field(info, INFO_DIFFICULTIES_ROW, INFO_VALUE_COLUMN),
				field(info, INFO_PROPOSALS_ROW, INFO_VALUE_COLUMN),
				field(info, INFO_NEXT_FOCUS_ROW, INFO_VALUE_COLUMN));
		return new ReceivedSubmission(receipt, header, values, progress, narrative, errors);
	}

	private static RawField field(Sheet sheet, int row, int column) {
		return new RawField(text(sheet, row, column), at(sheet, row, column));
	}

	/**
	 * A cell's value as text: numbers in plain notation, dates as ISO dates; formulas
	 * give nothing.
	 */
	private static String text(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		Cell cell = (r == null) ? null : r.getCell(column);
		if (cell == null) {
			return null;
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString() : number(cell);
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> "#" + cell.getErrorCellValue();
			default -> null;
		};
	}

	/**
	 * "72,5%" typed into a cell is stored by Excel as 0.725 shown in a per-cent format:
	 * read it as 72.5.
	 */
	private static String number(Cell cell) {
		double number = cell.getNumericCellValue();
		if (!Double.isFinite(number)) {
			// a crafted <v>1e400</v> reads as Infinity: refused at its cell, not as the
			// file
			return Double.toString(number);
		}
		BigDecimal value = BigDecimal.valueOf(number);
		String format = cell.getCellStyle().getDataFormatString();
		if (format != null && format.contains("%")) {
			value = value.movePointRight(2);
		}
		return value.stripTrailingZeros().toPlainString();
	}

	private static String plain(Sheet sheet, int row) {
		String text = text(sheet, row, 1);
		return (text == null) ? null : text.strip();
	}

	private static Location at(Sheet sheet, int row, int column) {
		return Location.cell(sheet.getSheetName(), row + 1, columnLetter(column));
	}

	private static ReceivedSubmission refused(Receipt receipt, SubmissionErrorCode code, String message) {
		return ReceivedSubmission.unreadable(receipt,
				List.of(new SubmissionError(code, Location.wholeFile(), message)));
	}

	/** POI says "Zip bomb detected!" or that an entry exceeds the size limit. */
	private static boolean unsafe(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
			if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("exceeds")
					|| message.contains("max. entry size")) {
				return true;
			}
		}
		return false;
	}

	private static String shorten(String text) {
		return (text.length() > 60) ? text.substring(0, 59) + "…" : text;
	}

}

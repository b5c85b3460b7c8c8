package vn.nq57.reporting.submission;

/**
 * Where things are in the spreadsheet form; the writer and the reader share it, so a form
 * made by one version of the layout is read by the same. Rows and columns are 0-based
 * here; messages show 1-based rows and letters.
 */
final class SubmissionFormLayout {

	static final String FORM_ID = "NQ57-SUBMISSION-FORM";

	static final String FORM_LAYOUT_VERSION = "1";

	static final String INFO_SHEET = "Thông tin";

	static final String INDICATOR_SHEET = "Chỉ tiêu";

	static final String TASK_SHEET = "Nhiệm vụ";

	/** Very hidden: the identifiers an import relies on. */
	static final String ID_SHEET = "_ma_bieu_mau";

	// identifier sheet: key in column A, value in column B
	static final int ID_FORM = 0;

	static final int ID_LAYOUT = 1;

	static final int ID_PLAN = 2;

	static final int ID_PLAN_VERSION = 3;

	static final int ID_UNIT = 4;

	static final int ID_REPORT_TYPE = 5;

	static final int ID_PERIOD = 6;

	// information sheet: labels in column A, values and inputs in column B
	static final int INFO_VALUE_COLUMN = 1;

	static final int INFO_SUBMITTED_BY_ROW = 8;

	static final int INFO_RESULTS_ROW = 10;

	static final int INFO_DIFFICULTIES_ROW = 11;

	static final int INFO_PROPOSALS_ROW = 12;

	static final int INFO_NEXT_FOCUS_ROW = 13;

	// both row sheets: a title, a header row, then one row per indicator or task
	static final int HEADER_ROW = 2;

	static final int FIRST_DATA_ROW = 3;

	/** Hidden column holding the indicator's or task's code. */
	static final int CODE_COLUMN = 0;

	static final int INDICATOR_VALUE = 5;

	static final int INDICATOR_NUMERATOR = 6;

	static final int INDICATOR_DENOMINATOR = 7;

	static final int INDICATOR_SELF_ASSESSMENT = 8;

	static final int INDICATOR_NOTE = 9;

	static final int INDICATOR_EVIDENCE = 10;

	static final String[] INDICATOR_HEADERS = { "Mã", "STT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu kế hoạch",
			"Giá trị thực hiện", "Tử số", "Mẫu số", "Tự đánh giá (chỉ tiêu định tính)", "Ghi chú",
			"Đường dẫn minh chứng" };

	static final int TASK_STATUS = 5;

	static final int TASK_PERCENT = 6;

	static final int TASK_RESULT = 7;

	static final int TASK_OUTPUT = 8;

	static final int TASK_COMPLETED_ON = 9;

	static final String[] TASK_HEADERS = { "Mã", "STT", "Tên nhiệm vụ", "Thời hạn", "Sản phẩm dự kiến", "Tình trạng",
			"Tỷ lệ hoàn thành (%)", "Kết quả thực hiện", "Sản phẩm đầu ra", "Ngày hoàn thành" };

	private SubmissionFormLayout() {
	}

	static String columnLetter(int column) {
		return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
	}

}

package vn.nq57.reporting.document;

import java.math.BigDecimal;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * How the report workbooks (a commune's, a province's) lay out a sheet and write a cell:
 * the title on row 1, the column names on row 3, data from row 4; empty values leave the
 * cell empty; numbers are numeric cells.
 */
public final class XlsxSheets {

	/** The first row of data (0-based): the title, an empty row, the column names. */
	public static final int FIRST_DATA_ROW = 3;

	public static final String DECIMAL_FORMAT = "#,##0.0##";

	public static final String WHOLE_FORMAT = "#,##0";

	private XlsxSheets() {
	}

	/**
	 * A new sheet with the title in bold on row 1, the column names in bold (wrapped) on
	 * row 3, the rows above the data frozen, and the columns' widths in characters.
	 * Widths and the frozen pane go before any row, as fastexcel writes them ahead of the
	 * rows.
	 */
	public static Worksheet sheet(Workbook workbook, String name, String title, int[] widths, String... columns) {
		Worksheet sheet = workbook.newWorksheet(name);
		for (int i = 0; i < widths.length; i++) {
			sheet.width(i, widths[i]);
		}
		sheet.freezePane(0, FIRST_DATA_ROW);
		sheet.value(0, 0, title);
		sheet.style(0, 0).bold().set();
		for (int i = 0; i < columns.length; i++) {
			sheet.value(FIRST_DATA_ROW - 1, i, columns[i]);
			sheet.style(FIRST_DATA_ROW - 1, i).bold().wrapText(true).set();
		}
		return sheet;
	}

	public static void text(Worksheet sheet, int row, int column, String value) {
		if (value != null) {
			sheet.value(row, column, value);
		}
	}

	public static void number(Worksheet sheet, int row, int column, BigDecimal value, String format) {
		if (value != null) {
			sheet.value(row, column, value.doubleValue());
			sheet.style(row, column).format(format).set();
		}
	}

	/** Whole numbers without decimals, others with one to three. */
	public static void number(Worksheet sheet, int row, int column, BigDecimal value) {
		if (value != null) {
			boolean whole = value.stripTrailingZeros().scale() <= 0;
			number(sheet, row, column, value, whole ? WHOLE_FORMAT : DECIMAL_FORMAT);
		}
	}

}

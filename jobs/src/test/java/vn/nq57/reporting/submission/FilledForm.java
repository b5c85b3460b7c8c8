package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a generated form the way a person does in Excel: finds the row by the name they
 * read and the column by its heading, types into yellow (unlocked) cells only, and picks
 * fixed choices from the cell's drop-down list.
 */
public final class FilledForm implements AutoCloseable {

	private final XSSFWorkbook workbook;

	private FilledForm(XSSFWorkbook workbook) {
		this.workbook = workbook;
	}

	public static FilledForm open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new FilledForm(new XSSFWorkbook(in));
		}
	}

	XSSFWorkbook workbook() {
		return this.workbook;
	}

	/**
	 * Types text or a number into the cell of the row whose name starts with
	 * {@code rowName}.
	 */
	public FilledForm type(String sheetName, String rowName, String heading, Object value) {
		Cell cell = inputCell(sheetName, rowName, heading);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof java.time.LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue(String.valueOf(value));
		}
		return this;
	}

	/**
	 * Picks an entry of the cell's drop-down list, failing if the list does not offer it.
	 */
	FilledForm pick(String sheetName, String rowName, String heading, String choice) {
		Cell cell = inputCell(sheetName, rowName, heading);
		XSSFSheet sheet = this.workbook.getSheet(sheetName);
		List<String> offered = sheet.getDataValidations()
			.stream()
			.filter(v -> covers(v, cell))
			.map(v -> v.getValidationConstraint().getExplicitListValues())
			.filter(values -> values != null)
			.flatMap(Arrays::stream)
			.toList();
		if (!offered.contains(choice)) {
			throw new AssertionError("The list of " + heading + " offers " + offered + ", not " + choice);
		}
		cell.setCellValue(choice);
		return this;
	}

	/** Types into the information sheet's input beside a label. */
	FilledForm typeInfo(String label, String text) {
		XSSFSheet sheet = this.workbook.getSheet("Thông tin");
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getStringCellValue().startsWith(label)) {
				Cell input = row.getCell(1);
				requireUnlocked(input);
				input.setCellValue(text);
				return this;
			}
		}
		throw new AssertionError("No label " + label);
	}

	public void saveAs(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			this.workbook.write(out);
		}
	}

	Cell inputCell(String sheetName, String rowName, String heading) {
		XSSFSheet sheet = this.workbook.getSheet(sheetName);
		int column = -1;
		int headerRow = -1;
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
						&& cell.getStringCellValue().equals(heading)) {
					column = cell.getColumnIndex();
					headerRow = row.getRowNum();
				}
			}
		}
		if (column < 0) {
			throw new AssertionError("No column headed " + heading + " in " + sheetName);
		}
		for (Row row : sheet) {
			Cell name = row.getCell(2);
			if (row.getRowNum() > headerRow && name != null && name.getStringCellValue().startsWith(rowName)) {
				Cell cell = row.getCell(column);
				requireUnlocked(cell);
				return cell;
			}
		}
		throw new AssertionError("No row " + rowName + " in " + sheetName);
	}

	private static void requireUnlocked(Cell cell) {
		CellStyle style = cell.getCellStyle();
		if (style.getLocked()) {
			throw new AssertionError("A person cannot type into the locked cell " + cell.getAddress());
		}
	}

	private static boolean covers(DataValidation validation, Cell cell) {
		for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
			if (range.isInRange(cell)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

}

package vn.nq57.reporting.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table printed for a person (aligned columns) or for a program (CSV, RFC 4180
 * quoting).
 */
final class Table {

	/** The byte order mark that starts CSV output. */
	static final char BOM = '\uFEFF';

	private final List<String> headers;

	private final List<List<String>> rows = new ArrayList<>();

	Table(String... headers) {
		this.headers = List.of(headers);
	}

	Table row(Object... cells) {
		List<String> row = new ArrayList<>();
		for (Object cell : cells) {
			row.add((cell == null) ? "" : String.valueOf(cell));
		}
		this.rows.add(row);
		return this;
	}

	void print(PrintStream out, String format) {
		print(out, format, true);
	}

	/**
	 * @param first whether this table starts the output: CSV then begins with a byte
	 * order mark, so that Excel on Windows reads it as UTF-8 and shows Vietnamese
	 */
	void print(PrintStream out, String format, boolean first) {
		if ("csv".equalsIgnoreCase(format)) {
			if (first) {
				out.print(BOM);
			}
			out.println(csvLine(this.headers));
			this.rows.forEach(row -> out.println(csvLine(row)));
			return;
		}
		int[] widths = new int[this.headers.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = this.headers.get(i).length();
			for (List<String> row : this.rows) {
				widths[i] = Math.max(widths[i], Math.min(row.get(i).length(), 60));
			}
		}
		out.println(aligned(this.headers, widths));
		StringBuilder rule = new StringBuilder();
		for (int width : widths) {
			rule.append("-".repeat(width)).append("  ");
		}
		out.println(rule.toString().stripTrailing());
		this.rows.forEach(row -> out.println(aligned(row, widths)));
	}

	private static String aligned(List<String> cells, int[] widths) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (cell.length() > 60) {
				cell = cell.substring(0, 59) + "…";
			}
			line.append(cell).append(" ".repeat(Math.max(0, widths[i] - cell.length()))).append("  ");
		}
		return line.toString().stripTrailing();
	}

	private static String csvLine(List<String> cells) {
		return cells.stream().map(Table::csvCell).collect(Collectors.joining(","));
	}

	private static String csvCell(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

}

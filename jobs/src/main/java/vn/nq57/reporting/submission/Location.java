package vn.nq57.reporting.submission;

/**
 * Where in what was received a problem lies: a spreadsheet cell (sheet, 1-based row,
 * column letter), a JSON field path, or the file as a whole.
 */
public record Location(String sheet, Integer row, String column, String field) {

	public static Location cell(String sheet, int row, String column) {
		return new Location(sheet, row, column, null);
	}

	public static Location sheet(String sheet) {
		return new Location(sheet, null, null, null);
	}

	public static Location field(String path) {
		return new Location(null, null, null, path);
	}

	public static Location wholeFile() {
		return new Location(null, null, null, null);
	}

	/**
	 * "trang «Chỉ tiêu», dòng 7, cột F", "trường values[2].numerator" or "toàn bộ tệp".
	 */
	public String text() {
		if (this.field != null) {
			return "trường " + this.field;
		}
		if (this.sheet == null) {
			return "toàn bộ tệp";
		}
		StringBuilder text = new StringBuilder("trang «").append(this.sheet).append('»');
		if (this.row != null) {
			text.append(", dòng ").append(this.row);
		}
		if (this.column != null) {
			text.append(", cột ").append(this.column);
		}
		return text.toString();
	}

}

package vn.nq57.reporting.issuance;

/**
 * An area on a page for a signature's appearance, in PDF points with the origin at the
 * page's lower-left corner (as PDFBox reports text positions).
 *
 * @param page the page, from 1
 */
public record Placement(int page, float x, float y, float width, float height) {

	public Placement {
		if (page < 1 || width <= 0 || height <= 0) {
			throw new IllegalArgumentException(
					"Vị trí chữ ký không hợp lệ: trang " + page + ", " + width + " × " + height + " pt");
		}
	}

	public float centreX() {
		return this.x + this.width / 2;
	}

	public float top() {
		return this.y + this.height;
	}

}

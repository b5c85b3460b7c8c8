package vn.nq57.reporting.catalog;

/**
 * The number line of an issuer's documents, blank until issuance gives the number.
 */
public final class DocumentNumber {

	private DocumentNumber() {
	}

	/**
	 * "Số: /BC-UBND" for a state body (Decree 30/2020/NĐ-CP); "Số -BC/ĐU" for a party
	 * committee, which numbers "Số 12-BC/ĐU".
	 */
	public static String blank(String numbering, String prefix) {
		return "party".equals(numbering) ? "Số      -" + prefix : "Số:        /" + prefix;
	}

}

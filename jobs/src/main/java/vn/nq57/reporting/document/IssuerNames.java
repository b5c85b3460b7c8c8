package vn.nq57.reporting.document;

/**
 * Lays out body names for the top-left header of an administrative document (Decree
 * 30/2020/NĐ-CP): the parent body on one line, abbreviating "ỦY BAN NHÂN DÂN" to "UBND"
 * as documents do; the issuing body on two lines, the kind of body over its locality.
 */
final class IssuerNames {

	private static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN ";

	private IssuerNames() {
	}

	static String parentLine(String parent) {
		String upper = parent.toUpperCase().strip();
		return upper.startsWith(PEOPLES_COMMITTEE) ? "UBND " + upper.substring(PEOPLES_COMMITTEE.length()) : upper;
	}

	static String issuerLines(String issuer) {
		String upper = issuer.toUpperCase().strip();
		for (String kind : new String[] { PEOPLES_COMMITTEE, "ĐẢNG ỦY ", "BAN THƯỜNG VỤ ĐẢNG ỦY " }) {
			if (upper.startsWith(kind) && upper.length() > kind.length()) {
				return kind.strip() + "\n" + upper.substring(kind.length());
			}
		}
		return upper;
	}

}

package vn.nq57.reporting.issuance;

import java.util.Locale;

/**
 * How a document's number and symbol are printed.
 * <ul>
 * <li>{@link #STATE}: state bodies (Decree 30/2020/NĐ-CP, Appendix I): "Số: 05/BC-UBND",
 * the number, a slash, the kind of document and the issuer joined by a hyphen.</li>
 * <li>{@link #PARTY}: party committees (Hướng dẫn 36-HD/VPTW): "Số 05-BC/ĐU", the number
 * and the kind joined by a hyphen, a slash, the issuer; no colon.</li>
 * </ul>
 * Numbers under 10 take a leading 0 (numbering starts at 01 each year).
 */
public enum DocumentNumberStyle {

	STATE, PARTY;

	/**
	 * The style of an issuer, from its name as the catalog gives it: party committees
	 * ("ĐẢNG ỦY XÃ …", "BAN THƯỜNG VỤ ĐẢNG ỦY …", "ĐẢNG BỘ …") number the party's way,
	 * every other body the state's.
	 */
	public static DocumentNumberStyle ofIssuer(String issuerName) {
		String name = issuerName.strip().toUpperCase(Locale.ROOT).replace("UỶ", "ỦY");
		return (name.startsWith("ĐẢNG ỦY") || name.startsWith("BAN THƯỜNG VỤ ĐẢNG ỦY") || name.startsWith("ĐẢNG BỘ")
				|| name.startsWith("BAN CHẤP HÀNH ĐẢNG BỘ")) ? PARTY : STATE;
	}

	/**
	 * @param kind the kind of document, e.g. "BC" (báo cáo)
	 * @param issuer the issuer's abbreviation, e.g. "UBND" or "ĐU"
	 */
	public String format(int number, String kind, String issuer) {
		if (number < 1) {
			throw new IllegalArgumentException("Số văn bản phải từ 1: " + number);
		}
		String padded = String.format(Locale.ROOT, "%02d", number);
		return switch (this) {
			case STATE -> "Số: " + padded + "/" + kind + "-" + issuer;
			case PARTY -> "Số " + padded + "-" + kind + "/" + issuer;
		};
	}

	/**
	 * @param symbol the catalog's document prefix, kind and issuer joined by the first
	 * hyphen or slash: "BC-UBND", "BC-ĐU", "BC/ĐU" (a party committee's catalog writes it
	 * as printed)
	 */
	public String format(int number, String symbol) {
		int hyphen = symbol.replace('/', '-').indexOf('-');
		if (hyphen <= 0 || hyphen == symbol.length() - 1) {
			throw new IllegalArgumentException(
					"Ký hiệu văn bản «" + symbol + "» không đúng dạng LOẠI-CƠ QUAN (ví dụ BC-UBND, BC/ĐU)");
		}
		return format(number, symbol.substring(0, hyphen), symbol.substring(hyphen + 1));
	}

}

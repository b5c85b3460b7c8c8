package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese documents write them: decimal comma, dot between thousands
 * ("1.234,5"; "85,5%"; "0,97").
 *
 * <p>
 * Reading rule: with both separators, the last one is the decimal separator; a lone comma
 * is a decimal comma; several dots separate thousands; a lone dot separates thousands
 * only when exactly three digits follow it and one to three digits not starting with 0
 * precede it ("1.234" is 1234), otherwise it is a decimal point ("85.5", "2.25", "0.975",
 * "1234.567").
 */
public final class VietnameseNumbers {

	private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[+-]?[0-9][0-9.,]*");

	private static final Pattern GROUPED_THOUSANDS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private VietnameseNumbers() {
	}

	/**
	 * Exact value, trailing zeros dropped: 100 → "100", 85.50 → "85,5", 1234 → "1.234".
	 */
	public static String format(BigDecimal value) {
		BigDecimal plain = stripZeros(value);
		String digits = plain.abs().toPlainString();
		int dot = digits.indexOf('.');
		String whole = dot < 0 ? digits : digits.substring(0, dot);
		String fraction = dot < 0 ? "" : digits.substring(dot + 1);
		StringBuilder out = new StringBuilder();
		if (plain.signum() < 0) {
			out.append('-');
		}
		out.append(groupThousands(whole));
		if (!fraction.isEmpty()) {
			out.append(',').append(fraction);
		}
		return out.toString();
	}

	/**
	 * Rounded HALF_UP to at most {@code maxDecimals}, then as
	 * {@link #format(BigDecimal)}.
	 */
	public static String format(BigDecimal value, int maxDecimals) {
		return format(value.setScale(maxDecimals, RoundingMode.HALF_UP));
	}

	/** A per-cent figure: 85.5 → "85,5%". */
	public static String percent(BigDecimal value) {
		return format(value) + "%";
	}

	/**
	 * A per-cent figure rounded to at most {@code maxDecimals}: 91.6667 → "91,7%" with 1.
	 */
	public static String percent(BigDecimal value, int maxDecimals) {
		return format(value, maxDecimals) + "%";
	}

	/**
	 * A ratio shown as per cent with one decimal, always: 0.9167 → "91,7%", 1 → "100,0%".
	 */
	public static String ratioAsPercent(BigDecimal ratio) {
		BigDecimal perCent = ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
		String shown = format(perCent);
		return (shown.contains(",") ? shown : shown + ",0") + "%";
	}

	/** Reads "1.234,5", "85,5", "85.5", "01", "-3"; surrounding spaces are ignored. */
	public static BigDecimal parse(String text) {
		if (text == null || !DIGITS_AND_SEPARATORS.matcher(text.trim()).matches() || text.trim().endsWith(".")
				|| text.trim().endsWith(",")) {
			throw new IllegalArgumentException("Không đọc được số: \"" + text
					+ "\"; viết như 85,5 hoặc 1.234 (dấu phẩy thập phân, dấu chấm phân cách hàng nghìn)");
		}
		String t = text.trim();
		String sign = "";
		if (t.startsWith("-") || t.startsWith("+")) {
			sign = t.startsWith("-") ? "-" : "";
			t = t.substring(1);
		}
		return new BigDecimal(sign + canonical(t, text));
	}

	/**
	 * Drops trailing zeros without switching to exponent form (100 stays 100, not 1E+2).
	 */
	public static BigDecimal stripZeros(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static String canonical(String t, String original) {
		int lastDot = t.lastIndexOf('.');
		int lastComma = t.lastIndexOf(',');
		if (lastDot >= 0 && lastComma >= 0) {
			char decimal = lastDot > lastComma ? '.' : ',';
			char grouping = decimal == '.' ? ',' : '.';
			int at = t.lastIndexOf(decimal);
			String whole = t.substring(0, at);
			if (whole.indexOf(decimal) >= 0 || !validGroups(whole, grouping)) {
				throw unreadable(original);
			}
			return whole.replace(String.valueOf(grouping), "") + "." + t.substring(at + 1);
		}
		if (lastComma >= 0) {
			if (t.indexOf(',') != lastComma) {
				if (!validGroups(t, ',')) {
					throw unreadable(original);
				}
				return t.replace(",", "");
			}
			return t.replace(',', '.');
		}
		if (lastDot >= 0) {
			if (t.indexOf('.') != lastDot) {
				if (!GROUPED_THOUSANDS.matcher(t).matches()) {
					throw unreadable(original);
				}
				return t.replace(".", "");
			}
			String whole = t.substring(0, lastDot);
			boolean thousands = t.length() - lastDot - 1 == 3 && whole.matches("[1-9][0-9]{0,2}");
			return thousands ? whole + t.substring(lastDot + 1) : t;
		}
		return t;
	}

	private static boolean validGroups(String whole, char grouping) {
		if (whole.indexOf(grouping) < 0) {
			return true;
		}
		String dotted = whole.replace(grouping, '.');
		return GROUPED_THOUSANDS.matcher(dotted).matches();
	}

	private static IllegalArgumentException unreadable(String text) {
		return new IllegalArgumentException(
				"Không đọc được số: \"" + text + "\"; dấu phân cách hàng nghìn phải tách từng nhóm 3 chữ số");
	}

	private static String groupThousands(String whole) {
		StringBuilder out = new StringBuilder();
		int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
		out.append(whole, 0, firstGroup);
		for (int i = firstGroup; i < whole.length(); i += 3) {
			out.append('.').append(whole, i, i + 3);
		}
		return out.toString();
	}

}

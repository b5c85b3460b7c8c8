package vn.nq57.reporting.attainment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as the plans print it ("≥ 1,0%;", "đạt 2% GRDP", "45- 50%", "dưới 5",
 * "ứng dụng").
 *
 * <p>
 * Rules, in order (docs/attainment.md has the full table):
 * <ol>
 * <li>Spaces are collapsed and trailing dots, semicolons, commas and colons dropped.</li>
 * <li>Empty or a dash alone ("-") is {@link TargetKind#NONE}; unit {@code text} is always
 * qualitative.</li>
 * <li>The first number that is not part of a word ("6G"), a date ("12/2026") or a year
 * ("năm 2030") is the value; a second number joined by "-" or "đến" makes a range.</li>
 * <li>Everything before the number must be words the reader knows: comparators ("≥", "ít
 * nhất", "trên", "dưới", "không quá", "từ"...), neutral words ("đạt", "phấn đấu", "có"),
 * "mỗi năm", rank words ("xếp hạng", "nhóm", "top") or a code such as "6G". Anything
 * else, two different comparators, or a second figure with "%" or a comparator after the
 * number, and the target stays qualitative: never dropped, never guessed.</li>
 * <li>A rank group ("top 10", "nhóm 20 xã dẫn đầu") means rank ≤ N.</li>
 * <li>A "%" sign is read but never rescales: "0,97%" for an index is 0.97.</li>
 * </ol>
 * It never throws for a real wording.
 */
public final class TargetReader {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/**
	 * A number not glued to a letter, digit, dot, comma or slash on either side ("6G",
	 * "12/2026" are not values).
	 */
	private static final String NUMBER = "(?<![\\p{L}\\p{N}.,/])\\d+(?:[.,]\\d+)*(?![\\p{L}\\p{N}/])";

	private static final Pattern FIRST_NUMBER = Pattern.compile(NUMBER);

	private static final Pattern RANGE_END = Pattern.compile("^\\s*(?:-|đến|tới)\\s*(" + NUMBER + ")\\s*%?");

	private static final Pattern YEAR_BEFORE = Pattern.compile("(?:^|\\s)năm\\s*$");

	private static final Pattern YEAR_PHRASE = Pattern
		.compile("(?:^|\\s)(?:(?:đến hết|đến|hết|vào|trong|cuối)\\s+)?năm\\s+\\d{4}$");

	private static final Pattern CODE_TOKEN = Pattern.compile("(?:^|\\s)([\\p{L}\\p{N}.+]*\\d[\\p{L}\\p{N}.+]*|grdp)$");

	private static final Pattern DASHES = Pattern.compile("[-–—]+");

	private static final Pattern NEGATIVE = Pattern.compile("-\\d");

	private static final Set<String> YES = Set.of("có", "đạt", "hoàn thành", "x", "yes");

	private static final List<Phrase> PHRASES = phrases();

	private TargetReader() {
	}

	/**
	 * Reads one wording; what is not a number comes back {@link TargetKind#QUALITATIVE}
	 * with its text.
	 */
	public static Target read(String text, MeasureUnit unit, Direction direction) {
		String original = text == null ? "" : text;
		try {
			return readOrQualitative(original, unit, direction);
		}
		catch (RuntimeException unexpected) {
			// a wording the rules did not foresee stays visible as words rather than
			// failing a report
			return Target.qualitative(original, unit, direction);
		}
	}

	/** The wording with spaces collapsed and trailing ". ; , :" dropped. */
	public static String clean(String text) {
		String s = text == null ? "" : text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
		while (!s.isEmpty() && ".;,:".indexOf(s.charAt(s.length() - 1)) >= 0) {
			s = s.substring(0, s.length() - 1).strip();
		}
		return s;
	}

	private static Target readOrQualitative(String original, MeasureUnit unit, Direction direction) {
		String cleaned = clean(original);
		if (cleaned.isEmpty() || DASHES.matcher(cleaned).matches()) {
			return Target.none(original, unit, direction);
		}
		Target qualitative = Target.qualitative(original, unit, direction);
		if (unit == MeasureUnit.TEXT) {
			return qualitative;
		}
		String w = cleaned.replace(">=", "≥")
			.replace("=>", "≥")
			.replace("<=", "≤")
			.replace("=<", "≤")
			.replace('–', '-')
			.replace('—', '-');
		String lw = w.toLowerCase(VIETNAMESE);
		if (lw.length() != w.length()) {
			w = lw;
		}
		if (unit == MeasureUnit.BOOLEAN && YES.contains(lw)) {
			return Target.numeric(original, TargetComparator.EXACTLY, BigDecimal.ONE, unit, direction, false, null);
		}

		if (NEGATIVE.matcher(lw).lookingAt()) {
			// a minus glued to the figure is a fall or a negative level, which no plan
			// sets as a target
			return qualitative;
		}
		Matcher number = FIRST_NUMBER.matcher(lw);
		boolean found = false;
		while (number.find()) {
			boolean isYear = number.group().matches("\\d{4}")
					&& YEAR_BEFORE.matcher(lw.substring(0, number.start())).find();
			if (!isYear) {
				found = true;
				break;
			}
		}
		if (!found) {
			return qualitative;
		}
		BigDecimal first = VietnameseNumbers.parse(number.group());
		int pos = number.end();
		while (pos < lw.length() && lw.charAt(pos) == ' ') {
			pos++;
		}
		if (pos < lw.length() && lw.charAt(pos) == '%') {
			pos++;
		}
		BigDecimal second = null;
		Matcher rangeEnd = RANGE_END.matcher(lw.substring(pos));
		if (rangeEnd.find()) {
			second = VietnameseNumbers.parse(rangeEnd.group(1));
			pos += rangeEnd.end();
		}

		Prefix prefix = Prefix.scan(lw.substring(0, number.start()), w.substring(0, number.start()));
		if (prefix.unreadable) {
			return qualitative;
		}
		String restLower = lw.substring(pos);
		String rest = w.substring(pos);
		if (restLower.contains("so với") || restLower.contains("%") || restLower.matches(".*[≥≤<>=].*")) {
			return qualitative;
		}
		TargetComparator comparator = prefix.comparator;
		String restTrimmed = restLower.strip();
		TargetComparator trailing = restTrimmed.startsWith("trở lên") ? TargetComparator.AT_LEAST
				: restTrimmed.startsWith("trở xuống") ? TargetComparator.AT_MOST : null;
		if (trailing != null) {
			if (comparator != null && comparator != trailing) {
				return qualitative;
			}
			comparator = trailing;
			String words = trailing == TargetComparator.AT_LEAST ? "trở lên" : "trở xuống";
			int cut = rest.length() - rest.stripLeading().length() + words.length();
			rest = rest.substring(Math.min(cut, rest.length()));
		}
		boolean perYear = prefix.perYear || restLower.contains("mỗi năm") || restLower.contains("hằng năm")
				|| restLower.contains("hàng năm") || restLower.contains("/năm");
		if (prefix.rankGroup) {
			boolean leading = prefix.top || restLower.contains("dẫn đầu") || restLower.contains("đứng đầu")
					|| restLower.contains("tốp đầu") || restLower.contains("cao nhất")
					|| restLower.contains("tốt nhất");
			if (!leading || second != null || (comparator != null && comparator != TargetComparator.AT_MOST)) {
				return qualitative;
			}
			comparator = TargetComparator.AT_MOST;
		}
		String qualifier = joinQualifier(prefix.codes, rest);

		if (second != null) {
			boolean onlyFrom = comparator == null
					|| (prefix.fromWord && comparator == TargetComparator.AT_LEAST && trailing == null);
			if (!onlyFrom || first.compareTo(second) > 0) {
				return qualitative;
			}
			return Target.range(original, first, second, unit, direction, perYear, qualifier);
		}
		return Target.numeric(original, comparator == null ? TargetComparator.EXACTLY : comparator, first, unit,
				direction, perYear, qualifier);
	}

	private static String joinQualifier(List<String> codes, String rest) {
		String tail = rest.replaceAll("^[\\s()\\[\\],;:.]+|[\\s()\\[\\],;:.]+$", "");
		List<String> parts = new ArrayList<>(codes);
		if (!tail.isEmpty()) {
			parts.add(tail);
		}
		return parts.isEmpty() ? null : String.join(" ", parts);
	}

	private enum Effect {

		COMPARATOR, FROM, FILLER, PER_YEAR, RANK, RANK_GROUP, TOP

	}

	private record Phrase(String words, Effect effect, TargetComparator comparator) {
	}

	/** What the words before the number say. */
	private static final class Prefix {

		TargetComparator comparator;

		boolean fromWord;

		boolean perYear;

		boolean rankGroup;

		boolean top;

		boolean unreadable;

		final List<String> codes = new ArrayList<>();

		static Prefix scan(String lower, String original) {
			Prefix p = new Prefix();
			String s = spaced(lower);
			String o = spaced(original);
			if (o.length() != s.length()) {
				o = s;
			}
			while (!s.isEmpty()) {
				Matcher year = YEAR_PHRASE.matcher(s);
				if (year.find()) {
					s = s.substring(0, year.start()).strip();
					o = o.substring(0, s.length());
					continue;
				}
				Phrase hit = null;
				for (Phrase phrase : PHRASES) {
					if (s.equals(phrase.words) || s.endsWith(" " + phrase.words)) {
						hit = phrase;
						break;
					}
				}
				if (hit == null && isBullet(s)) {
					break;
				}
				if (hit == null) {
					Matcher code = CODE_TOKEN.matcher(s);
					if (!code.find()) {
						p.unreadable = true;
						return p;
					}
					p.codes.add(0, o.substring(code.start(1), code.end(1)));
					s = s.substring(0, code.start(1)).strip();
					o = o.substring(0, s.length());
					continue;
				}
				p.apply(hit);
				if (p.unreadable) {
					return p;
				}
				s = s.substring(0, s.length() - hit.words.length()).strip();
				o = o.substring(0, s.length());
			}
			return p;
		}

		private void apply(Phrase phrase) {
			switch (phrase.effect) {
				case COMPARATOR, FROM -> {
					if (comparator != null && comparator != phrase.comparator) {
						unreadable = true;
					}
					if (comparator == null) {
						comparator = phrase.comparator;
						fromWord = phrase.effect == Effect.FROM;
					}
				}
				case PER_YEAR -> perYear = true;
				case RANK_GROUP -> rankGroup = true;
				case TOP -> {
					rankGroup = true;
					top = true;
				}
				case FILLER, RANK -> {
				}
			}
		}

		private static boolean isBullet(String s) {
			return s.equals("-") || s.equals("+") || s.equals("•") || s.equals("*");
		}

		/**
		 * Comparator signs become words of their own; brackets and commas become spaces.
		 */
		private static String spaced(String s) {
			return s.replaceAll("([≥≤<>=])", " $1 ").replaceAll("[()\\[\\],;:]", " ").replaceAll("\\s+", " ").strip();
		}

	}

	private static List<Phrase> phrases() {
		List<Phrase> list = new ArrayList<>();
		comparator(list, TargetComparator.AT_LEAST, "≥", "ít nhất", "tối thiểu", "không dưới", "không thấp hơn",
				"không ít hơn");
		list.add(new Phrase("từ", Effect.FROM, TargetComparator.AT_LEAST));
		comparator(list, TargetComparator.MORE_THAN, ">", "trên", "hơn", "lớn hơn", "nhiều hơn", "cao hơn", "vượt");
		comparator(list, TargetComparator.AT_MOST, "≤", "không quá", "không vượt quá", "tối đa", "không cao hơn",
				"không lớn hơn", "không nhiều hơn", "không trên");
		comparator(list, TargetComparator.LESS_THAN, "<", "dưới", "thấp hơn", "nhỏ hơn", "ít hơn");
		comparator(list, TargetComparator.EXACTLY, "=", "bằng");
		other(list, Effect.FILLER, "đạt", "phấn đấu", "có", "là", "mức", "ở mức", "đạt mức", "chiếm", "được", "đảm bảo",
				"bảo đảm", "duy trì", "còn", "tỷ lệ", "trong", "thuộc", "ở", "vào");
		other(list, Effect.PER_YEAR, "mỗi năm", "hằng năm", "hàng năm", "năm nào cũng");
		other(list, Effect.RANK, "xếp hạng", "hạng", "xếp thứ", "đứng thứ", "thứ", "vị trí", "đứng");
		other(list, Effect.RANK_GROUP, "nhóm");
		other(list, Effect.TOP, "top", "tốp");
		// longest first, so "không dưới" wins over "dưới" and "ít hơn" over "hơn"
		list.sort(Comparator.comparingInt((Phrase p) -> p.words.length()).reversed());
		return List.copyOf(list);
	}

	private static void comparator(List<Phrase> list, TargetComparator c, String... words) {
		for (String w : words) {
			list.add(new Phrase(w, Effect.COMPARATOR, c));
		}
	}

	private static void other(List<Phrase> list, Effect effect, String... words) {
		for (String w : words) {
			list.add(new Phrase(w, effect, null));
		}
	}

}

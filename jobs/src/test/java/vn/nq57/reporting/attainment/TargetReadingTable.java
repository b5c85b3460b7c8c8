package vn.nq57.reporting.attainment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The hand-checked table of target wordings and their expected reading
 * ({@code src/test/resources/attainment/target-readings.psv}), shared by
 * {@link TargetReaderTests}, which reads every row, and
 * {@link CatalogTargetReadingTests}, which requires a row for every target of every plan
 * catalog.
 */
final class TargetReadingTable {

	static final String RESOURCE = "/attainment/target-readings.psv";
	static final String HEADER = "source | text | unit | direction | kind | comparator | value | upper | perYear | qualifier";

	/**
	 * One wording with the reading expected of it; {@code sources} are seed numbers, plan
	 * codes or "domain".
	 */
	record Row(List<String> sources, String text, MeasureUnit unit, Direction direction, TargetKind kind,
			TargetComparator comparator, BigDecimal value, BigDecimal upper, boolean perYear, String qualifier,
			int line) {

		Key key() {
			return new Key(text, unit, direction);
		}

		/**
		 * What differs between this expectation and a reading, or empty when they agree
		 * on kind, comparator, value, upper end and every-year flag. Numbers compare by
		 * value (1,0 = 1).
		 */
		Optional<String> mismatch(Target target) {
			List<String> differences = new ArrayList<>();
			if (target.kind() != kind) {
				differences.add("kind " + target.kind() + " instead of " + kind);
			}
			if (target.comparator() != comparator) {
				differences.add("comparator " + target.comparator() + " instead of " + comparator);
			}
			if (!sameNumber(target.value(), value)) {
				differences.add("value " + plain(target.value()) + " instead of " + plain(value));
			}
			if (!sameNumber(target.upper(), upper)) {
				differences.add("upper " + plain(target.upper()) + " instead of " + plain(upper));
			}
			if (target.perYear() != perYear) {
				differences.add("perYear " + target.perYear() + " instead of " + perYear);
			}
			return differences.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", differences));
		}

		@Override
		public String toString() {
			return String.join(", ", sources) + " \"" + text + "\" (" + unit.catalogName() + ", "
					+ direction.catalogName() + ")";
		}
	}

	/**
	 * What a row is looked up by: the same wording may read differently under another
	 * unit or direction.
	 */
	record Key(String text, MeasureUnit unit, Direction direction) {
	}

	private TargetReadingTable() {
	}

	/**
	 * Every row, in file order; fails on a malformed row or a second row for the same
	 * key.
	 */
	static List<Row> rows() {
		List<String> lines = lines();
		List<Row> rows = new ArrayList<>();
		Map<Key, Row> seen = new LinkedHashMap<>();
		boolean headerSeen = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!headerSeen) {
				if (!line.strip().equals(HEADER)) {
					throw new IllegalStateException(
							RESOURCE + " line " + (i + 1) + ": expected the header \"" + HEADER + "\"");
				}
				headerSeen = true;
				continue;
			}
			Row row = row(line, i + 1);
			Row earlier = seen.putIfAbsent(row.key(), row);
			if (earlier != null) {
				// a second row could silently contradict the first; list both sources on
				// one row instead
				throw new IllegalStateException(
						RESOURCE + " line " + row.line() + " repeats the text, unit and direction of line "
								+ earlier.line() + " (" + earlier + "); keep one row and list both sources on it");
			}
			rows.add(row);
		}
		return rows;
	}

	/** The rows by (text, unit, direction). */
	static Map<Key, Row> byKey() {
		Map<Key, Row> map = new LinkedHashMap<>();
		rows().forEach(row -> map.put(row.key(), row));
		return map;
	}

	private static List<String> lines() {
		try (InputStream in = TargetReadingTable.class.getResourceAsStream(RESOURCE)) {
			Objects.requireNonNull(in, RESOURCE + " is not on the test class path");
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Row row(String line, int number) {
		List<String> c = Arrays.stream((line + " ").split("\\|", -1)).map(String::strip).toList();
		if (c.size() < 9 || c.size() > 10) {
			throw new IllegalStateException(RESOURCE + " line " + number + ": expected 10 columns, found " + c.size());
		}
		try {
			return new Row(Arrays.stream(c.get(0).split(",")).map(String::strip).toList(), unquote(c.get(1)),
					MeasureUnit.fromCatalogName(c.get(2)), Direction.fromCatalogName(c.get(3)),
					TargetKind.valueOf(c.get(4)), c.get(5).isEmpty() ? null : TargetComparator.valueOf(c.get(5)),
					c.get(6).isEmpty() ? null : new BigDecimal(c.get(6)),
					c.get(7).isEmpty() ? null : new BigDecimal(c.get(7)), parseBoolean(c.get(8)),
					c.size() > 9 && !c.get(9).isEmpty() ? c.get(9) : null, number);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
		}
	}

	/** Strict, so a typo such as "ture" is an error rather than false. */
	private static boolean parseBoolean(String s) {
		return switch (s) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new IllegalArgumentException("perYear must be true or false, found \"" + s + "\"");
		};
	}

	private static String unquote(String s) {
		return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
	}

	private static boolean sameNumber(BigDecimal actual, BigDecimal expected) {
		return actual == null ? expected == null : expected != null && actual.compareTo(expected) == 0;
	}

	private static String plain(BigDecimal n) {
		return n == null ? "(none)" : n.toPlainString();
	}

}

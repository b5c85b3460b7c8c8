package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads the "Worked examples" table of the documentation and checks every row against the
 * engine, so the documentation cannot drift. The file is named by the system property
 * {@code attainment.doc} (default {@code docs/attainment.md}, relative to the working
 * directory).
 */
class WorkedExamplesTest {

	static final String HEADER = "| indicator | unit | direction | milestone target | previous milestone | period "
			+ "| actual | expected this year | ratio | status | on track |";

	private static final String NONE = "—";

	private static final Pattern YEAR_AND_TEXT = Pattern.compile("(\\d{4}):\\s*(.*)");

	private static final Pattern FIRST_RECORDED = Pattern.compile("first recorded (\\d{4}):\\s*(.+)");

	private static final Pattern SELF_ASSESSED = Pattern.compile("tự đánh giá:\\s*(.+)");

	private final AttainmentCalculator calculator = new AttainmentCalculator();

	record Example(int line, String indicator, MeasureUnit unit, Direction direction, int milestoneYear,
			String milestoneText, String previousCell, Period period, String actualCell, String expectedCell,
			String ratioCell, String statusCell, String onTrackCell) {
		@Override
		public String toString() {
			return "line " + line + ": " + indicator + ", " + period;
		}
	}

	static Path docPath() {
		return Path.of(System.getProperty("attainment.doc", "docs/attainment.md"));
	}

	static List<Example> examples() throws IOException {
		List<String> lines = Files.readAllLines(docPath(), StandardCharsets.UTF_8);
		int header = lines.indexOf(HEADER);
		assertThat(header).as("the worked examples table header in " + docPath()).isNotNegative();
		List<Example> examples = new ArrayList<>();
		for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			examples.add(example(i + 1, lines.get(i)));
		}
		return examples;
	}

	static Stream<Example> rows() throws IOException {
		return examples().stream();
	}

	private static Example example(int lineNumber, String line) {
		String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|", -1);
		assertThat(cells).as("line " + lineNumber + " has 11 cells").hasSize(11);
		String[] c = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			c[i] = cells[i].strip();
		}
		Matcher milestone = YEAR_AND_TEXT.matcher(c[3]);
		assertThat(milestone.matches()).as("milestone target \"%s\" on line %d", c[3], lineNumber).isTrue();
		String[] period = c[5].split("\\s+");
		ReportType type = ReportType.fromCliName(period[0]);
		return new Example(lineNumber, c[0], MeasureUnit.fromCatalogName(c[1]), Direction.fromCatalogName(c[2]),
				Integer.parseInt(milestone.group(1)), milestone.group(2), c[4], Period.parse(type, period[1]), c[6],
				c[7], c[8], c[9], c[10]);
	}

	/** "42% GRDP", "0,8%", "4", "0,898" → the number. */
	private static BigDecimal figure(String cell) {
		return VietnameseNumbers.parse(cell.replace("GRDP", "").replace("%", "").strip());
	}

	private static int decimals(String cell) {
		String number = cell.replace("GRDP", "").replace("%", "").strip();
		int comma = number.indexOf(',');
		return comma < 0 ? 0 : number.length() - comma - 1;
	}

	private Attainment evaluate(Example e) {
		Map<Integer, String> targets = new LinkedHashMap<>();
		targets.put(e.milestoneYear(), e.milestoneText());
		Optional<BaselinePoint> firstRecorded = Optional.empty();
		Matcher first = FIRST_RECORDED.matcher(e.previousCell());
		Matcher previous = YEAR_AND_TEXT.matcher(e.previousCell());
		if (first.matches()) {
			firstRecorded = Optional.of(new BaselinePoint(Integer.parseInt(first.group(1)), figure(first.group(2))));
		}
		else if (previous.matches()) {
			targets.put(Integer.parseInt(previous.group(1)), previous.group(2));
		}
		else {
			assertThat(e.previousCell()).as("previous milestone cell").isEqualTo(NONE);
		}
		IndicatorSpec spec = IndicatorSpec.of("DOC-" + e.line(), e.indicator(), e.unit(), e.direction(), targets);

		Optional<ActualValue> actual = Optional.empty();
		Optional<AttainmentStatus> selfAssessment = Optional.empty();
		Matcher self = SELF_ASSESSED.matcher(e.actualCell());
		if (self.matches()) {
			selfAssessment = Optional.of(AttainmentStatus.fromVietnameseName(self.group(1)));
		}
		else if (!e.actualCell().equals(NONE)) {
			actual = Optional.of(ActualValue.of(figure(e.actualCell())));
		}
		return calculator.evaluate(spec, e.period(), actual, Optional.empty(), firstRecorded, selfAssessment);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void documentedExampleMatchesTheEngine(Example e) {
		Attainment attainment = evaluate(e);

		assertThat(attainment.milestoneYear()).as("milestone").isEqualTo(e.milestoneYear());
		assertThat(attainment.statusText()).as("status").isEqualTo(e.statusCell());
		assertThat(attainment.ratioText()).as("ratio").isEqualTo(e.ratioCell());
		assertThat(attainment.onTrack().vietnameseName()).as("on track").isEqualTo(e.onTrackCell());
		if (e.expectedCell().equals(NONE)) {
			assertThat(attainment.expectedThisYear()).as("expected this year").isNull();
		}
		else {
			assertThat(attainment.expectedThisYear()).as("expected this year").isNotNull();
			assertThat(attainment.expectedThisYear().setScale(decimals(e.expectedCell()), RoundingMode.HALF_UP))
				.as("expected this year")
				.isEqualByComparingTo(figure(e.expectedCell()));
		}
		if (e.actualCell().equals(NONE) || e.actualCell().startsWith("tự đánh giá")) {
			assertThat(attainment.actual()).isNull();
		}
		else {
			assertThat(attainment.actual()).isEqualByComparingTo(figure(e.actualCell()));
		}
	}

	@Test
	void examplesCoverEveryKindOfTargetAndStatus() throws IOException {
		List<Example> examples = examples();
		List<Attainment> results = examples.stream().map(this::evaluate).toList();

		assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
		assertThat(results).extracting(Attainment::status).contains(AttainmentStatus.values());
		assertThat(results).extracting(Attainment::target)
			.extracting(Target::comparator)
			.contains(TargetComparator.AT_LEAST, TargetComparator.EXACTLY, TargetComparator.LESS_THAN);
		assertThat(results).extracting(Attainment::target)
			.extracting(Target::kind)
			.contains(TargetKind.RANGE, TargetKind.NONE, TargetKind.QUALITATIVE);
		assertThat(examples).extracting(Example::milestoneText).anyMatch(text -> text.startsWith("="));
		assertThat(examples).extracting(Example::direction).contains(Direction.LOWER_IS_BETTER);
		assertThat(examples).extracting(Example::unit).contains(MeasureUnit.PERCENT_GRDP);
		assertThat(examples)
			.anyMatch(e -> e.period().year() < e.milestoneYear() && e.previousCell().matches("\\d{4}: .*"));
		assertThat(results).extracting(Attainment::onTrack).contains(OnTrack.values());
	}

}

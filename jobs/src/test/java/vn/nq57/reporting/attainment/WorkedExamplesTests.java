package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
class WorkedExamplesTests {

	static final String HEADER = "| rule | indicator | unit | direction | targets | also known | period | actual "
			+ "| year's target | by this period | ratio | status | milestone | vs previous / year ago |";

	private static final int CELLS = 14;

	private static final String NONE = "—";

	/**
	 * "2026: ≥ 60%", "2030 total: > 01", "standing: 80", one after the other with "; ".
	 */
	private static final Pattern TARGET = Pattern
		.compile("(?:^|;\\s*)(\\d{4}|standing|yearly|unstated)(?:\\s+(level|total|per_year))?:\\s*");

	private static final Pattern FIRST_RECORDED = Pattern.compile("first recorded (\\S+):\\s*(.+)");

	private static final Pattern LABELLED = Pattern.compile("(start of year|previous|year ago|plan start):\\s*(.+)");

	private static final Pattern SELF_ASSESSED = Pattern.compile("tự đánh giá:\\s*(.+)");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AttainmentCalculator calculator = new AttainmentCalculator();

	record Example(int line, String rule, String indicator, MeasureUnit unit, Direction direction,
			List<PrintedTarget> targets, Figures known, Period period, String actualCell, String yearTargetCell,
			String byPeriodCell, String ratioCell, String statusCell, String milestoneCell, String changesCell) {
		@Override
		public String toString() {
			return "line " + line + " (rule " + rule + "): " + indicator + ", " + period;
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
		assertThat(cells).as("line " + lineNumber + " has " + CELLS + " cells").hasSize(CELLS);
		String[] c = new String[cells.length];
		for (int i = 0; i < cells.length; i++) {
			c[i] = cells[i].strip();
		}
		MeasureUnit unit = MeasureUnit.fromCatalogName(c[2]);
		String[] period = c[6].split("\\s+");
		Figures known = known(c[5]).withActual(actual(c[7]));
		Optional<AttainmentStatus> self = selfAssessment(c[5]);
		if (self.isPresent()) {
			known = known.withSelfAssessment(self);
		}
		return new Example(lineNumber, c[0], c[1], unit, Direction.fromCatalogName(c[3]), targets(c[4], lineNumber),
				known, Period.parse(ReportType.fromCliName(period[0]), period[1]), c[7], c[8], c[9], c[10], c[11],
				c[12], c[13]);
	}

	private static List<PrintedTarget> targets(String cell, int lineNumber) {
		List<PrintedTarget> targets = new ArrayList<>();
		Matcher m = TARGET.matcher(cell);
		List<int[]> starts = new ArrayList<>();
		List<String[]> keys = new ArrayList<>();
		while (m.find()) {
			starts.add(new int[] { m.start(), m.end() });
			keys.add(new String[] { m.group(1), m.group(2) });
		}
		assertThat(starts).as("targets \"%s\" on line %d", cell, lineNumber).isNotEmpty();
		for (int i = 0; i < starts.size(); i++) {
			int end = (i + 1 < starts.size()) ? starts.get(i + 1)[0] : cell.length();
			String text = cell.substring(starts.get(i)[1], end);
			String when = keys.get(i)[0];
			CountBasis basis = (keys.get(i)[1] != null) ? CountBasis.fromCatalogName(keys.get(i)[1]) : null;
			targets.add(when.matches("\\d{4}")
					? new PrintedTarget(Integer.parseInt(when), TargetHorizon.MILESTONE, text, basis)
					: new PrintedTarget(null, TargetHorizon.fromCatalogName(when), text, basis));
		}
		return targets;
	}

	/** "first recorded 2025: 45; start of year: 50; previous: 66,5; year ago: 60". */
	private static Figures known(String cell) {
		Figures known = Figures.none();
		if (cell.equals(NONE)) {
			return known;
		}
		for (String part : cell.split(";\\s*")) {
			Matcher first = FIRST_RECORDED.matcher(part);
			Matcher labelled = LABELLED.matcher(part);
			if (first.matches()) {
				String when = first.group(1);
				BigDecimal value = figure(first.group(2));
				known = known.withFirstRecorded(
						Optional.of(when.matches("\\d{4}") ? new BaselinePoint(Integer.parseInt(when), value)
								: new BaselinePoint(LocalDate.parse(when, DAY), value)));
			}
			else if (labelled.matches()) {
				String value = labelled.group(2);
				known = switch (labelled.group(1)) {
					case "start of year" -> known.withStartOfYear(Optional.of(figure(value)));
					case "previous" -> known.withPrevious(Optional.of(ActualValue.of(figure(value))));
					case "year ago" -> known.withYearAgo(Optional.of(ActualValue.of(figure(value))));
					default -> known.withPlanStart(Optional.of(LocalDate.parse(value, DAY)));
				};
			}
			else {
				assertThat(part).as("also known").matches(SELF_ASSESSED);
			}
		}
		return known;
	}

	private static Optional<AttainmentStatus> selfAssessment(String cell) {
		for (String part : cell.split(";\\s*")) {
			Matcher self = SELF_ASSESSED.matcher(part);
			if (self.matches()) {
				return Optional.of(AttainmentStatus.fromVietnameseName(self.group(1)));
			}
		}
		return Optional.empty();
	}

	private static Optional<ActualValue> actual(String cell) {
		return cell.equals(NONE) ? Optional.empty() : Optional.of(ActualValue.of(figure(cell)));
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
		IndicatorSpec spec = IndicatorSpec.of("DOC-" + e.line(), e.indicator(), e.unit(), e.direction(), e.targets());
		return this.calculator.judge(spec, e.period(), e.known());
	}

	private static String orNone(String text) {
		return (text != null) ? text : NONE;
	}

	private static String signed(BigDecimal change) {
		if (change == null) {
			return NONE;
		}
		String text = VietnameseNumbers.format(change);
		return (change.signum() > 0) ? "+" + text : text;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void documentedExampleMatchesTheEngine(Example e) {
		Attainment attainment = evaluate(e);

		assertThat(attainment.yearTarget().cellText()).as("year's target").isEqualTo(e.yearTargetCell());
		assertThat(attainment.statusText()).as("status").isEqualTo(e.statusCell());
		String ratio = (attainment.rangePosition() != null) ? attainment.rangePosition() : attainment.ratioText();
		assertThat(ratio).as("ratio").isEqualTo(e.ratioCell());
		assertThat(orNone(attainment.milestoneText())).as("milestone").isEqualTo(e.milestoneCell());
		assertThat(signed(attainment.changeSincePrevious()) + " / " + signed(attainment.changeSinceYearAgo()))
			.as("changes")
			.isEqualTo(e.changesCell());
		if (e.byPeriodCell().equals(NONE)) {
			assertThat(attainment.expectedByPeriod()).as("by this period").isNull();
		}
		else {
			assertThat(attainment.expectedByPeriod()).as("by this period").isNotNull();
			assertThat(attainment.expectedByPeriod().setScale(decimals(e.byPeriodCell()), RoundingMode.HALF_UP))
				.as("by this period")
				.isEqualByComparingTo(figure(e.byPeriodCell()));
		}
		if (e.actualCell().equals(NONE)) {
			assertThat(attainment.actual()).isNull();
		}
		else {
			assertThat(attainment.actual()).isEqualByComparingTo(figure(e.actualCell()));
		}
	}

	/**
	 * Every rule of the verdicts has examples, and together they reach every status an
	 * engine can give.
	 */
	@Test
	void examplesCoverEveryRuleAndEveryStatus() throws IOException {
		List<Example> examples = examples();
		List<Attainment> results = examples.stream().map(this::evaluate).toList();

		assertThat(examples).extracting(Example::rule).contains("1", "2", "3", "4", "5", "6", "7", "8", "9");
		assertThat(results).extracting(Attainment::status).contains(AttainmentStatus.values());
		assertThat(results).extracting(a -> a.yearTarget().source()).contains(YearTarget.Source.values());
		assertThat(results).filteredOn(a -> a.roadmap() != null)
			.extracting(a -> a.roadmap().start())
			.contains(Roadmap.Start.values());
		assertThat(results).filteredOn(a -> a.yearTarget().lineStart() != null)
			.extracting(a -> a.yearTarget().lineStart().kind())
			.contains(YearTarget.LineStart.Kind.values());
		assertThat(results).extracting(Attainment::judgement).contains(Judgement.values());
		assertThat(examples).extracting(e -> e.period().type()).contains(ReportType.values());
		assertThat(examples).extracting(Example::direction).contains(Direction.LOWER_IS_BETTER);
		assertThat(examples).extracting(Example::unit)
			.contains(MeasureUnit.PERCENT_GRDP, MeasureUnit.COUNT, MeasureUnit.RANK, MeasureUnit.INDEX);
		assertThat(results).noneMatch(a -> a.judgement() == Judgement.ROADMAP
				&& (a.statusText().contains("Chưa đạt") || a.status().isVerdict()));
	}

}

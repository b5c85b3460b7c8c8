package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.nq57.reporting.attainment.TargetReadingTable.Key;
import vn.nq57.reporting.attainment.TargetReadingTable.Row;
import vn.nq57.reporting.catalog.CatalogIndicator;
import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;
import vn.nq57.reporting.catalog.PlanCatalog;
import vn.nq57.reporting.catalog.PlanCatalogReader;

/**
 * Every target of every plan catalog (plans/*.yaml) must be read as the hand-checked
 * table src/test/resources/attainment/target-readings.psv says. A wording the table does
 * not hold fails the test just like a wrong reading: a new or edited catalog cannot bring
 * in a target that nobody has checked, and a wording the reader leaves as words
 * (QUALITATIVE) needs an explicit QUALITATIVE row, so a target is never silently dropped
 * and never guessed.
 *
 * <p>
 * The folder is named by the system property {@code plans.dir} (default {@code ../plans},
 * relative to the jobs module, where Maven runs the tests).
 */
class CatalogTargetReadingTests {

	/**
	 * The registry of shared indicator codes lives beside the plans but is not a plan.
	 */
	private static final String SHARED_CODES_FILE = "shared-indicators.yaml";

	private static Path plansDir;

	private static List<PlanCatalog> catalogs;

	@BeforeAll
	static void readCatalogs() throws IOException {
		plansDir = Path.of(System.getProperty("plans.dir", "../plans")).toAbsolutePath().normalize();
		assertThat(plansDir).as("plans folder (system property plans.dir)").isDirectory();
		List<Path> files;
		try (Stream<Path> listing = Files.list(plansDir)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".yaml"))
				.filter(file -> !file.getFileName().toString().equals(SHARED_CODES_FILE))
				.sorted()
				.toList();
		}
		assertThat(files).as("plan catalogs in " + plansDir).isNotEmpty();
		PlanCatalogReader reader = new PlanCatalogReader();
		catalogs = files.stream().map(reader::read).toList();
	}

	@Test
	void everyCatalogTargetIsReadAsTheTableSays() {
		Map<Key, Row> expected = TargetReadingTable.byKey();
		Map<Key, Finding> findings = new LinkedHashMap<>();
		int targets = 0;
		Set<Key> wordings = new LinkedHashSet<>();
		for (PlanCatalog catalog : catalogs) {
			for (CatalogIndicator indicator : catalog.indicators()) {
				MeasureUnit unit = MeasureUnit.fromCatalogName(indicator.unit());
				Direction direction = Direction.fromCatalogName(indicator.direction());
				for (CatalogTarget printed : indicator.targets()) {
					targets++;
					Key key = new Key(printed.text(), unit, direction);
					wordings.add(key);
					Target reading = TargetReader.read(printed.text(), unit, direction);
					Row row = expected.get(key);
					String problem = (row == null) ? missing(reading) : row.mismatch(reading).orElse(null);
					if (problem != null) {
						findings.computeIfAbsent(key, k -> new Finding(k, reading, problem)).places
							.add(place(catalog, indicator, printed));
					}
				}
			}
		}
		assertThat(targets).as("targets in the catalogs").isPositive();
		if (!findings.isEmpty()) {
			fail(report(findings, targets, wordings.size()));
		}
	}

	/**
	 * A row that names a plan as its source must still be a wording of that plan, or the
	 * table drifts.
	 */
	@Test
	void everyRowNamingAPlanIsAWordingOfThatPlan() {
		Map<String, Set<Key>> wordingsByPlan = new LinkedHashMap<>();
		for (PlanCatalog catalog : catalogs) {
			Set<Key> keys = new LinkedHashSet<>();
			for (CatalogIndicator indicator : catalog.indicators()) {
				for (CatalogTarget printed : indicator.targets()) {
					keys.add(new Key(printed.text(), MeasureUnit.fromCatalogName(indicator.unit()),
							Direction.fromCatalogName(indicator.direction())));
				}
			}
			wordingsByPlan.put(catalog.code(), keys);
		}
		List<String> stale = new ArrayList<>();
		for (Row row : TargetReadingTable.rows()) {
			for (String source : row.sources()) {
				if (source.matches("00[0-4]|domain")) {
					continue;
				}
				Set<Key> planWordings = wordingsByPlan.get(source);
				if (planWordings == null) {
					stale.add("line " + row.line() + ": no plan has code " + source + ": " + row);
				}
				else if (!planWordings.contains(row.key())) {
					stale.add("line " + row.line() + ": plan " + source + " has no such target: " + row);
				}
			}
		}
		assertThat(stale).as("rows of " + TargetReadingTable.RESOURCE + " whose plan source is wrong").isEmpty();
	}

	private static String missing(Target reading) {
		if (reading.kind() == TargetKind.QUALITATIVE) {
			return "no row; the reader leaves it as words (QUALITATIVE), which needs an explicit QUALITATIVE row";
		}
		return "no row";
	}

	private static String place(PlanCatalog catalog, CatalogIndicator indicator, CatalogTarget printed) {
		return plansDir.getFileName() + "/" + Path.of(catalog.sourceFile()).getFileName() + ":" + printed.line() + " "
				+ indicator.code() + " (" + printed.key() + ")";
	}

	private static String report(Map<Key, Finding> findings, int targets, int wordings) {
		StringBuilder text = new StringBuilder();
		text.append(findings.size())
			.append(" of ")
			.append(wordings)
			.append(" distinct wordings (")
			.append(targets)
			.append(" targets in ")
			.append(catalogs.size())
			.append(" plans) are missing from or misread against ")
			.append("src/test/resources")
			.append(TargetReadingTable.RESOURCE)
			.append(".\nDecide each reading by docs/attainment.md section 2 and the indicator's meaning; ")
			.append("fix TargetReader if it reads a wording wrongly.\n");
		for (Finding finding : findings.values()) {
			text.append("\n\"")
				.append(finding.key.text())
				.append("\" | ")
				.append(finding.key.unit().catalogName())
				.append(" | ")
				.append(finding.key.direction().catalogName())
				.append("\n    problem: ")
				.append(finding.problem)
				.append("\n    reader:  ")
				.append(describe(finding.reading));
			for (String place : finding.places) {
				text.append("\n    at:      ").append(place);
			}
		}
		return text.toString();
	}

	private static String describe(Target reading) {
		return "kind=" + reading.kind() + " comparator=" + reading.comparator() + " value="
				+ (reading.value() == null ? null : reading.value().toPlainString()) + " upper="
				+ (reading.upper() == null ? null : reading.upper().toPlainString()) + " perYear=" + reading.perYear()
				+ " qualifier=" + reading.qualifier();
	}

	/** One distinct wording that fails, and every place the catalogs print it. */
	private static final class Finding {

		final Key key;

		final Target reading;

		final String problem;

		final List<String> places = new ArrayList<>();

		Finding(Key key, Target reading, String problem) {
			this.key = key;
			this.reading = reading;
			this.problem = problem;
		}

	}

}

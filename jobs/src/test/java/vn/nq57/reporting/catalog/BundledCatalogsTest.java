package vn.nq57.reporting.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five catalogs in plans/ say what their plans print, read as a reviewer at a Sở Khoa
 * học và Công nghệ would (issue 14): each test names the seed passage it checks. Plain
 * files, no database; the folder is named by the system property {@code plans.dir}
 * (default {@code ../plans}).
 */
class BundledCatalogsTest {

	private static Path plansDir;

	private static final Map<String, PlanCatalog> catalogs = new LinkedHashMap<>();

	private static final Map<String, List<String>> lines = new LinkedHashMap<>();

	@BeforeAll
	static void readCatalogs() throws IOException {
		plansDir = Path.of(System.getProperty("plans.dir", "../plans")).toAbsolutePath().normalize();
		PlanCatalogReader reader = new PlanCatalogReader();
		try (Stream<Path> files = Files.list(plansDir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				lines.put(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
				if (!file.getFileName().toString().equals("shared-indicators.yaml")) {
					PlanCatalog catalog = reader.read(file);
					catalogs.put(catalog.code(), catalog);
				}
			}
		}
		assertThat(catalogs).containsOnlyKeys("KIEN-AN", "LOC-HUNG", "PHU-TRUNG", "VU-QUANG", "YEN-HOA");
	}

	@Test
	void everyCatalogPassesTheValidator() throws IOException {
		SharedIndicatorRegistry registry = SharedIndicatorRegistry
			.parse(Files.readString(plansDir.resolve("shared-indicators.yaml")));
		PlanCatalogValidator validator = new PlanCatalogValidator(registry);
		List<CatalogError> errors = new ArrayList<>();
		catalogs.values().forEach(catalog -> errors.addAll(validator.validate(catalog)));
		assertThat(errors).isEmpty();
	}

	/**
	 * Issue 14 item 14: a seed is named by its file name, never by a path of a machine.
	 */
	@Test
	void noCatalogNamesAPathOfTheMachineItWasWrittenOn() {
		Pattern machinePath = Pattern.compile("(^|[\\s\"'(])(/(work|home|tmp|Users|mnt|srv)/|[A-Za-z]:\\\\)");
		List<String> found = new ArrayList<>();
		lines.forEach((file, text) -> {
			for (int i = 0; i < text.size(); i++) {
				if (machinePath.matcher(text.get(i)).find()) {
					found.add(file + ":" + (i + 1) + ": " + text.get(i).strip());
				}
			}
		});
		assertThat(found).isEmpty();
	}

	/**
	 * Issue 14 item 1: seed 001, Phụ lục I row 1 prints 5G targets for 2026 and 2030 and
	 * "6G (50%)", "6G (80%)", "6G (100%)" for 2035-2045; a 2035 report must not judge 5G
	 * coverage against a 6G target. Split as Lộc Hưng (LH-01/LH-02) and Kiến An
	 * (KA-01/KA-05) already are.
	 */
	@Test
	void vuQuangKeeps5GAnd6GCoverageApart() {
		CatalogIndicator coverage5g = indicator("VU-QUANG", "VQ-01");
		assertThat(coverage5g.shared()).isEqualTo("NQ57-5G-COVERAGE");
		assertThat(coverage5g.targets()).extracting(CatalogTarget::year).containsExactly(2026, 2030);
		assertThat(coverage5g.targets()).extracting(CatalogTarget::text).noneMatch(text -> text.contains("6G"));

		List<CatalogIndicator> coverage6g = catalogs.get("VU-QUANG")
			.indicators()
			.stream()
			.filter(i -> "NQ57-6G-COVERAGE".equals(i.shared()))
			.toList();
		assertThat(coverage6g).singleElement().satisfies(i -> {
			assertThat(i.number()).isEqualTo("1");
			assertThat(i.name()).contains("6G");
			assertThat(i.targets()).extracting(CatalogTarget::year).containsExactly(2035, 2040, 2045);
			assertThat(i.targets()).extracting(CatalogTarget::text)
				.containsExactly("6G (50%)", "6G (80%)", "6G (100%)");
		});
	}

	static CatalogIndicator indicator(String plan, String code) {
		return catalogs.get(plan)
			.indicators()
			.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(plan + " has no indicator " + code));
	}

	static CatalogTask task(String plan, String code) {
		return catalogs.get(plan)
			.tasks()
			.stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(plan + " has no task " + code));
	}

}

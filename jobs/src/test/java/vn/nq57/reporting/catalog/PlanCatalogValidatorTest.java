package vn.nq57.reporting.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator's rules, each on a small catalog that breaks only that rule. */
class PlanCatalogValidatorTest {

	private final PlanCatalogReader reader = new PlanCatalogReader();

	private final PlanCatalogValidator validator = new PlanCatalogValidator(SharedIndicatorRegistry.fromClasspath());

	@Test
	void theMinimalCatalogIsValid() {
		assertThat(errors(PlanCatalogReaderTests.minimal())).isEmpty();
	}

	/**
	 * Issue 14 item 1: a 5G indicator carrying a "6G (50%)" target mixes two measures.
	 */
	@Test
	void aTargetForAnotherTechnologyThanTheIndicatorNamesIsRefused() {
		String text = PlanCatalogReaderTests.minimal()
			.replace("milestones: [2026]", "milestones: [2026, 2035]")
			.replace("name: \"Tỷ lệ\"", "name: \"Tỷ lệ phủ sóng 5G\"")
			.replace("targets: {2026: \"≥ 60%\"}", "targets: {2026: \"≥ 60%\", 2035: \"6G (50%)\"}");
		assertThat(errors(text)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].targets.2035", "6G", "5G"));
	}

	List<CatalogError> errors(String text) {
		return this.validator.validate(this.reader.read("plans/x.yaml", text));
	}

}

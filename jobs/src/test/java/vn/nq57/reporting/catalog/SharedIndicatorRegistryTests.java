package vn.nq57.reporting.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14 item 7: a shared code promises one definition, one unit and one direction, so
 * a province report can add communes up.
 */
class SharedIndicatorRegistryTests {

	@Test
	void everySharedCodeDeclaresItsUnitAndDirection() {
		SharedIndicatorRegistry registry = SharedIndicatorRegistry.fromClasspath();
		assertThat(registry.codes()).isNotEmpty().allSatisfy(code -> {
			assertThat(registry.unit(code)).as(code)
				.isIn("percent", "percent_grdp", "count", "rate", "index", "rank", "boolean", "text");
			assertThat(registry.direction(code)).as(code).isIn("higher", "lower");
		});
	}

	@Test
	void anEntryWithoutAUnitIsRefused() {
		assertThatThrownBy(() -> SharedIndicatorRegistry
			.parse("shared_indicators:\n  - {code: \"X\", meaning: \"x\", direction: \"higher\"}\n"))
			.hasMessageContaining("X")
			.hasMessageContaining("unit");
		assertThat(SharedIndicatorRegistry
			.parse("shared_indicators:\n  - {code: \"X\", meaning: \"x\", unit: \"count\", direction: \"higher\"}\n")
			.codes()).isEqualTo(List.of("X"));
	}

}

package vn.nq57.reporting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages depend on each other one way only, and docs/architecture.md shows
 * them as they are. Run with {@code -Dmodules.update=true} to rewrite the diagram after a
 * change of the dependencies.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(ReportsApplication.class);

	private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");

	private static final String BEGIN = "```mermaid\n";

	private static final String END = "```\n";

	@Test
	void noPackageCycleComesBack() {
		assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)).contains("run",
				"archive", "calendar", "scheduler", "document", "delivery", "catalog");
		MODULES.verify();
	}

	@Test
	void theArchitecturePageShowsTheModulesAsTheyDependOnEachOther() throws IOException {
		String diagram = mermaid();
		String page = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
		int start = page.indexOf(BEGIN);
		int end = page.indexOf(END, start + BEGIN.length());
		assertThat(start).as("docs/architecture.md has a mermaid block").isNotNegative();
		String current = page.substring(start + BEGIN.length(), end);
		if (Boolean.getBoolean("modules.update")) {
			Files.writeString(ARCHITECTURE, page.substring(0, start + BEGIN.length()) + diagram + page.substring(end),
					StandardCharsets.UTF_8);
			return;
		}
		assertThat(current).as("the module diagram in docs/architecture.md (regenerate: -Dmodules.update=true)")
			.isEqualTo(diagram);
	}

	/** The modules and their dependencies as a Mermaid graph, one edge a line, sorted. */
	private static String mermaid() {
		List<String> lines = new ArrayList<>();
		for (ApplicationModule module : MODULES) {
			String from = module.getIdentifier().toString();
			for (String to : module.getDirectDependencies(MODULES, DependencyType.values())
				.uniqueModules()
				.map(m -> m.getIdentifier().toString())
				.filter(to -> !to.equals(from))
				.collect(Collectors.toCollection(java.util.TreeSet::new))) {
				lines.add("  " + from + " --> " + to);
			}
		}
		lines.sort(null);
		return "graph LR\n" + String.join("\n", lines) + "\n";
	}

}

package vn.nq57.reporting.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The plan catalogs shipped with the application (plans/*.yaml), imported on demand. */
@Component
public class BundledPlans {

	private final PlanImporter importer;

	public BundledPlans(PlanImporter importer) {
		this.importer = importer;
	}

	/**
	 * Imports every bundled catalog (an unchanged one adds no version), in file-name
	 * order.
	 */
	public List<PlanImporter.ImportResult> importAll() {
		List<PlanImporter.ImportResult> results = new ArrayList<>();
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml");
			java.util.Arrays.sort(resources, java.util.Comparator.comparing(Resource::getFilename));
			for (Resource resource : resources) {
				if ("shared-indicators.yaml".equals(resource.getFilename())) {
					continue;
				}
				try (InputStream in = resource.getInputStream()) {
					results.add(this.importer.importText("plans/" + resource.getFilename(),
							new String(in.readAllBytes(), StandardCharsets.UTF_8)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return results;
	}

}

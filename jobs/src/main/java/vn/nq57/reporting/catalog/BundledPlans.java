package vn.nq57.reporting.catalog;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.system.ConfigFile;
import vn.nq57.reporting.system.ConfigFiles;

/**
 * The plan catalogs of the configuration folder's plans/*.yaml (and the jar's copies of
 * names not there), imported on demand.
 */
@Component
public class BundledPlans {

	private final PlanImporter importer;

	private final ConfigFiles files;

	public BundledPlans(PlanImporter importer, ConfigFiles files) {
		this.importer = importer;
		this.files = files;
	}

	/**
	 * Imports every catalog (an unchanged one adds no version), in file-name order.
	 */
	public List<PlanImporter.ImportResult> importAll() {
		List<PlanImporter.ImportResult> results = new ArrayList<>();
		for (ConfigFile file : this.files.list("plans")) {
			if (file.name().equals("plans/shared-indicators.yaml")) {
				continue;
			}
			results.add(this.importer.importText(file.name(), file.text()));
		}
		return results;
	}

}

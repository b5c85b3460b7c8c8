package vn.nq57.reporting.scheduler;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredReporting;

/**
 * Which plans owe a report type (the catalog's {@code reporting:}): a scheduled run is
 * only for them. A plan version stored before catalogs said what they owe (no
 * {@code reporting} rows) is scheduled for every type, as before.
 */
@Component
public class OwedReports {

	private final CatalogMapper catalog;

	public OwedReports(CatalogMapper catalog) {
		this.catalog = catalog;
	}

	/** The codes of the plans that owe the type, in the catalog's order. */
	public List<String> plansOwing(ReportType type) {
		return this.catalog.listPlans().stream().map(PlanSummary::code).filter(code -> owes(code, type)).toList();
	}

	public boolean owes(String planCode, ReportType type) {
		StoredPlanVersion version = this.catalog.findLatestVersion(planCode);
		if (version == null) {
			return false;
		}
		List<StoredReporting> owed = this.catalog.findReporting(version.id());
		return owed.isEmpty() || owed.stream().anyMatch(reporting -> reporting.reportType().equals(type.cliName()));
	}

}

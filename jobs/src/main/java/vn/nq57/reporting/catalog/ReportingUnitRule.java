package vn.nq57.reporting.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which unit's submission carries an indicator's value or a task's progress: the
 * first named body that is a single unit; when the plan names only collectives ("Các
 * phòng, ban, ngành"), the consolidating office reports for them.
 */
public final class ReportingUnitRule {

	private final Set<String> collectives;

	private final String consolidatingUnit;

	public ReportingUnitRule(PlanCatalog plan) {
		this.collectives = plan.units()
			.stream()
			.filter(unit -> "group".equals(unit.kind()))
			.map(CatalogUnit::code)
			.collect(Collectors.toSet());
		this.consolidatingUnit = plan.consolidatingUnit();
	}

	public String reportingUnit(List<String> named) {
		return named.stream()
			.filter(code -> !this.collectives.contains(code))
			.findFirst()
			.orElse(this.consolidatingUnit);
	}

}

package vn.nq57.reporting.catalog;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the commune's figure of an indicator is made from its units' (FORMAT.md,
 * "aggregate"), which units it asks a figure from, and whose submission carries it.
 *
 * <ul>
 * <li>{@code single}: one unit reports the figure (the first responsible unit that is not
 * a collective, or the consolidating office for collectives);</li>
 * <li>{@code pooled}: every responsible unit sends its numerator and denominator; the
 * commune's figure is Σ numerators ÷ Σ denominators (shares, rates);</li>
 * <li>{@code sum}: every responsible unit sends its count of different things; the
 * commune's figure is their sum (counts only);</li>
 * <li>{@code published}: a figure a province or ministry publishes (DTI, PII, rankings),
 * entered by the consolidating office with its source and date.</li>
 * </ul>
 * Default when the catalog says nothing: ranks and indices are published; yes/no and
 * words are single; shares and rates with several responsible units are pooled, counts
 * summed; anything else single.
 */
public final class AggregationRule {

	public static final String SINGLE = "single";

	public static final String POOLED = "pooled";

	public static final String SUM = "sum";

	public static final String PUBLISHED = "published";

	static final List<String> ALL = List.of(SINGLE, POOLED, SUM, PUBLISHED);

	static final Set<String> SHARES = Set.of("percent", "percent_grdp", "rate");

	private final Set<String> collectives;

	private final String consolidatingUnit;

	public AggregationRule(PlanCatalog plan) {
		this.collectives = plan.units()
			.stream()
			.filter(unit -> "group".equals(unit.kind()))
			.map(CatalogUnit::code)
			.collect(Collectors.toSet());
		this.consolidatingUnit = plan.consolidatingUnit();
	}

	public String of(CatalogIndicator indicator) {
		if (indicator.aggregate() != null) {
			return indicator.aggregate();
		}
		String unit = indicator.unit();
		if ("rank".equals(unit) || "index".equals(unit)) {
			return PUBLISHED;
		}
		if (singleUnits(indicator.responsible()).size() > 1) {
			if (SHARES.contains(unit)) {
				return POOLED;
			}
			if ("count".equals(unit)) {
				return SUM;
			}
		}
		return SINGLE;
	}

	/** The units asked for a figure: they get the row in their forms and are expected. */
	public List<String> contributors(CatalogIndicator indicator) {
		String aggregate = of(indicator);
		if (POOLED.equals(aggregate) || SUM.equals(aggregate)) {
			List<String> units = singleUnits(indicator.responsible());
			return units.isEmpty() ? List.of(this.consolidatingUnit) : units;
		}
		return List.of(reportingUnit(indicator));
	}

	/**
	 * The unit whose own figure the report uses when no parts are summed: the
	 * consolidating office for a published figure, else the first responsible unit that
	 * is not a collective, else the consolidating office.
	 */
	public String reportingUnit(CatalogIndicator indicator) {
		if (PUBLISHED.equals(of(indicator))) {
			return this.consolidatingUnit;
		}
		return reportingUnit(indicator.responsible());
	}

	/**
	 * The first named body that is a single unit; the consolidating office when the plan
	 * names only collectives ("Các phòng, ban, ngành").
	 */
	public String reportingUnit(List<String> named) {
		return named.stream()
			.filter(code -> !this.collectives.contains(code))
			.findFirst()
			.orElse(this.consolidatingUnit);
	}

	private List<String> singleUnits(List<String> named) {
		return named.stream().filter(code -> !this.collectives.contains(code)).distinct().toList();
	}

}

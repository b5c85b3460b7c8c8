package vn.nq57.reporting.catalog;

import java.util.List;

/** A plan as written in its catalog file (plans/*.yaml), before it is stored. */
public record PlanCatalog(String sourceFile, String code, String title, String source, Issuer issuer, Locality locality,
		PlanDocument document, List<String> legalBases, String period, String reportRecipient, String consolidatingUnit,
		Signer signer, List<String> distribution, List<Integer> milestones, List<CatalogUnit> units,
		List<CatalogGroup> indicatorGroups, List<CatalogGroup> taskGroups, List<CatalogIndicator> indicators,
		List<CatalogTask> tasks) {

	public record Issuer(String parent, String name, String shortName, String documentPrefix) {
	}

	public record Locality(String kind, String name, String province, String place) {
	}

	public record PlanDocument(String number, String date, String dateText) {
	}

	public record Signer(String onBehalf, String signingFor, String title, String name) {
	}

}

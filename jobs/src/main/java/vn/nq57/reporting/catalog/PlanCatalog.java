package vn.nq57.reporting.catalog;

import java.util.List;

/**
 * A plan as written in its catalog file (plans/*.yaml), before it is stored.
 *
 * @param periodEnd the end of the plan's own period (YYYY-MM-DD, YYYY-MM or YYYY), where
 * a task's deadline is read from it ({@code plan_period}), else null
 * @param reporting the reports the plan owes, as it prints them
 */
public record PlanCatalog(String sourceFile, String code, String title, String source, Issuer issuer, Locality locality,
		PlanDocument document, List<String> legalBases, String period, String periodEnd, String reportRecipient,
		String consolidatingUnit, Signer signer, List<String> distribution, List<Integer> milestones,
		List<Reporting> reporting, List<CatalogUnit> units, List<CatalogGroup> indicatorGroups,
		List<CatalogGroup> taskGroups, List<CatalogIndicator> indicators, List<CatalogTask> tasks) {

	/**
	 * @param numbering how its documents are numbered: {@code state} ("Số: 12/BC-UBND",
	 * Decree 30/2020/NĐ-CP) or {@code party} ("Số 12-BC/ĐU", the party's own rules)
	 */
	public record Issuer(String parent, String name, String shortName, String documentPrefix, String numbering) {
	}

	public record Locality(String kind, String name, String province, String place) {
	}

	/**
	 * @param signedOn the day the plan was signed where the source shows it (an
	 * e-signature's date) although the printed date is blank, else null
	 */
	public record PlanDocument(String number, String date, String dateText, String signedOn) {
	}

	public record Signer(String onBehalf, String signingFor, String title, String name) {
	}

	/**
	 * One kind of report the plan owes.
	 *
	 * @param type monthly, quarterly, half-year, annual, ad-hoc, three-year-review,
	 * five-year-review or periodic ("định kỳ" without a stated period)
	 * @param to who receives it, as the plan names them
	 * @param dueText the plan's wording of when it is due ("trước ngày 20 hằng tháng"),
	 * where it prints one
	 * @param dueFrom whose deadline {@code dueText} is: {@code units} (the units'
	 * deadline to the consolidating office) or {@code issuer} (the commune's to
	 * {@code to})
	 */
	public record Reporting(String type, String to, String dueText, String dueFrom, String source, int line) {
	}

}

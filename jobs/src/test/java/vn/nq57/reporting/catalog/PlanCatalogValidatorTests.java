package vn.nq57.reporting.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator's rules, each on a small catalog that breaks only that rule. */
class PlanCatalogValidatorTests {

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

	/** Issue 14 item 2: a target printed without a year applies alone. */
	@Test
	void aTargetWithoutAYearCannotStandBesideMilestoneTargets() {
		assertThat(errors(withTargets("{2026: \"≥ 60%\", unstated: \"≥ 80%\"}"))).singleElement()
			.satisfies(
					error -> assertThat(error.toString()).contains("indicators[0].targets.unstated", "không ghi năm"));
		assertThat(errors(withTargets("{standing: \"80\"}").replace("milestones: [2026]", "milestones: []"))).isEmpty();
		assertThat(errors(withTargets("{yearly: \"≥ 2\"}"))).isEmpty();
	}

	/** Issue 14 item 4: a count target is a level, a total or a count per year. */
	@Test
	void aCountTargetMustSayWhatItCounts() {
		String count = withTargets("{2026: \"> 01\"}").replace("unit: \"percent\"", "unit: \"count\"");
		assertThat(errors(count)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].targets.2026", "basis"));
		assertThat(errors(count.replace("    targets:", "    basis: \"total\"\n    targets:"))).isEmpty();
		assertThat(errors(
				withTargets("{2026: \"Mỗi năm có ít nhất 01\"}").replace("unit: \"percent\"", "unit: \"count\"")))
			.isEmpty();
	}

	@Test
	void aPerYearWordingCannotBeDeclaredATotal() {
		String text = withTargets("{2026: {text: \"Mỗi năm có ít nhất 01\", basis: \"total\"}}")
			.replace("unit: \"percent\"", "unit: \"count\"");
		assertThat(errors(text)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("targets.2026", "mỗi năm"));
	}

	@Test
	void onlyCountsAreTotalsOrPerYearCounts() {
		assertThat(errors(withTargets("{2026: {text: \"≥ 60%\", basis: \"per_year\"}}"))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("targets.2026.basis", "count"));
	}

	/**
	 * Issue 14 item 3: each milestone may keep its own wording, different from the name.
	 */
	@Test
	void aMilestoneWordingRepeatingTheNameIsRefused() {
		assertThat(errors(withTargets("{2026: {text: \"≥ 60%\", name: \"Tỷ lệ\"}}"))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("targets.2026.name"));
		assertThat(errors(withTargets("{2026: {text: \"≥ 60%\", name: \"Tỷ lệ khác\"}}"))).isEmpty();
	}

	/**
	 * Issue 14 item 5: a deadline read from the plan's period needs that period's end.
	 */
	@Test
	void aPlanPeriodDeadlineNeedsThePlansPeriodEnd() {
		String task = PlanCatalogReaderTests.minimal() + """
				task_groups:
				  - {code: "I", name: "Nhiệm vụ"}
				tasks:
				  - code: "T-01"
				    group: "I"
				    name: "Nhiệm vụ"
				    lead: ["VHXH"]
				    deadline: {kind: "plan_period"}
				    deadline_text: "Không ghi thời hạn"
				""";
		assertThat(errors(task)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("tasks[0].deadline", "period_end"));
		assertThat(errors(task.replace("milestones: [2026]", "period_end: \"2026-12-31\"\nmilestones: [2026]")))
			.isEmpty();
		assertThat(errors(task.replace("kind: \"plan_period\"", "kind: \"recurring\"")
			.replace("\"Không ghi thời hạn\"", "\"Định kỳ\""))).isEmpty();
	}

	/** Issue 14 item 7: a shared code promises one unit and one direction. */
	@Test
	void aSharedCodeUsedWithAnotherUnitOrDirectionIsRefused() {
		String shared = PlanCatalogReaderTests.minimal()
			.replace("    group: \"A\"", "    shared: \"NQ57-5G-COVERAGE\"\n    group: \"A\"");
		assertThat(errors(shared)).isEmpty();
		assertThat(errors(shared.replace("unit: \"percent\"", "unit: \"count\"")
			.replace("targets: {2026: \"≥ 60%\"}", "targets: {2026: \"≥ 60\"}")
			.replace("    basis", "    basis")))
			.anySatisfy(error -> assertThat(error.toString()).contains("indicators[0].shared", "NQ57-5G-COVERAGE",
					"percent"));
		assertThat(errors(shared.replace("direction: \"higher\"", "direction: \"lower\"")))
			.anySatisfy(error -> assertThat(error.toString()).contains("indicators[0].shared", "higher"));
	}

	/** Issue 14 item 8: how the commune's figure is made from its units'. */
	@Test
	void aSumOfPerCentsOrRatesIsRefused() {
		String pooled = PlanCatalogReaderTests.minimal()
			.replace("    responsible: [\"VHXH\"]", "    responsible: [\"VHXH\"]\n    aggregate: \"sum\"");
		assertThat(errors(pooled)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].aggregate", "sum"));
		String rate = pooled.replace("unit: \"percent\"", "unit: \"rate\"\n    rate_per: 10000")
			.replace("≥ 60%", "từ 10 người");
		assertThat(errors(rate)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].aggregate"));
		assertThat(errors(rate.replace("aggregate: \"sum\"", "aggregate: \"pooled\""))).isEmpty();
	}

	@Test
	void aRateNeedsItsBaseAndPoolingNeedsAShare() {
		assertThat(errors(PlanCatalogReaderTests.minimal()
			.replace("unit: \"percent\"", "unit: \"rate\"")
			.replace("≥ 60%", "từ 10 người"))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("rate_per"));
		String count = PlanCatalogReaderTests.minimal()
			.replace("unit: \"percent\"", "unit: \"count\"\n    basis: \"total\"\n    aggregate: \"pooled\"")
			.replace("≥ 60%", "> 01");
		assertThat(errors(count)).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].aggregate", "pooled"));
		assertThat(errors(count.replace("aggregate: \"pooled\"", "aggregate: \"together\""))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].aggregate", "together"));
	}

	/** Issue 14 item 11: the printed wording is kept only where it differs. */
	@Test
	void aPrintedNameEqualToTheNameIsRefused() {
		assertThat(errors(PlanCatalogReaderTests.minimal()
			.replace("    name: \"Tỷ lệ\"", "    name: \"Tỷ lệ\"\n    printed_name: \"Tỷ lệ\""))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("indicators[0].printed_name"));
	}

	/**
	 * Issue 14 item 12: "Số: 12/BC-UBND" for state bodies, "Số 12-BC/ĐU" for the party.
	 */
	@Test
	void theNumberPrefixFollowsTheIssuersNumbering() {
		String party = PlanCatalogReaderTests.minimal()
			.replace("document_prefix: \"BC-UBND\"", "document_prefix: \"BC/ĐU\", numbering: \"party\"");
		assertThat(errors(party)).isEmpty();
		assertThat(errors(party.replace("BC/ĐU", "BC-ĐU"))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("issuer.document_prefix", "BC/ĐU"));
		assertThat(errors(PlanCatalogReaderTests.minimal().replace("BC-UBND", "BC/UBND"))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("issuer.document_prefix", "BC-UBND"));
		assertThat(errors(party.replace("\"party\"", "\"church\""))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("issuer.numbering"));
	}

	/** Issue 14 item 13: when the plan was signed, a day. */
	@Test
	void theSigningDayIsADate() {
		String signed = PlanCatalogReaderTests.minimal()
			.replace("milestones: [2026]", "document: {signed_on: \"2025-10-20\"}\nmilestones: [2026]");
		assertThat(errors(signed)).isEmpty();
		assertThat(errors(signed.replace("2025-10-20", "20/10/2025"))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("document.signed_on"));
	}

	/** Issue 14 item 9 (the catalog's part): which reports the plan owes and to whom. */
	@Test
	void theReportsAPlanOwesAreDeclaredOnceEach() {
		String minimal = PlanCatalogReaderTests.minimal();
		assertThat(errors(minimal.replace("  - {type: \"annual\", to: \"Sở Khoa học và Công nghệ tỉnh A\"}\n", "")
			.replace("reporting:\n", ""))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("reporting"));
		assertThat(errors(minimal.replace("type: \"annual\"", "type: \"weekly\""))).singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("reporting[0].type", "weekly"));
		assertThat(errors(minimal.replace("  - {type: \"annual\", to: \"Sở Khoa học và Công nghệ tỉnh A\"}\n",
				"  - {type: \"annual\", to: \"Sở A\"}\n  - {type: \"annual\", to: \"Sở B\", due_from: \"units\"}\n")))
			.singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("reporting[1].type"));
		assertThat(errors(
				minimal.replace("to: \"Sở Khoa học và Công nghệ tỉnh A\"", "to: \"Sở A\", due_from: \"everyone\"")))
			.singleElement()
			.satisfies(error -> assertThat(error.toString()).contains("reporting[0].due_from"));
	}

	private static String withTargets(String targets) {
		return PlanCatalogReaderTests.minimal().replace("targets: {2026: \"≥ 60%\"}", "targets: " + targets);
	}

	List<CatalogError> errors(String text) {
		return this.validator.validate(this.reader.read("plans/x.yaml", text));
	}

}

package vn.nq57.reporting.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The five real plans load completely, and a bad catalog leaves the database as it was.
 */
@DatabaseTest
class PlanCatalogImportTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	CatalogMapper catalog;

	@Test
	void allFivePlansImportWithEveryIndicatorAndTask() {
		for (String file : List.of("vu-quang.yaml", "kien-an.yaml", "phu-trung.yaml", "yen-hoa.yaml",
				"loc-hung.yaml")) {
			this.importer.importText("plans/" + file, TestPlans.text(file));
		}
		Map<String, PlanSummary> plans = this.catalog.listPlans()
			.stream()
			.collect(Collectors.toMap(PlanSummary::code, p -> p));
		// counts checked against the source documents (shared/seeds), see each file's
		// header
		assertCounts(plans.get("VU-QUANG"), 28, 31);
		assertCounts(plans.get("KIEN-AN"), 31, 12);
		assertCounts(plans.get("PHU-TRUNG"), 22, 27);
		assertCounts(plans.get("YEN-HOA"), 12, 42);
		assertCounts(plans.get("LOC-HUNG"), 45, 27);
	}

	@Test
	void importedTargetsKeepThePrintedWordingBesideTheReading() {
		StoredPlanVersion vuQuang = importPlan("vu-quang.yaml", "VU-QUANG");
		// Phụ lục I, row 19: "≥ 70% ≥ 80%; ≥ 90%; 100% 100%"
		assertThat(target(vuQuang, "VQ-19", 2026)).satisfies(t -> {
			assertThat(t.targetText()).isEqualTo("≥ 70%");
			assertThat(t.kind()).isEqualTo("NUMERIC");
			assertThat(t.comparator()).isEqualTo("AT_LEAST");
			assertThat(t.value()).isEqualByComparingTo("70");
		});
		assertThat(target(vuQuang, "VQ-19", 2030).targetText()).isEqualTo("≥ 80%;");
		// row 5: comma decimals with a stray semicolon
		assertThat(target(vuQuang, "VQ-05", 2026).value()).isEqualByComparingTo("1.0");
		// row 10: "ứng dụng" is a qualitative target, kept, never dropped
		assertThat(target(vuQuang, "VQ-10", 2030).kind()).isEqualTo("QUALITATIVE");

		StoredPlanVersion locHung = importPlan("loc-hung.yaml", "LOC-HUNG");
		StoredTarget index = this.catalog.findTargets(locHung.id())
			.stream()
			.filter(t -> t.targetText().equals("0,97%"))
			.findFirst()
			.orElseThrow();
		assertThat(index.value()).as("an index of 0.97 printed as 0,97%").isEqualByComparingTo("0.97");
	}

	@Test
	void taskDeadlinesAreTypedAndKeepTheirWording() {
		StoredPlanVersion kienAn = importPlan("kien-an.yaml", "KIEN-AN");
		StoredTask first = task(kienAn, "KA-T01");
		assertThat(first.deadlineKind()).isEqualTo("by");
		assertThat(first.deadlineValue()).isEqualTo("2025-08-31");
		assertThat(first.deadlineText()).isEqualTo("Hoàn thành trước tháng 9/2025");

		StoredPlanVersion vuQuang = importPlan("vu-quang.yaml", "VU-QUANG");
		assertThat(task(vuQuang, "VQ-T01").deadlineKind()).isEqualTo("ongoing");
		assertThat(task(vuQuang, "VQ-T01").deadlineText()).isEqualTo("Thường xuyên");

		StoredPlanVersion phuTrung = importPlan("phu-trung.yaml", "PHU-TRUNG");
		assertThat(this.catalog.findTasks(phuTrung.id())).anySatisfy(task -> {
			assertThat(task.deadlineText()).isEqualTo("Quý I/2026");
			assertThat(task.deadlineValue()).isEqualTo("2026-Q1");
		});
	}

	@Test
	void reimportingAnUnchangedFileAddsNoVersionButAChangedFileDoes() {
		String text = TestPlans.text("vu-quang.yaml");
		int before = importPlan("vu-quang.yaml", "VU-QUANG").version();

		PlanImporter.ImportResult same = this.importer.importText("plans/vu-quang.yaml", text);
		assertThat(same.changed()).isFalse();
		assertThat(same.version()).isEqualTo(before);

		String edited = text.replace("name: \"Trần Văn Trà\"", "name: \"Nguyễn Văn A\"");
		PlanImporter.ImportResult changed = this.importer.importText("plans/vu-quang.yaml", edited);
		assertThat(changed.changed()).isTrue();
		assertThat(changed.version()).isEqualTo(before + 1);
		assertThat(this.catalog.findLatestVersion("VU-QUANG").signerName()).isEqualTo("Nguyễn Văn A");
		assertThat(this.catalog.findVersion("VU-QUANG", before).signerName()).isEqualTo("Trần Văn Trà");
	}

	@Test
	void malformedCatalogIsRejectedWithFileLineAndFieldAndChangesNothing() {
		StoredPlanVersion before = importPlan("vu-quang.yaml", "VU-QUANG");
		List<PlanSummary> plansBefore = this.catalog.listPlans();
		String broken = TestPlans.text("vu-quang.yaml")
			.replaceFirst("responsible: \\[\"CA\"\\]", "responsible: [\"CONG-AN\"]")
			.replaceFirst("code: \"VQ-02\"", "code: \"VQ-01\"")
			.replaceFirst("2030: \"≥ 80%;\"", "2050: \"≥ 80%;\"")
			.replaceFirst("2026: \"≥ 5%\"", "2026: \"≥ năm phần trăm\"");

		assertThatThrownBy(() -> this.importer.importText("plans/vu-quang.yaml", broken))
			.isInstanceOfSatisfying(InvalidCatalogException.class, ex -> {
				assertThat(ex.errors()).extracting(CatalogError::file).containsOnly("plans/vu-quang.yaml");
				assertThat(ex.errors()).allSatisfy(error -> assertThat(error.line()).isPositive());
				assertThat(ex.errors()).extracting(CatalogError::toString)
					.anySatisfy(m -> assertThat(m).contains("responsible",
							"đơn vị \"CONG-AN\" không có trong danh sách units"))
					.anySatisfy(m -> assertThat(m).contains("indicators[2].code", "mã chỉ tiêu \"VQ-01\" bị trùng"))
					.anySatisfy(m -> assertThat(m).contains("targets.2050", "năm 2050 không nằm trong các năm mốc"))
					.anySatisfy(m -> assertThat(m)
						.contains("\"≥ năm phần trăm\" bắt đầu bằng dấu so sánh nhưng không đọc được số"));
			});
		assertThat(this.catalog.listPlans()).isEqualTo(plansBefore);
		assertThat(this.catalog.findLatestVersion("VU-QUANG").version()).isEqualTo(before.version());
	}

	/**
	 * Issue 14 items 2-4: targets keep the time, the basis and the wording the plan
	 * prints.
	 */
	@Test
	void targetsAreStoredWithTheTimeTheBasisAndTheWordingThePlanPrints() {
		StoredPlanVersion phuTrung = importPlan("phu-trung.yaml", "PHU-TRUNG");
		StoredTarget pt01 = this.catalog.findTargets(phuTrung.id())
			.stream()
			.filter(t -> t.indicatorCode().equals("PT-01"))
			.findFirst()
			.orElseThrow();
		assertThat(pt01.milestoneYear()).isNull();
		assertThat(pt01.horizon()).isEqualTo("unstated");
		assertThat(pt01.when()).isEqualTo("kế hoạch không ghi mốc thời gian");
		assertThat(phuTrung.milestones()).isEqualTo("2026");

		StoredPlanVersion locHung = importPlan("loc-hung.yaml", "LOC-HUNG");
		assertThat(target(locHung, "LH-16", 2035).basis()).isEqualTo("per_year");
		assertThat(target(locHung, "LH-16", 2045).basis()).isEqualTo("total");
		assertThat(target(locHung, "LH-19", 2030).name()).isEqualTo("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo");
		assertThat(target(locHung, "LH-19", 2035).name()).isNull();
		assertThat(target(locHung, "LH-45", 2045).printedText()).contains("hiên đai");
	}

	/**
	 * Issue 14 item 8: how each indicator's figure is made and every unit it asks from.
	 */
	@Test
	void aggregationIsStoredWithEveryUnitItAsksFrom() {
		StoredPlanVersion vuQuang = importPlan("vu-quang.yaml", "VU-QUANG");
		assertThat(indicator(vuQuang, "VQ-16")).satisfies(i -> {
			assertThat(i.aggregate()).isEqualTo("pooled");
			assertThat(i.contributingUnits()).isEqualTo("VP,TTHCC");
			assertThat(i.asksFrom("TTHCC")).isTrue();
		});
		assertThat(indicator(vuQuang, "VQ-19").aggregate()).isEqualTo("single");

		StoredPlanVersion phuTrung = importPlan("phu-trung.yaml", "PHU-TRUNG");
		assertThat(indicator(phuTrung, "PT-21")).satisfies(i -> {
			assertThat(i.aggregate()).isEqualTo("published");
			assertThat(i.reportingUnit()).as("entered by the consolidating office").isEqualTo("VHXH");
			assertThat(i.contributingUnits()).isEqualTo("VHXH");
		});
		assertThat(indicator(phuTrung, "PT-19").contributingUnits()).isEqualTo("TTHCC");

		StoredPlanVersion locHung = importPlan("loc-hung.yaml", "LOC-HUNG");
		assertThat(indicator(locHung, "LH-10")).satisfies(i -> {
			assertThat(i.measureUnit()).isEqualTo("rate");
			assertThat(i.ratePer()).isEqualByComparingTo("10000");
		});
		assertThat(indicator(locHung, "LH-25").aggregate()).isEqualTo("published");
	}

	/**
	 * Issue 14 items 5, 9, 11, 12, 13: deadline kinds, the reports owed, printed wording,
	 * numbering and the plan's signing day are stored.
	 */
	@Test
	void planFactsOfCatalogsV2AreStored() {
		StoredPlanVersion yenHoa = importPlan("yen-hoa.yaml", "YEN-HOA");
		assertThat(task(yenHoa, "YH-T01").deadlineKind()).isEqualTo("plan_period");
		assertThat(task(yenHoa, "YH-T01").deadlineValue()).as("the plan's period end").isEqualTo("2025-12-31");
		assertThat(yenHoa.periodEnd()).isEqualTo("2025-12-31");

		StoredPlanVersion kienAn = importPlan("kien-an.yaml", "KIEN-AN");
		assertThat(kienAn.documentSignedOn()).isEqualTo(java.time.LocalDate.of(2025, 10, 20));
		assertThat(task(kienAn, "KA-T01").deadlineBeforePlan()).isTrue();
		assertThat(task(kienAn, "KA-T02").deadlineBeforePlan()).isFalse();
		assertThat(task(kienAn, "KA-T06").name()).contains("chủ quyền số");
		assertThat(task(kienAn, "KA-T06").printedName()).contains("chủ quyển số");

		StoredPlanVersion locHung = importPlan("loc-hung.yaml", "LOC-HUNG");
		assertThat(locHung.numbering()).isEqualTo("party");
		assertThat(locHung.documentPrefix()).isEqualTo("BC/ĐU");
		assertThat(this.catalog.findReporting(locHung.id())).extracting(StoredReporting::reportType)
			.containsExactly("annual", "three-year-review", "five-year-review");
		assertThat(this.catalog.findGroups(locHung.id(), "TASK")).filteredOn(g -> g.code().equals("III-3"))
			.singleElement()
			.satisfies(g -> assertThat(g.printedName()).contains("chuyển đối số"));
	}

	private StoredIndicator indicator(StoredPlanVersion plan, String code) {
		return this.catalog.findIndicators(plan.id())
			.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private StoredPlanVersion importPlan(String file, String code) {
		this.importer.importText("plans/" + file, TestPlans.text(file));
		return this.catalog.findLatestVersion(code);
	}

	private StoredTarget target(StoredPlanVersion plan, String indicator, int year) {
		return this.catalog.findTargets(plan.id())
			.stream()
			.filter(t -> t.indicatorCode().equals(indicator) && Integer.valueOf(year).equals(t.milestoneYear()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no target " + indicator + " " + year));
	}

	private StoredTask task(StoredPlanVersion plan, String code) {
		return this.catalog.findTasks(plan.id()).stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
	}

	private static void assertCounts(PlanSummary plan, int indicators, int tasks) {
		assertThat(plan).as("plan imported").isNotNull();
		assertThat(plan.indicators()).as(plan.code() + " indicators").isEqualTo(indicators);
		assertThat(plan.tasks()).as(plan.code() + " tasks").isEqualTo(tasks);
	}

}

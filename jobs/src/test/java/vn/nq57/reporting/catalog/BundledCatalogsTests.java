package vn.nq57.reporting.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.nq57.reporting.attainment.Direction;
import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.TargetReader;
import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five catalogs in plans/ say what their plans print, read as a reviewer at a Sở Khoa
 * học và Công nghệ would (issue 14): each test names the seed passage it checks. Plain
 * files, no database; the folder is named by the system property {@code plans.dir}
 * (default {@code ../plans}).
 */
class BundledCatalogsTests {

	private static Path plansDir;

	private static final Map<String, PlanCatalog> catalogs = new LinkedHashMap<>();

	private static final Map<String, List<String>> lines = new LinkedHashMap<>();

	@BeforeAll
	static void readCatalogs() throws IOException {
		plansDir = Path.of(System.getProperty("plans.dir", "../plans")).toAbsolutePath().normalize();
		PlanCatalogReader reader = new PlanCatalogReader();
		try (Stream<Path> files = Files.list(plansDir)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				lines.put(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
				if (!file.getFileName().toString().equals("shared-indicators.yaml")) {
					PlanCatalog catalog = reader.read(file);
					catalogs.put(catalog.code(), catalog);
				}
			}
		}
		assertThat(catalogs).containsOnlyKeys("KIEN-AN", "LOC-HUNG", "PHU-TRUNG", "VU-QUANG", "YEN-HOA");
	}

	@Test
	void everyCatalogPassesTheValidator() throws IOException {
		SharedIndicatorRegistry registry = SharedIndicatorRegistry
			.parse(Files.readString(plansDir.resolve("shared-indicators.yaml")));
		PlanCatalogValidator validator = new PlanCatalogValidator(registry);
		List<CatalogError> errors = new ArrayList<>();
		catalogs.values().forEach(catalog -> errors.addAll(validator.validate(catalog)));
		assertThat(errors).isEmpty();
	}

	/**
	 * Issue 14 item 14: a seed is named by its file name, never by a path of a machine.
	 */
	@Test
	void noCatalogNamesAPathOfTheMachineItWasWrittenOn() {
		Pattern machinePath = Pattern.compile("(^|[\\s\"'(])(/(work|home|tmp|Users|mnt|srv)/|[A-Za-z]:\\\\)");
		List<String> found = new ArrayList<>();
		lines.forEach((file, text) -> {
			for (int i = 0; i < text.size(); i++) {
				if (machinePath.matcher(text.get(i)).find()) {
					found.add(file + ":" + (i + 1) + ": " + text.get(i).strip());
				}
			}
		});
		assertThat(found).isEmpty();
	}

	/**
	 * Issue 14 item 1: seed 001, Phụ lục I row 1 prints 5G targets for 2026 and 2030 and
	 * "6G (50%)", "6G (80%)", "6G (100%)" for 2035-2045; a 2035 report must not judge 5G
	 * coverage against a 6G target. Split as Lộc Hưng (LH-01/LH-02) and Kiến An
	 * (KA-01/KA-05) already are.
	 */
	@Test
	void vuQuangKeeps5GAnd6GCoverageApart() {
		CatalogIndicator coverage5g = indicator("VU-QUANG", "VQ-01");
		assertThat(coverage5g.shared()).isEqualTo("NQ57-5G-COVERAGE");
		assertThat(coverage5g.targets()).extracting(CatalogTarget::year).containsExactly(2026, 2030);
		assertThat(coverage5g.targets()).extracting(CatalogTarget::text).noneMatch(text -> text.contains("6G"));

		List<CatalogIndicator> coverage6g = catalogs.get("VU-QUANG")
			.indicators()
			.stream()
			.filter(i -> "NQ57-6G-COVERAGE".equals(i.shared()))
			.toList();
		assertThat(coverage6g).singleElement().satisfies(i -> {
			assertThat(i.number()).isEqualTo("1");
			assertThat(i.name()).contains("6G");
			assertThat(i.targets()).extracting(CatalogTarget::year).containsExactly(2035, 2040, 2045);
			assertThat(i.targets()).extracting(CatalogTarget::text)
				.containsExactly("6G (50%)", "6G (80%)", "6G (100%)");
		});
	}

	/**
	 * Issue 14 item 2: seed 002 prints its targets without a year: section II.2 (lines
	 * 193-262) in prose, Phụ lục I rows 3-9 (lines 730-830) with "Thường xuyên" or (row
	 * 4) "Hằng năm" in the time column. Only row III.2 ("Quý I/2026") has a year. No
	 * milestone year may be invented for the others.
	 */
	@Test
	void phuTrungTargetsKeepTheTimeThePlanPrints() {
		Map<String, String> horizons = new LinkedHashMap<>();
		for (int i = 1; i <= 14; i++) {
			horizons.put(String.format("PT-%02d", i), "unstated");
		}
		for (String code : List.of("PT-15", "PT-17", "PT-18", "PT-19", "PT-20", "PT-21")) {
			horizons.put(code, "standing");
		}
		horizons.put("PT-16", "yearly");
		horizons.forEach((code, horizon) -> assertThat(indicator("PHU-TRUNG", code).targets()).as(code)
			.singleElement()
			.satisfies(target -> {
				assertThat(target.year()).isNull();
				assertThat(target.horizon()).isEqualTo(horizon);
			}));
		assertThat(indicator("PHU-TRUNG", "PT-22").targets()).singleElement().satisfies(target -> {
			assertThat(target.year()).isEqualTo(2026);
			assertThat(target.horizon()).isEqualTo(CatalogTarget.MILESTONE);
		});
		assertThat(catalogs.get("PHU-TRUNG").milestones()).containsExactly(2026);
	}

	/**
	 * Issue 14 item 3: seed 003 prints Lộc Hưng's 2030 bullet as "Tỷ lệ doanh nghiệp có
	 * hoạt động đổi mới sáng tạo" (line 151) and the 2035-2045 bullets as "doanh nghiệp
	 * có hoạt động đổi mới quy trình, mô hình kinh doanh" (lines 254, 325, 406): each
	 * milestone keeps its own wording, and the reading says why they are one indicator.
	 */
	@Test
	void lh19KeepsTheWordingOfEachMilestone() {
		CatalogIndicator lh19 = indicator("LOC-HUNG", "LH-19");
		assertThat(lh19.name()).isEqualTo("Doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh");
		assertThat(lh19.targets()).extracting(CatalogTarget::year).containsExactly(2030, 2035, 2040, 2045);
		assertThat(lh19.targets().get(0).name()).isEqualTo("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo");
		assertThat(lh19.targets().subList(1, 4)).extracting(CatalogTarget::name).containsOnlyNulls();
		assertThat(lh19.reading()).contains("one indicator because");
	}

	/**
	 * Issue 14 item 4: a count target is a level or total at a date, or a count per year,
	 * and the catalog says which. Seed 003: LH-11 "> 01" (2030, line 138) then "Mỗi năm
	 * có ít nhất 01" (2035, line 232); LH-16 "Mỗi năm có ít nhất 01" (2035, line 240)
	 * then "Có > 03" (2045, line 394); LH-20 "> 01", "> 02", "> 03" (lines 155, 258, 327)
	 * then "Mỗi năm có > 05" (2045, line 408).
	 */
	@Test
	void everyCountTargetSaysWhetherItIsATotalOrAPerYearCount() {
		List<String> undeclared = new ArrayList<>();
		catalogs.values().forEach(catalog -> catalog.indicators().forEach(indicator -> {
			if ("count".equals(indicator.unit())) {
				for (CatalogTarget target : indicator.targets()) {
					if (TargetReader
						.read(target.text(), MeasureUnit.COUNT, Direction.fromCatalogName(indicator.direction()))
						.isNumeric() && basis(indicator, target) == null) {
						undeclared.add(indicator.code() + " " + target.key() + " \"" + target.text() + "\"");
					}
				}
			}
		}));
		assertThat(undeclared).isEmpty();
		assertThat(bases("LH-11")).containsExactly("total", "per_year");
		assertThat(bases("LH-16")).containsExactly("per_year", "total");
		assertThat(bases("LH-20")).containsExactly("total", "total", "total", "per_year");
	}

	/**
	 * Issue 14 item 5: a deadline the plan does not print is not typed like a printed
	 * date. Seed 000 prints no time for any task of II.1-II.6 (lines 100-330) of a plan
	 * for "6 tháng cuối năm 2025"; seed 003 prints none in section III (lines 450-740) of
	 * a plan running to 2045; "Định kỳ" (000 line 309) and "hằng năm" (003, task 1.2) are
	 * recurring.
	 */
	@Test
	void deadlinesThePlansDoNotPrintAreTypedAsSuch() {
		PlanCatalog yenHoa = catalogs.get("YEN-HOA");
		assertThat(yenHoa.periodEnd()).isEqualTo("2025-12-31");
		assertThat(yenHoa.tasks()).hasSize(42);
		assertThat(yenHoa.tasks().stream().filter(t -> !t.code().equals("YH-T37")))
			.allSatisfy(t -> assertThat(t.deadline().kind()).as(t.code()).isEqualTo("plan_period"));
		assertThat(task("YEN-HOA", "YH-T37").deadline().kind()).isEqualTo("recurring");

		assertThat(catalogs.get("LOC-HUNG").tasks())
			.allSatisfy(t -> assertThat(t.deadline().kind()).as(t.code()).isNotEqualTo("by"));
		assertThat(task("LOC-HUNG", "LH-T02").deadline().kind()).isEqualTo("yearly");
		assertThat(task("LOC-HUNG", "LH-T07").deadline().kind()).isEqualTo("unspecified");
		assertThat(task("LOC-HUNG", "LH-T07").deadlineText()).contains("khẩn trương theo tiến độ");

		catalogs.values()
			.forEach(catalog -> assertThat(catalog.tasks()).allSatisfy(t -> assertThat("by".equals(t.deadline().kind())
					&& t.deadlineText() != null && t.deadlineText().startsWith("Không ghi"))
				.as(catalog.code() + " " + t.code() + " typed as a printed date although no time is printed")
				.isFalse()));
	}

	/**
	 * Issue 14 item 6: duties with a named lead outside the task appendix. Seed 001
	 * section III: 3.2 Phòng Kinh tế (line 414), 3.5 Trung tâm Phục vụ hành chính công
	 * (lines 444-446), 4.1 the schools (lines 454-480), 5.5 Công an xã (line 606), 5.6
	 * the health stations (lines 618-622), 6.1-6.3 (lines 629-658). Seed 003 section IV:
	 * 2 Hội đồng nhân dân xã (lines 758-762), 5 UBKT Đảng ủy (lines 781-785).
	 */
	@Test
	void dutiesWithANamedLeadOutsideTheTaskAppendixAreTasks() {
		List<CatalogTask> vuQuang = tasksOfOwnGroup("VU-QUANG");
		assertThat(vuQuang).extracting(CatalogTask::number)
			.containsOnly("III.3.2", "III.3.5", "III.4.1", "III.5.5", "III.5.6", "III.6.1", "III.6.2", "III.6.3");
		assertThat(vuQuang).extracting(t -> t.number() + " " + t.lead())
			.contains("III.3.2 [KT]", "III.3.5 [TTHCC]", "III.4.1 [TRUONG]", "III.5.5 [CA]", "III.5.6 [TYT]",
					"III.6.1 [PBN_TT_CQDV]", "III.6.2 [VHXH]", "III.6.3 [KT]");
		assertThat(vuQuang)
			.anySatisfy(t -> assertThat(t.name()).contains("Chương trình chuyển đổi số trong nông nghiệp"))
			.anySatisfy(t -> assertThat(t.name()).contains("danh tính số"))
			.anySatisfy(t -> assertThat(t.name()).contains("Sổ sức khỏe"));
		assertThat(vuQuang).allSatisfy(t -> assertThat(t.deadline().kind()).isEqualTo("unspecified"));

		List<CatalogTask> locHung = tasksOfOwnGroup("LOC-HUNG");
		assertThat(locHung).extracting(t -> t.number() + " " + t.lead()).contains("IV.2 [HDND]", "IV.5 [UBKT]");
	}

	/**
	 * Issue 14 item 7: a shared code promises one definition and one unit across
	 * communes.
	 */
	@Test
	void aSharedCodeMeansOneMeasureAcrossThePlans() {
		Map<String, List<String>> measures = new LinkedHashMap<>();
		catalogs.values()
			.forEach(catalog -> catalog.indicators()
				.stream()
				.filter(i -> i.shared() != null)
				.forEach(i -> measures.computeIfAbsent(i.shared(), k -> new ArrayList<>())
					.add(i.unit() + "/" + i.direction())));
		measures.forEach((code, used) -> assertThat(used.stream().distinct()).as(code).hasSize(1));

		assertThat(indicator("PHU-TRUNG", "PT-06").shared()).isNotEqualTo(indicator("LOC-HUNG", "LH-21").shared());
		assertThat(indicator("VU-QUANG", "VQ-05").shared()).isNotEqualTo(indicator("KIEN-AN", "KA-06").shared());
		assertThat(indicator("KIEN-AN", "KA-06").shared()).isEqualTo(indicator("LOC-HUNG", "LH-04").shared());
		assertThat(indicator("PHU-TRUNG", "PT-16").shared()).isNotIn(indicator("VU-QUANG", "VQ-05").shared(),
				indicator("KIEN-AN", "KA-06").shared());
		assertThat(indicator("PHU-TRUNG", "PT-19").shared()).isNotEqualTo(indicator("VU-QUANG", "VQ-20").shared());
		assertThat(indicator("LOC-HUNG", "LH-39").shared()).isNotEqualTo(indicator("KIEN-AN", "KA-30").shared());
	}

	/**
	 * Issue 14 item 8: seed 003 lines 222-224: "từ 10 người ... trên 01 vạn dân" is a
	 * rate (people per 10,000 inhabitants), not a count.
	 */
	@Test
	void peoplePerTenThousandInhabitantsIsARate() {
		CatalogIndicator lh10 = indicator("LOC-HUNG", "LH-10");
		assertThat(lh10.unit()).isEqualTo("rate");
		assertThat(lh10.ratePer()).isEqualByComparingTo("10000");
	}

	/**
	 * Issue 14 item 11: reports print the corrected wording; the catalog keeps the
	 * printed one beside it. Seed 001 lines 1002 ("trực tuyển"), 1084 ("đa đạng"), 1211
	 * ("khen thường ... đổi với"); seed 004 lines 1479 ("các sở giáo dục"), 1511-1513
	 * ("Cở sở", "số điểm"), 2093 ("VNeiD"), 2304 ("chủ quyển số"); seed 003 lines 376 ("y
	 * tê"), 446 ("hiên đai"), 619 ("chuyển đối số"); seed 002 ("khoa hoc").
	 */
	@Test
	void reportsPrintTheCorrectedWordingAndTheCatalogKeepsThePrintedOne() {
		record Typo(String plan, String code, String printed, String corrected) {
		}
		List<Typo> typos = List.of(new Typo("VU-QUANG", "VQ-17", "trực tuyển", "trực tuyến"),
				new Typo("VU-QUANG", "VQ-T01", "đa đạng", "đa dạng"),
				new Typo("VU-QUANG", "VQ-T07", "khen thường", "khen thưởng"),
				new Typo("VU-QUANG", "VQ-T07", "đổi với", "đối với"),
				new Typo("KIEN-AN", "KA-12", "các sở giáo dục", "các cơ sở giáo dục"),
				new Typo("KIEN-AN", "KA-13", "Cở sở", "cơ sở"), new Typo("KIEN-AN", "KA-13", "số điểm", "sổ điểm"),
				new Typo("KIEN-AN", "KA-29", "VNeiD", "VNeID"),
				new Typo("KIEN-AN", "KA-T06", "chủ quyển số", "chủ quyền số"),
				new Typo("LOC-HUNG", "III-3", "chuyển đối số", "chuyển đổi số"),
				new Typo("PHU-TRUNG", "III", "khoa hoc", "khoa học"));
		for (Typo typo : typos) {
			String[] names = names(typo.plan(), typo.code());
			assertThat(names[0]).as(typo + ": printed in reports")
				.doesNotContain(typo.printed())
				.contains(typo.corrected());
			assertThat(names[1]).as(typo + ": kept as printed").contains(typo.printed());
		}
		CatalogIndicator lh45 = indicator("LOC-HUNG", "LH-45");
		assertThat(lh45.targets().get(0).text()).contains("hiện đại");
		assertThat(lh45.targets().get(0).printedText()).contains("hiên đai");
	}

	/** Issue 14 item 12: Lộc Hưng's issuer is a party committee: "Số 12-BC/ĐU". */
	@Test
	void aPartyCommitteeNumbersItsReportsThePartysWay() {
		PlanCatalog.Issuer issuer = catalogs.get("LOC-HUNG").issuer();
		assertThat(issuer.numbering()).isEqualTo("party");
		assertThat(issuer.documentPrefix()).isEqualTo("BC/ĐU");
		catalogs.values()
			.stream()
			.filter(c -> !c.code().equals("LOC-HUNG"))
			.forEach(c -> assertThat(c.issuer().numbering()).as(c.code()).isEqualTo("state"));
	}

	/**
	 * Issue 14 item 13: seed 004 lines 2222-2224 print KA-T01 "Hoàn thành trước tháng
	 * 9/2025"; the plan was signed on 20 and 21/10/2025 (e-signatures, lines 2468 and
	 * 2473-2488): the deadline stays as printed and the catalog knows when the plan was
	 * signed.
	 */
	@Test
	void kienAnKnowsWhenItsPlanWasSigned() {
		assertThat(catalogs.get("KIEN-AN").document().signedOn()).isEqualTo("2025-10-20");
		assertThat(task("KIEN-AN", "KA-T01").deadline().value()).isEqualTo("2025-08-31");
		assertThat(task("KIEN-AN", "KA-T01").deadlineText()).isEqualTo("Hoàn thành trước tháng 9/2025");
	}

	/**
	 * Issue 14 item 9 (the catalog's part): which reports each plan owes and to whom.
	 * Seed 000 III.1 (lines 351-359), 001 V.1 (lines 694-700), 002 IV.1 (lines 499-503),
	 * 003 IV.3 (lines 764-770), 004 V.2 (lines 947-951).
	 */
	@Test
	void eachPlanSaysWhichReportsItOwesAndToWhom() {
		assertThat(types("YEN-HOA")).containsExactly("monthly", "quarterly", "half-year", "annual", "ad-hoc");
		assertThat(types("VU-QUANG")).containsExactly("monthly", "quarterly", "half-year", "annual", "ad-hoc");
		assertThat(types("PHU-TRUNG")).containsExactly("annual", "ad-hoc");
		assertThat(types("LOC-HUNG")).containsExactly("annual", "three-year-review", "five-year-review");
		assertThat(types("KIEN-AN")).containsExactly("periodic");
		assertThat(catalogs.get("VU-QUANG").reporting()).allSatisfy(r -> {
			assertThat(r.to()).isEqualTo("Phòng Văn hóa - Xã hội");
			assertThat(r.dueFrom()).isIn("units", null);
		});
		assertThat(catalogs.get("YEN-HOA").reporting())
			.allSatisfy(r -> assertThat(r.to()).isEqualTo("Sở Khoa học và Công nghệ"));
		assertThat(catalogs.get("LOC-HUNG").reporting())
			.allSatisfy(r -> assertThat(r.to()).isEqualTo("Đảng ủy xã Lộc Hưng"));
		assertThat(catalogs.get("KIEN-AN").reporting())
			.allSatisfy(r -> assertThat(r.to()).isEqualTo("Ủy ban nhân dân phường"));
	}

	private static List<String> types(String plan) {
		return catalogs.get(plan).reporting().stream().map(PlanCatalog.Reporting::type).toList();
	}

	/** The wording reports print and the plan's own, of an indicator, task or group. */
	private static String[] names(String plan, String code) {
		PlanCatalog catalog = catalogs.get(plan);
		for (CatalogIndicator i : catalog.indicators()) {
			if (i.code().equals(code)) {
				return new String[] { i.name(), String.valueOf(i.printedName()) };
			}
		}
		for (CatalogTask t : catalog.tasks()) {
			if (t.code().equals(code)) {
				return new String[] { t.name(), String.valueOf(t.printedName()) };
			}
		}
		for (CatalogGroup g : catalog.taskGroups()) {
			if (g.code().equals(code)) {
				return new String[] { g.name(), String.valueOf(g.printedName()) };
			}
		}
		throw new AssertionError(plan + " has nothing coded " + code);
	}

	private static List<CatalogTask> tasksOfOwnGroup(String plan) {
		PlanCatalog catalog = catalogs.get(plan);
		CatalogGroup group = catalog.taskGroups()
			.stream()
			.filter(g -> g.name().startsWith("Nhiệm vụ giao tại"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(plan + " has no group of duties assigned outside the appendix"));
		return catalog.tasks().stream().filter(t -> t.group().equals(group.code())).toList();
	}

	private static List<String> bases(String code) {
		CatalogIndicator indicator = indicator("LOC-HUNG", code);
		return indicator.targets().stream().map(target -> basis(indicator, target)).toList();
	}

	/**
	 * What a count target counts: as the target says, else as its wording, else as the
	 * indicator says.
	 */
	private static String basis(CatalogIndicator indicator, CatalogTarget target) {
		if (target.basis() != null) {
			return target.basis();
		}
		if (TargetReader.read(target.text(), MeasureUnit.COUNT, Direction.HIGHER_IS_BETTER).perYear()) {
			return "per_year";
		}
		return indicator.basis();
	}

	static CatalogIndicator indicator(String plan, String code) {
		return catalogs.get(plan)
			.indicators()
			.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(plan + " has no indicator " + code));
	}

	static CatalogTask task(String plan, String code) {
		return catalogs.get(plan)
			.tasks()
			.stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(plan + " has no task " + code));
	}

}

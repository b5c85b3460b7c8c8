package vn.nq57.reporting.catalog;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;

/**
 * Checks the indicators of a catalog: groups, parents, units of measure, shared codes,
 * responsible units, how their figures add up, and every target (its year or horizon,
 * what it counts, its wording).
 */
final class IndicatorChecks {

	static final Set<String> MEASURE_UNITS = Set.of("percent", "percent_grdp", "count", "rate", "index", "rank",
			"boolean", "text");

	static final Set<String> DIRECTIONS = Set.of("higher", "lower");

	/** A mobile-network generation named in a wording: "5G", "6G". */
	private static final Pattern NETWORK_GENERATION = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d)G(?![\\p{L}\\p{N}])");

	private final PlanCatalog plan;

	private final SharedIndicatorRegistry sharedCodes;

	private final CatalogProblems problems;

	private final AggregationRule aggregation;

	IndicatorChecks(PlanCatalog plan, SharedIndicatorRegistry sharedCodes, CatalogProblems problems) {
		this.plan = plan;
		this.sharedCodes = sharedCodes;
		this.problems = problems;
		this.aggregation = new AggregationRule(plan);
	}

	void check(Set<String> units, Set<String> groups) {
		Set<String> codes = new HashSet<>();
		Set<String> parents = new HashSet<>();
		for (int i = 0; i < this.plan.indicators().size(); i++) {
			CatalogIndicator indicator = this.plan.indicators().get(i);
			PlanCatalogValidator.checkCode(indicator.code(), indicator.line(), "indicators[" + i + "]", codes,
					"chỉ tiêu", this.problems);
			if (indicator.parent() != null) {
				parents.add(indicator.parent());
			}
		}
		for (int i = 0; i < this.plan.indicators().size(); i++) {
			CatalogIndicator indicator = this.plan.indicators().get(i);
			String field = "indicators[" + i + "]";
			int line = indicator.line();
			if (!groups.contains(indicator.group())) {
				this.problems.add(line, field + ".group",
						"nhóm chỉ tiêu \"" + indicator.group() + "\" không có trong indicator_groups");
			}
			if (indicator.parent() != null && !codes.contains(indicator.parent())) {
				this.problems.add(line, field + ".parent",
						"chỉ tiêu cha \"" + indicator.parent() + "\" không có trong kế hoạch");
			}
			PlanCatalogValidator.checkPrintedName(indicator.name(), indicator.printedName(), line, field,
					this.problems);
			boolean unitKnown = MEASURE_UNITS.contains(indicator.unit());
			if (!unitKnown) {
				this.problems.add(line, field + ".unit",
						"đơn vị đo \"" + indicator.unit() + "\" không hợp lệ " + MEASURE_UNITS);
			}
			boolean directionKnown = DIRECTIONS.contains(indicator.direction());
			if (!directionKnown) {
				this.problems.add(line, field + ".direction",
						"chiều đánh giá \"" + indicator.direction() + "\" không hợp lệ (higher, lower)");
			}
			checkShared(indicator, field);
			checkRate(indicator, field);
			if (indicator.responsible().isEmpty()) {
				this.problems.add(line, field + ".responsible", "cần ít nhất một cơ quan chủ trì theo dõi, đánh giá");
			}
			for (String unit : indicator.responsible()) {
				if (!units.contains(unit)) {
					this.problems.add(line, field + ".responsible", PlanCatalogValidator.unknownUnit(unit));
				}
			}
			checkAggregate(indicator, field);
			if (indicator.targets().isEmpty() && !parents.contains(indicator.code())) {
				this.problems.add(line, field + ".targets",
						"chỉ tiêu không có mục tiêu nào (chỉ chỉ tiêu nhóm mới được để trống)");
			}
			checkBasisName(indicator.basis(), indicator, line, field + ".basis");
			boolean undated = indicator.targets().stream().anyMatch(t -> t.year() == null);
			for (CatalogTarget target : indicator.targets()) {
				checkTarget(indicator, target, field + ".targets." + target.key(),
						undated && indicator.targets().size() > 1, unitKnown && directionKnown);
			}
		}
	}

	private void checkTarget(CatalogIndicator indicator, CatalogTarget target, String field, boolean mixed,
			boolean readable) {
		if (target.year() != null && !this.plan.milestones().contains(target.year())) {
			this.problems.add(target.line(), field, "năm " + target.year() + " không nằm trong các năm mốc "
					+ this.plan.milestones() + " của kế hoạch");
		}
		if (target.year() == null && mixed) {
			this.problems.add(target.line(), field, "chỉ tiêu không ghi năm (" + target.horizon()
					+ ") áp dụng cho mọi năm nên phải là chỉ tiêu duy nhất");
		}
		if (target.name() != null && target.name().equals(indicator.name())) {
			this.problems.add(target.line(), field + ".name",
					"tên ở mốc này trùng tên chỉ tiêu: chỉ ghi name khi kế hoạch in tên khác ở mốc này");
		}
		if (target.printedText() != null && target.printedText().equals(target.text())) {
			this.problems.add(target.line(), field + ".printed_text",
					"printed_text trùng text: chỉ ghi khi text sửa lỗi chính tả của bản in");
		}
		checkSameNetworkGeneration(indicator, target, field);
		if (!readable) {
			return;
		}
		ParsedTarget parsed = CatalogTargetReader.read(target.text(), indicator.unit(), indicator.direction());
		if (parsed.problem() != null) {
			this.problems.add(target.line(), field, parsed.problem());
		}
		if (!checkBasisName(target.basis(), indicator, target.line(), field + ".basis")) {
			return;
		}
		String basis = TargetBasis.of(indicator, target, parsed);
		boolean numeric = "NUMERIC".equals(parsed.kind()) || "RANGE".equals(parsed.kind());
		if (basis == null && numeric) {
			this.problems.add(target.line(), field, "chỉ tiêu đếm cần ghi basis: level (số hiện có tại thời điểm), "
					+ "total (lũy kế từ đầu kế hoạch) hoặc per_year (trong từng năm)");
		}
		if (parsed.perYear() && basis != null && !TargetBasis.PER_YEAR.equals(basis)) {
			this.problems.add(target.line(), field,
					"chỉ tiêu \"" + target.text() + "\" ghi mỗi năm nên basis phải là per_year, không phải " + basis);
		}
	}

	/**
	 * A basis, if given, is one of the three, and totals and per-year counts are counts.
	 */
	private boolean checkBasisName(String basis, CatalogIndicator indicator, int line, String field) {
		if (basis == null) {
			return true;
		}
		if (!TargetBasis.ALL.contains(basis)) {
			this.problems.add(line, field, "basis \"" + basis + "\" không hợp lệ " + TargetBasis.ALL);
			return false;
		}
		if (!TargetBasis.LEVEL.equals(basis) && !"count".equals(indicator.unit())) {
			this.problems.add(line, field, "chỉ chỉ tiêu đếm (count) mới có basis " + basis + "; chỉ tiêu đo bằng "
					+ indicator.unit() + " là mức tại thời điểm (level)");
			return false;
		}
		return true;
	}

	private void checkShared(CatalogIndicator indicator, String field) {
		String code = indicator.shared();
		if (code == null) {
			return;
		}
		if (!this.sharedCodes.contains(code)) {
			this.problems.add(indicator.line(), field + ".shared",
					"mã dùng chung \"" + code + "\" không có trong plans/shared-indicators.yaml");
			return;
		}
		String unit = this.sharedCodes.unit(code);
		String direction = this.sharedCodes.direction(code);
		if (!unit.equals(indicator.unit()) || !direction.equals(indicator.direction())) {
			this.problems.add(indicator.line(), field + ".shared",
					"mã dùng chung \"" + code + "\" là chỉ tiêu đo bằng " + unit + ", chiều " + direction
							+ "; chỉ tiêu này đo bằng " + indicator.unit() + ", chiều " + indicator.direction()
							+ ": một thước đo khác cần mã riêng");
		}
	}

	private void checkRate(CatalogIndicator indicator, String field) {
		BigDecimal per = indicator.ratePer();
		if ("rate".equals(indicator.unit()) && (per == null || per.signum() <= 0)) {
			this.problems.add(indicator.line(), field + ".rate_per",
					"chỉ tiêu tỷ suất (rate) cần rate_per: tính trên bao nhiêu (10000 cho \"trên 01 vạn dân\")");
		}
		if (!"rate".equals(indicator.unit()) && per != null) {
			this.problems.add(indicator.line(), field + ".rate_per", "rate_per chỉ dùng cho chỉ tiêu tỷ suất (rate)");
		}
	}

	private void checkAggregate(CatalogIndicator indicator, String field) {
		String aggregate = indicator.aggregate();
		if (indicator.publishedBy() != null && !AggregationRule.PUBLISHED.equals(this.aggregation.of(indicator))) {
			this.problems.add(indicator.line(), field + ".published_by",
					"published_by chỉ dùng cho số liệu công bố (aggregate: published)");
		}
		if (aggregate == null) {
			return;
		}
		String unit = indicator.unit();
		if (!AggregationRule.ALL.contains(aggregate)) {
			this.problems.add(indicator.line(), field + ".aggregate",
					"cách tổng hợp \"" + aggregate + "\" không hợp lệ " + AggregationRule.ALL);
		}
		else if (AggregationRule.SUM.equals(aggregate) && !"count".equals(unit)) {
			this.problems.add(indicator.line(), field + ".aggregate", "không cộng (sum) được chỉ tiêu đo bằng " + unit
					+ ": chỉ số đếm (count) mới cộng được; tỷ lệ gộp tử số và mẫu số (pooled)");
		}
		else if (AggregationRule.POOLED.equals(aggregate) && !AggregationRule.SHARES.contains(unit)) {
			this.problems.add(indicator.line(), field + ".aggregate", "chỉ tỷ lệ (percent, percent_grdp, rate) mới gộp "
					+ "tử số và mẫu số (pooled); chỉ tiêu này đo bằng " + unit);
		}
		else if (AggregationRule.PUBLISHED.equals(aggregate) && List.of("boolean", "text").contains(unit)) {
			this.problems.add(indicator.line(), field + ".aggregate",
					"chỉ tiêu " + unit + " không phải số liệu công bố (published)");
		}
	}

	/**
	 * A "6G (50%)" target under a 5G indicator is a target for another measure: a 2035
	 * report would judge 5G coverage against it.
	 */
	private void checkSameNetworkGeneration(CatalogIndicator indicator, CatalogTarget target, String field) {
		Matcher named = NETWORK_GENERATION.matcher(indicator.name());
		Matcher printed = NETWORK_GENERATION.matcher(target.text());
		if (named.find() && printed.find() && !named.group().equals(printed.group())) {
			this.problems.add(target.line(), field, "chỉ tiêu \"" + target.text() + "\" là của " + printed.group()
					+ ", khác " + named.group() + " ghi trong tên chỉ tiêu: tách thành một chỉ tiêu riêng");
		}
	}

}

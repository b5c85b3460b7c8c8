package vn.nq57.reporting.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;
import vn.nq57.reporting.catalog.CatalogTask.CatalogDeadline;

/**
 * Cross-checks a catalog that was read successfully: codes unique, every unit and group
 * named exists, milestone years in range, targets readable, deadlines well-formed.
 * Returns every problem found.
 */
public class PlanCatalogValidator {

	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2060;

	private static final Pattern PLAN_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	private static final Set<String> LOCALITY_KINDS = Set.of("xã", "phường", "đặc khu");

	private static final Set<String> UNIT_KINDS = Set.of("office", "centre", "police", "health", "school", "village",
			"organisation", "party", "council", "external", "group");

	private static final Set<String> MEASURE_UNITS = Set.of("percent", "percent_grdp", "count", "index", "rank",
			"boolean", "text");

	private static final Set<String> DIRECTIONS = Set.of("higher", "lower");

	private static final Set<String> DEADLINE_KINDS = Set.of("ongoing", "yearly", "by", "conditional", "unspecified");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/** A mobile-network generation named in a wording: "5G", "6G". */
	private static final Pattern NETWORK_GENERATION = Pattern.compile("(?<![\\p{L}\\p{N}])(\\d)G(?![\\p{L}\\p{N}])");

	private final SharedIndicatorRegistry sharedCodes;

	public PlanCatalogValidator(SharedIndicatorRegistry sharedCodes) {
		this.sharedCodes = sharedCodes;
	}

	public List<CatalogError> validate(PlanCatalog plan) {
		Problems problems = new Problems(plan.sourceFile());
		if (!PLAN_CODE.matcher(plan.code()).matches()) {
			problems.add(1, "code", "mã kế hoạch \"" + plan.code() + "\" chỉ gồm chữ in hoa không dấu, chữ số và '-'");
		}
		if (!LOCALITY_KINDS.contains(plan.locality().kind())) {
			problems.add(1, "locality.kind",
					"loại đơn vị hành chính \"" + plan.locality().kind() + "\" không hợp lệ (xã, phường, đặc khu)");
		}
		checkMilestones(plan, problems);
		Set<String> units = checkUnits(plan, problems);
		if (!units.contains(plan.consolidatingUnit())) {
			problems.add(1, "consolidating_unit", unknownUnit(plan.consolidatingUnit()));
		}
		Set<String> indicatorGroups = checkGroups(plan.indicatorGroups(), "indicator_groups", problems);
		Set<String> taskGroups = checkGroups(plan.taskGroups(), "task_groups", problems);
		checkIndicators(plan, units, indicatorGroups, problems);
		checkTasks(plan, units, taskGroups, problems);
		return problems.list;
	}

	private void checkMilestones(PlanCatalog plan, Problems problems) {
		if (plan.milestones().isEmpty()) {
			problems.add(1, "milestones", "cần ít nhất một năm mốc");
		}
		for (int year : plan.milestones()) {
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				problems.add(1, "milestones", "năm mốc " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR);
			}
		}
	}

	private Set<String> checkUnits(PlanCatalog plan, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < plan.units().size(); i++) {
			CatalogUnit unit = plan.units().get(i);
			String field = "units[" + i + "]";
			checkCode(unit.code(), unit.line(), field, codes, "đơn vị", problems);
			if (!UNIT_KINDS.contains(unit.kind())) {
				problems.add(unit.line(), field + ".kind",
						"loại đơn vị \"" + unit.kind() + "\" không hợp lệ " + UNIT_KINDS);
			}
		}
		for (int i = 0; i < plan.units().size(); i++) {
			CatalogUnit unit = plan.units().get(i);
			for (String member : unit.members()) {
				if (!codes.contains(member)) {
					problems.add(unit.line(), "units[" + i + "].members", unknownUnit(member));
				}
			}
		}
		return codes;
	}

	private Set<String> checkGroups(List<CatalogGroup> groups, String key, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < groups.size(); i++) {
			checkCode(groups.get(i).code(), groups.get(i).line(), key + "[" + i + "]", codes, "nhóm", problems);
		}
		return codes;
	}

	private void checkIndicators(PlanCatalog plan, Set<String> units, Set<String> groups, Problems problems) {
		Set<String> codes = new HashSet<>();
		Set<String> parents = new HashSet<>();
		for (int i = 0; i < plan.indicators().size(); i++) {
			CatalogIndicator indicator = plan.indicators().get(i);
			checkCode(indicator.code(), indicator.line(), "indicators[" + i + "]", codes, "chỉ tiêu", problems);
			if (indicator.parent() != null) {
				parents.add(indicator.parent());
			}
		}
		for (int i = 0; i < plan.indicators().size(); i++) {
			CatalogIndicator indicator = plan.indicators().get(i);
			String field = "indicators[" + i + "]";
			int line = indicator.line();
			if (!groups.contains(indicator.group())) {
				problems.add(line, field + ".group",
						"nhóm chỉ tiêu \"" + indicator.group() + "\" không có trong indicator_groups");
			}
			if (indicator.parent() != null && !codes.contains(indicator.parent())) {
				problems.add(line, field + ".parent",
						"chỉ tiêu cha \"" + indicator.parent() + "\" không có trong kế hoạch");
			}
			if (indicator.shared() != null && !this.sharedCodes.contains(indicator.shared())) {
				problems.add(line, field + ".shared",
						"mã dùng chung \"" + indicator.shared() + "\" không có trong plans/shared-indicators.yaml");
			}
			boolean unitKnown = MEASURE_UNITS.contains(indicator.unit());
			if (!unitKnown) {
				problems.add(line, field + ".unit",
						"đơn vị đo \"" + indicator.unit() + "\" không hợp lệ " + MEASURE_UNITS);
			}
			boolean directionKnown = DIRECTIONS.contains(indicator.direction());
			if (!directionKnown) {
				problems.add(line, field + ".direction",
						"chiều đánh giá \"" + indicator.direction() + "\" không hợp lệ (higher, lower)");
			}
			if (indicator.responsible().isEmpty()) {
				problems.add(line, field + ".responsible", "cần ít nhất một cơ quan chủ trì theo dõi, đánh giá");
			}
			for (String unit : indicator.responsible()) {
				if (!units.contains(unit)) {
					problems.add(line, field + ".responsible", unknownUnit(unit));
				}
			}
			if (indicator.targets().isEmpty() && !parents.contains(indicator.code())) {
				problems.add(line, field + ".targets",
						"chỉ tiêu không có mục tiêu nào (chỉ chỉ tiêu nhóm mới được để trống)");
			}
			for (CatalogTarget target : indicator.targets()) {
				String targetField = field + ".targets." + target.year();
				if (!plan.milestones().contains(target.year())) {
					problems.add(target.line(), targetField, "năm " + target.year() + " không nằm trong các năm mốc "
							+ plan.milestones() + " của kế hoạch");
				}
				if (unitKnown && directionKnown) {
					String problem = CatalogTargetReader.read(target.text(), indicator.unit(), indicator.direction())
						.problem();
					if (problem != null) {
						problems.add(target.line(), targetField, problem);
					}
				}
				checkSameNetworkGeneration(indicator, target, targetField, problems);
			}
		}
	}

	/**
	 * A "6G (50%)" target under a 5G indicator is a target for another measure: a 2035
	 * report would judge 5G coverage against it.
	 */
	private static void checkSameNetworkGeneration(CatalogIndicator indicator, CatalogTarget target, String field,
			Problems problems) {
		Matcher named = NETWORK_GENERATION.matcher(indicator.name());
		Matcher printed = NETWORK_GENERATION.matcher(target.text());
		if (named.find() && printed.find() && !named.group().equals(printed.group())) {
			problems.add(target.line(), field, "chỉ tiêu \"" + target.text() + "\" là của " + printed.group()
					+ ", khác " + named.group() + " ghi trong tên chỉ tiêu: tách thành một chỉ tiêu riêng");
		}
	}

	private void checkTasks(PlanCatalog plan, Set<String> units, Set<String> groups, Problems problems) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < plan.tasks().size(); i++) {
			CatalogTask task = plan.tasks().get(i);
			String field = "tasks[" + i + "]";
			int line = task.line();
			checkCode(task.code(), line, field, codes, "nhiệm vụ", problems);
			if (!groups.contains(task.group())) {
				problems.add(line, field + ".group",
						"nhóm nhiệm vụ \"" + task.group() + "\" không có trong task_groups");
			}
			if (task.lead().isEmpty()) {
				problems.add(line, field + ".lead", "cần ít nhất một cơ quan chủ trì");
			}
			for (String unit : task.lead()) {
				if (!units.contains(unit)) {
					problems.add(line, field + ".lead", unknownUnit(unit));
				}
			}
			for (String unit : task.coordinating()) {
				if (!units.contains(unit)) {
					problems.add(line, field + ".coordinating", unknownUnit(unit));
				}
			}
			if (task.deadline() != null) {
				checkDeadline(task.deadline(), line, field + ".deadline", problems);
				if (!"unspecified".equals(task.deadline().kind())
						&& (task.deadlineText() == null || task.deadlineText().isBlank())) {
					problems.add(line, field + ".deadline_text", "cần ghi nguyên văn thời hạn như in trong kế hoạch");
				}
			}
		}
	}

	private void checkDeadline(CatalogDeadline deadline, int line, String field, Problems problems) {
		if (!DEADLINE_KINDS.contains(deadline.kind())) {
			problems.add(line, field + ".kind",
					"loại thời hạn \"" + deadline.kind() + "\" không hợp lệ " + DEADLINE_KINDS);
			return;
		}
		if ("yearly".equals(deadline.kind()) && deadline.month() != null
				&& (deadline.month() < 1 || deadline.month() > 12)) {
			problems.add(line, field + ".month", "tháng " + deadline.month() + " không hợp lệ (1–12)");
		}
		if ("by".equals(deadline.kind())) {
			for (String value : new String[] { deadline.value(), deadline.from() }) {
				if (value != null && !isPointInTime(value)) {
					problems.add(line, field,
							"thời điểm \"" + value + "\" không đúng dạng YYYY-MM-DD, YYYY-MM, YYYY-Qn hoặc YYYY");
				}
				else if (value != null && (yearOf(value) < FIRST_YEAR || yearOf(value) > LAST_YEAR)) {
					problems.add(line, field,
							"năm của thời hạn \"" + value + "\" nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR);
				}
			}
		}
	}

	static boolean isPointInTime(String value) {
		try {
			switch (value.length()) {
				case 10 -> LocalDate.parse(value);
				case 7 -> {
					if (!QUARTER.matcher(value).matches()) {
						YearMonth.parse(value);
					}
				}
				case 4 -> Integer.parseInt(value);
				default -> {
					return false;
				}
			}
			return true;
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return false;
		}
	}

	private static int yearOf(String value) {
		return Integer.parseInt(value.substring(0, 4));
	}

	private static void checkCode(String code, int line, String field, Set<String> seen, String what,
			Problems problems) {
		if (code == null) {
			return;
		}
		if (!ITEM_CODE.matcher(code).matches()) {
			problems.add(line, field + ".code",
					"mã " + what + " \"" + code + "\" chỉ gồm chữ không dấu, chữ số, '.', '_' và '-'");
		}
		if (!seen.add(code)) {
			problems.add(line, field + ".code", "mã " + what + " \"" + code + "\" bị trùng");
		}
	}

	private static String unknownUnit(String code) {
		return "đơn vị \"" + code + "\" không có trong danh sách units";
	}

	private static final class Problems {

		private final String file;

		private final List<CatalogError> list = new ArrayList<>();

		Problems(String file) {
			this.file = file;
		}

		void add(int line, String field, String message) {
			this.list.add(new CatalogError(this.file, line, field, message));
		}

	}

}

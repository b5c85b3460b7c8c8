package vn.nq57.reporting.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.nq57.reporting.catalog.CatalogTask.CatalogDeadline;

/**
 * Cross-checks a catalog that was read successfully: codes unique, every unit and group
 * named exists, milestone years in range, targets readable and typed, deadlines
 * well-formed, the reports the plan owes declared. Returns every problem found.
 */
public class PlanCatalogValidator {

	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2060;

	private static final Pattern PLAN_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

	private static final Pattern ITEM_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

	/** "BC-UBND": the kind of document, a hyphen, the issuer (Decree 30/2020/NĐ-CP). */
	private static final Pattern STATE_PREFIX = Pattern.compile("\\p{Lu}+-[\\p{Lu}\\p{N}-]+");

	/** "BC/ĐU": the kind of document, a slash, the party body. */
	private static final Pattern PARTY_PREFIX = Pattern.compile("\\p{Lu}+/[\\p{Lu}\\p{N}]+");

	private static final Set<String> LOCALITY_KINDS = Set.of("xã", "phường", "đặc khu");

	private static final Set<String> UNIT_KINDS = Set.of("office", "centre", "police", "health", "school", "village",
			"organisation", "party", "council", "external", "group");

	static final List<String> DEADLINE_KINDS = List.of("ongoing", "yearly", "recurring", "by", "plan_period",
			"conditional", "unspecified");

	/** Deadline kinds for which the plan prints no time of its own. */
	static final Set<String> UNPRINTED_DEADLINES = Set.of("plan_period", "unspecified");

	static final List<String> REPORT_TYPES = List.of("monthly", "quarterly", "half-year", "annual", "ad-hoc",
			"three-year-review", "five-year-review", "periodic");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private final SharedIndicatorRegistry sharedCodes;

	public PlanCatalogValidator(SharedIndicatorRegistry sharedCodes) {
		this.sharedCodes = sharedCodes;
	}

	public List<CatalogError> validate(PlanCatalog plan) {
		CatalogProblems problems = new CatalogProblems(plan.sourceFile());
		if (!PLAN_CODE.matcher(plan.code()).matches()) {
			problems.add(1, "code", "mã kế hoạch \"" + plan.code() + "\" chỉ gồm chữ in hoa không dấu, chữ số và '-'");
		}
		if (!LOCALITY_KINDS.contains(plan.locality().kind())) {
			problems.add(1, "locality.kind",
					"loại đơn vị hành chính \"" + plan.locality().kind() + "\" không hợp lệ (xã, phường, đặc khu)");
		}
		checkIssuer(plan.issuer(), problems);
		checkDates(plan, problems);
		checkMilestones(plan, problems);
		checkReporting(plan, problems);
		Set<String> units = checkUnits(plan, problems);
		if (!units.contains(plan.consolidatingUnit())) {
			problems.add(1, "consolidating_unit", unknownUnit(plan.consolidatingUnit()));
		}
		Set<String> indicatorGroups = checkGroups(plan.indicatorGroups(), "indicator_groups", problems);
		Set<String> taskGroups = checkGroups(plan.taskGroups(), "task_groups", problems);
		new IndicatorChecks(plan, this.sharedCodes, problems).check(units, indicatorGroups);
		checkTasks(plan, units, taskGroups, problems);
		return problems.list();
	}

	/** "Số: 12/BC-UBND" for a state body, "Số 12-BC/ĐU" for a party committee. */
	private static void checkIssuer(PlanCatalog.Issuer issuer, CatalogProblems problems) {
		String prefix = issuer.documentPrefix();
		if ("party".equals(issuer.numbering())) {
			if (!PARTY_PREFIX.matcher(prefix).matches()) {
				problems.add(1, "issuer.document_prefix", "văn bản của Đảng đánh số \"Số 12-BC/ĐU\": document_prefix "
						+ "ghi loại văn bản / cơ quan như \"BC/ĐU\", không phải \"" + prefix + "\"");
			}
		}
		else if ("state".equals(issuer.numbering())) {
			if (!STATE_PREFIX.matcher(prefix).matches()) {
				problems.add(1, "issuer.document_prefix", "văn bản hành chính đánh số \"Số: 12/BC-UBND\": "
						+ "document_prefix ghi loại văn bản - cơ quan như \"BC-UBND\", không phải \"" + prefix + "\"");
			}
		}
		else {
			problems.add(1, "issuer.numbering", "cách đánh số \"" + issuer.numbering()
					+ "\" không hợp lệ (state: Số: 12/BC-UBND; party: Số 12-BC/ĐU)");
		}
	}

	private static void checkDates(PlanCatalog plan, CatalogProblems problems) {
		String signedOn = plan.document().signedOn();
		if (signedOn != null) {
			try {
				LocalDate.parse(signedOn);
			}
			catch (DateTimeParseException ex) {
				problems.add(1, "document.signed_on", "ngày ký \"" + signedOn + "\" không đúng dạng YYYY-MM-DD");
			}
		}
		if (plan.periodEnd() != null && !isPointInTime(plan.periodEnd())) {
			problems.add(1, "period_end",
					"cuối kỳ kế hoạch \"" + plan.periodEnd() + "\" không đúng dạng YYYY-MM-DD, YYYY-MM hoặc YYYY");
		}
	}

	private static void checkMilestones(PlanCatalog plan, CatalogProblems problems) {
		boolean dated = plan.indicators().stream().flatMap(i -> i.targets().stream()).anyMatch(t -> t.year() != null);
		if (plan.milestones().isEmpty() && dated) {
			problems.add(1, "milestones", "cần ít nhất một năm mốc");
		}
		for (int year : plan.milestones()) {
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				problems.add(1, "milestones", "năm mốc " + year + " nằm ngoài khoảng " + FIRST_YEAR + "–" + LAST_YEAR);
			}
		}
	}

	/** The reports the plan owes: at least one, each type once. */
	private static void checkReporting(PlanCatalog plan, CatalogProblems problems) {
		if (plan.reporting().isEmpty()) {
			problems.add(1, "reporting", "cần ghi các loại báo cáo kế hoạch yêu cầu và nơi nhận (mục reporting)");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < plan.reporting().size(); i++) {
			PlanCatalog.Reporting reporting = plan.reporting().get(i);
			String field = "reporting[" + i + "]";
			if (!REPORT_TYPES.contains(reporting.type())) {
				problems.add(reporting.line(), field + ".type",
						"loại báo cáo \"" + reporting.type() + "\" không hợp lệ " + REPORT_TYPES);
			}
			else if (!seen.add(reporting.type())) {
				problems.add(reporting.line(), field + ".type",
						"loại báo cáo \"" + reporting.type() + "\" ghi hai lần");
			}
			if (reporting.dueFrom() != null && !List.of("units", "issuer").contains(reporting.dueFrom())) {
				problems.add(reporting.line(), field + ".due_from", "due_from \"" + reporting.dueFrom()
						+ "\" không hợp lệ (units: hạn của các đơn vị; issuer: hạn của xã/phường)");
			}
		}
	}

	private static Set<String> checkUnits(PlanCatalog plan, CatalogProblems problems) {
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

	private static Set<String> checkGroups(List<CatalogGroup> groups, String key, CatalogProblems problems) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < groups.size(); i++) {
			CatalogGroup group = groups.get(i);
			checkCode(group.code(), group.line(), key + "[" + i + "]", codes, "nhóm", problems);
			checkPrintedName(group.name(), group.printedName(), group.line(), key + "[" + i + "]", problems);
		}
		return codes;
	}

	private static void checkTasks(PlanCatalog plan, Set<String> units, Set<String> groups, CatalogProblems problems) {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < plan.tasks().size(); i++) {
			CatalogTask task = plan.tasks().get(i);
			String field = "tasks[" + i + "]";
			int line = task.line();
			checkCode(task.code(), line, field, codes, "nhiệm vụ", problems);
			checkPrintedName(task.name(), task.printedName(), line, field, problems);
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
				checkDeadline(plan, task.deadline(), line, field + ".deadline", problems);
				if (!"unspecified".equals(task.deadline().kind())
						&& (task.deadlineText() == null || task.deadlineText().isBlank())) {
					problems.add(line, field + ".deadline_text", "cần ghi nguyên văn thời hạn như in trong kế hoạch");
				}
			}
		}
	}

	private static void checkDeadline(PlanCatalog plan, CatalogDeadline deadline, int line, String field,
			CatalogProblems problems) {
		if (!DEADLINE_KINDS.contains(deadline.kind())) {
			problems.add(line, field + ".kind",
					"loại thời hạn \"" + deadline.kind() + "\" không hợp lệ " + DEADLINE_KINDS);
			return;
		}
		if ("yearly".equals(deadline.kind()) && deadline.month() != null
				&& (deadline.month() < 1 || deadline.month() > 12)) {
			problems.add(line, field + ".month", "tháng " + deadline.month() + " không hợp lệ (1–12)");
		}
		if ("plan_period".equals(deadline.kind()) && plan.periodEnd() == null) {
			problems.add(line, field, "thời hạn theo kỳ kế hoạch (plan_period) cần period_end: ngày cuối kỳ kế hoạch");
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

	/** The plan's own wording is kept only where the corrected one differs from it. */
	static void checkPrintedName(String name, String printedName, int line, String field, CatalogProblems problems) {
		if (printedName != null && printedName.equals(name)) {
			problems.add(line, field + ".printed_name",
					"printed_name trùng name: chỉ ghi khi name sửa lỗi chính tả của bản in");
		}
	}

	static void checkCode(String code, int line, String field, Set<String> seen, String what,
			CatalogProblems problems) {
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

	static String unknownUnit(String code) {
		return "đơn vị \"" + code + "\" không có trong danh sách units";
	}

}

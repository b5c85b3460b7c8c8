package vn.nq57.reporting.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.nq57.reporting.attainment.CountBasis;
import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredIndicator;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredTarget;
import vn.nq57.reporting.catalog.StoredTask;
import vn.nq57.reporting.catalog.StoredUnit;

/**
 * What one unit's form for one period holds: the indicators it is asked a figure of (leaf
 * indicators only: the one unit that reports them, or every unit a pooled or summed
 * indicator asks from) with the target that applies, and the tasks whose progress it
 * reports.
 */
public record SubmissionForm(StoredPlanVersion plan, StoredUnit unit, Period period, List<IndicatorLine> indicators,
		List<TaskLine> tasks) {

	/**
	 * @param asks which figure the row asks for, where a count makes it matter: "lũy kế
	 * từ đầu năm đến 14/11/2026"; else null
	 */
	public record IndicatorLine(StoredIndicator indicator, String targetText, String asks) {

		public IndicatorLine(StoredIndicator indicator, String targetText) {
			this(indicator, targetText, null);
		}

	}

	public record TaskLine(StoredTask task) {
	}

	/**
	 * @throws IllegalArgumentException when the plan or the unit does not exist, in
	 * Vietnamese
	 */
	public static SubmissionForm of(CatalogMapper catalog, String planCode, String unitCode, Period period) {
		return of(catalog, planCode, unitCode, period, DataWindowPolicy.decree09());
	}

	/**
	 * @param windows the data windows, which say from and to which day a count is asked
	 */
	public static SubmissionForm of(CatalogMapper catalog, String planCode, String unitCode, Period period,
			DataWindowPolicy windows) {
		StoredPlanVersion plan = catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + planCode + ". Xem: ./reports plan list");
		}
		StoredUnit unit = catalog.findUnits(plan.id())
			.stream()
			.filter(u -> u.code().equals(unitCode) && !"group".equals(u.kind()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Kế hoạch " + planCode + " không có đơn vị mã " + unitCode
					+ ". Xem mã đơn vị: ./reports plan show " + planCode));
		List<StoredIndicator> all = catalog.findIndicators(plan.id());
		Set<String> parents = new HashSet<>();
		all.forEach(i -> {
			if (i.parentCode() != null) {
				parents.add(i.parentCode());
			}
		});
		List<StoredTarget> targets = catalog.findTargets(plan.id());
		List<IndicatorLine> indicators = new ArrayList<>();
		for (StoredIndicator indicator : all) {
			// a published figure is entered with its source and date, never sent by a
			// unit
			if (indicator.asksFrom(unitCode) && !parents.contains(indicator.code())
					&& !"published".equals(indicator.aggregate())) {
				indicators.add(new IndicatorLine(indicator, target(indicator.code(), targets, period.year()),
						asks(indicator, targets, period, windows)));
			}
		}
		List<TaskLine> tasks = catalog.findTasks(plan.id())
			.stream()
			.filter(t -> unitCode.equals(t.reportingUnit()))
			.map(TaskLine::new)
			.toList();
		return new SubmissionForm(plan, unit, period, indicators, tasks);
	}

	/**
	 * What a count asks for (rule 4 of docs/attainment.md): the count since the start of
	 * the year for a per-year target ("lũy kế từ đầu năm, từ 15/12/2025 đến 14/11/2026"),
	 * since the plan's start for a total, the number at the data date for a level; null
	 * for anything but a count.
	 */
	static String asks(StoredIndicator indicator, List<StoredTarget> targets, Period period, DataWindowPolicy windows) {
		if (!"count".equals(indicator.measureUnit())) {
			return null;
		}
		int year = period.year();
		String basis = targets.stream()
			.filter(t -> t.indicatorCode().equals(indicator.code())
					&& (t.milestoneYear() == null || t.milestoneYear() >= year))
			.min(Comparator.comparingInt(t -> (t.milestoneYear() == null) ? year : t.milestoneYear()))
			.or(() -> targets.stream()
				.filter(t -> t.indicatorCode().equals(indicator.code()))
				.max(Comparator.comparingInt(t -> (t.milestoneYear() == null) ? year : t.milestoneYear())))
			.map(StoredTarget::basis)
			.orElse(null);
		LocalDate to = period.dataWindow(windows).to();
		if (CountBasis.PER_YEAR.catalogName().equals(basis)) {
			return "lũy kế từ đầu năm, từ " + VietnameseDates.format(Period.annual(year).dataWindow(windows).from())
					+ " đến " + VietnameseDates.format(to);
		}
		if (CountBasis.TOTAL.catalogName().equals(basis)) {
			return "lũy kế từ đầu Kế hoạch đến " + VietnameseDates.format(to);
		}
		return "số hiện có tại ngày " + VietnameseDates.format(to);
	}

	/**
	 * The target of the nearest milestone at or after the period's year, as printed: "≥
	 * 70% (2030)"; a target printed without a year applies to every year: "80 (thường
	 * xuyên)".
	 */
	private static String target(String code, List<StoredTarget> targets, int year) {
		return targets.stream()
			.filter(t -> t.indicatorCode().equals(code) && (t.milestoneYear() == null || t.milestoneYear() >= year))
			.min(Comparator.comparingInt(t -> (t.milestoneYear() == null) ? year : t.milestoneYear()))
			.map(t -> t.targetText() + " (" + t.when() + ")")
			.orElse("");
	}

}

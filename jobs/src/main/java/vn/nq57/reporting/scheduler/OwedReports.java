package vn.nq57.reporting.scheduler;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredReporting;

/**
 * Which plans owe a report (the catalog's {@code reporting:}): a scheduled run, its
 * reminders and the deadline watch are only for them. A multi-year review is owed for the
 * spans counted from the plan's year (its document date): Lộc Hưng (2025) owes the
 * three-year reviews 2025–2027, 2028–2030, ... A plan version stored before catalogs said
 * what they owe (no {@code reporting} rows) is scheduled for every periodic type, as
 * before.
 */
@Component
public class OwedReports {

	private final CatalogMapper catalog;

	private final ScheduleMapper schedule;

	public OwedReports(CatalogMapper catalog, ScheduleMapper schedule) {
		this.catalog = catalog;
		this.schedule = schedule;
	}

	/** The codes of the plans that owe the period's report, in the catalog's order. */
	public List<String> plansOwing(Period period) {
		return this.catalog.listPlans().stream().map(PlanSummary::code).filter(code -> owes(code, period)).toList();
	}

	/**
	 * The plans that owe the period's report on {@code owner}'s timeline (whose printed
	 * day is that owner's deadline).
	 */
	public List<String> plansOwing(Period period, DeadlineOwner owner) {
		return plansOwing(period).stream().filter(code -> ownerOf(code, period.type()) == owner).toList();
	}

	/**
	 * Whose deadline the plan's printed day for the type is (catalog {@code due_from}).
	 */
	public DeadlineOwner ownerOf(String planCode, ReportType type) {
		List<StoredReporting> owed = owed(planCode);
		return (owed == null) ? DeadlineOwner.ISSUER
				: owed.stream()
					.filter(reporting -> reporting.reportType().equals(type.cliName()))
					.findFirst()
					.map(reporting -> DeadlineOwner.of(reporting.dueFrom()))
					.orElse(DeadlineOwner.ISSUER);
	}

	public boolean owes(String planCode, Period period) {
		if (!owesType(planCode, period.type())) {
			return false;
		}
		if (!period.type().isReview()) {
			return true;
		}
		return firstYear(planCode)
			.map(first -> period.number() >= first && (period.number() - first) % period.type().reviewYears() == 0)
			.orElse(false);
	}

	/** Whether the plan owes the type at all (a review: for some span). */
	public boolean owesType(String planCode, ReportType type) {
		List<StoredReporting> owed = owed(planCode);
		if (owed == null) {
			return false;
		}
		return (owed.isEmpty() && !type.isReview())
				|| owed.stream().anyMatch(reporting -> reporting.reportType().equals(type.cliName()));
	}

	/** What the plan's catalog says it owes; null for no such plan. */
	public List<StoredReporting> owed(String planCode) {
		StoredPlanVersion version = this.catalog.findLatestVersion(planCode);
		return (version != null) ? this.catalog.findReporting(version.id()) : null;
	}

	/** The year its reviews are counted from: the plan's document year. */
	public Optional<Integer> firstYear(String planCode) {
		return Optional.ofNullable(this.schedule.findPlanYear(planCode));
	}

}

package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.calendar.UnitDeadlines;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;

/**
 * Who has reported for a period: each unit the plan expects a submission from, on time,
 * late or missing, and the share received. The same query, and the same deadline rule
 * ({@link UnitDeadlines}), the report job stores into report_unit_status.
 */
@Service
public class SubmissionCompleteness {

	private final CatalogMapper catalog;

	private final SubmissionMapper submissions;

	private final UnitDeadlines unitDeadlines;

	public SubmissionCompleteness(CatalogMapper catalog, SubmissionMapper submissions, UnitDeadlines unitDeadlines) {
		this.catalog = catalog;
		this.submissions = submissions;
		this.unitDeadlines = unitDeadlines;
	}

	public record Report(StoredPlanVersion plan, Period period, LocalDateTime lateFrom, List<UnitCompleteness> units) {

		public long count(String timeliness) {
			return this.units.stream().filter(u -> timeliness.equals(u.timeliness())).count();
		}

		/**
		 * Share of expected submissions received (on time or late), 0–1, four decimals.
		 */
		public BigDecimal shareReceived() {
			if (this.units.isEmpty()) {
				return BigDecimal.ZERO;
			}
			return BigDecimal.valueOf(this.units.size() - count("MISSING"))
				.divide(BigDecimal.valueOf(this.units.size()), 4, RoundingMode.HALF_UP);
		}

	}

	public Report forPeriod(String planCode, ReportType type, String periodCode) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + planCode + ". Xem: ./reports plan list");
		}
		Period period = Period.parse(type, periodCode);
		DeadlineOwner owner = this.catalog.findReporting(plan.id())
			.stream()
			.filter(reporting -> reporting.reportType().equals(type.cliName()))
			.findFirst()
			.map(reporting -> DeadlineOwner.of(reporting.dueFrom()))
			.orElse(DeadlineOwner.ISSUER);
		LocalDateTime lateFrom = this.unitDeadlines.lateFrom(period, owner);
		List<UnitCompleteness> units = this.submissions.selectUnitCompleteness(
				new CompletenessPeriod(plan.planId(), plan.id(), type.name(), period.code()), lateFrom);
		return new Report(plan, period, lateFrom, units);
	}

}

package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.calendar.UnitDeadlines;
import vn.nq57.reporting.catalog.CatalogMapper;

/**
 * The run's inputs: the exact submission versions it uses, and which units were expected
 * to report and whether they did, on time or late ({@link UnitDeadlines}).
 */
@Component
@Order(100)
class RecordInputsStage implements ReportStage {

	private final ReportRunMapper runs;

	private final UnitDeadlines unitDeadlines;

	private final CatalogMapper catalog;

	RecordInputsStage(ReportRunMapper runs, UnitDeadlines unitDeadlines, CatalogMapper catalog) {
		this.runs = runs;
		this.unitDeadlines = unitDeadlines;
		this.catalog = catalog;
	}

	@Override
	public String name() {
		return "recordInputs";
	}

	@Override
	public String label() {
		return "Ghi nhận số liệu dùng cho báo cáo và tình hình gửi của đơn vị";
	}

	@Override
	public StageGroup group() {
		return StageGroup.ASSESSMENT;
	}

	@Override
	public int run(PlanRun plan) {
		ReportRun run = plan.run();
		this.runs.deleteSubmissionsUsed(run.id());
		int written = this.runs.insertSubmissionsUsed(run);
		this.runs.deleteUnitStatuses(run.id());
		// whose deadline the plan's printed day is decides the units' cut-off
		DeadlineOwner owner = this.catalog.findReporting(run.planVersionId())
			.stream()
			.filter(reporting -> reporting.reportType().equals(run.type().cliName()))
			.findFirst()
			.map(reporting -> DeadlineOwner.of(reporting.dueFrom()))
			.orElse(DeadlineOwner.ISSUER);
		return written + this.runs.insertUnitStatuses(run, this.unitDeadlines.lateFrom(run.period(), owner));
	}

}

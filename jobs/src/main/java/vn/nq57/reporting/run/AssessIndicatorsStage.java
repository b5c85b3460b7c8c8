package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.catalog.CatalogMapper;

/**
 * Every indicator judged by the attainment engine: inputs streamed from a cursor, results
 * written a chunk at a time.
 */
@Component
@Order(200)
class AssessIndicatorsStage implements ReportStage {

	private final ReportRunMapper runs;

	private final CatalogMapper catalog;

	private final ResultBatchWriter results;

	AssessIndicatorsStage(ReportRunMapper runs, CatalogMapper catalog, ResultBatchWriter results) {
		this.runs = runs;
		this.catalog = catalog;
		this.results = results;
	}

	@Override
	public String name() {
		return "assessIndicators";
	}

	@Override
	public String label() {
		return "Đánh giá chỉ tiêu";
	}

	@Override
	public StageGroup group() {
		return StageGroup.ASSESSMENT;
	}

	@Override
	public int run(PlanRun plan) {
		ReportRun run = plan.run();
		this.runs.deleteIndicatorResults(run.id());
		IndicatorJudge judge = new IndicatorJudge(run, this.catalog.findTargets(run.planVersionId()));
		return ChunkedJudging.judge(this.runs.selectIndicatorInputs(run, run.period().previous().code()), judge::judge,
				this.results::indicators);
	}

}

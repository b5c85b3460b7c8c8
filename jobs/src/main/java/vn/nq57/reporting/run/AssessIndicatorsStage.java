package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
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

	private final DataWindowPolicy windows;

	AssessIndicatorsStage(ReportRunMapper runs, CatalogMapper catalog, ResultBatchWriter results,
			DataWindowPolicy windows) {
		this.runs = runs;
		this.catalog = catalog;
		this.results = results;
		this.windows = windows;
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
		IndicatorJudge judge = new IndicatorJudge(run, this.catalog.findTargets(run.planVersionId()), this.windows);
		Period period = run.period();
		return ChunkedJudging.judge(
				this.runs.selectIndicatorInputs(run, period.previous().code(), period.sameTimeLastYear().code(),
						Period.annual(period.year()).dataWindow(this.windows).from(), period.type().isReview()),
				judge::judge, this.results::indicators);
	}

}

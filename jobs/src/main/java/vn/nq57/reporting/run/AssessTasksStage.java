package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.DataWindowPolicy;

/** Every task judged: done, in progress, not started or not reported; overdue or not. */
@Component
@Order(300)
class AssessTasksStage implements ReportStage {

	private final ReportRunMapper runs;

	private final DataWindowPolicy windows;

	private final ResultBatchWriter results;

	AssessTasksStage(ReportRunMapper runs, DataWindowPolicy windows, ResultBatchWriter results) {
		this.runs = runs;
		this.windows = windows;
		this.results = results;
	}

	@Override
	public String name() {
		return "assessTasks";
	}

	@Override
	public String label() {
		return "Đánh giá nhiệm vụ";
	}

	@Override
	public StageGroup group() {
		return StageGroup.ASSESSMENT;
	}

	@Override
	public int run(PlanRun plan) {
		ReportRun run = plan.run();
		this.runs.deleteTaskResults(run.id());
		TaskJudge judge = new TaskJudge(run, this.windows);
		return ChunkedJudging.judge(this.runs.selectTaskInputs(run), judge::judge, this.results::tasks);
	}

}

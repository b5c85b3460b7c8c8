package vn.nq57.reporting.run;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writer of a batch partition: reports each plan of the chunk in turn. A plan that
 * fails is recorded on its run and counted; the others go on.
 */
class PlanReportWriter implements ItemWriter<BatchRun> {

	private final PlanReporter reporter;

	private final BatchProgress progress;

	private final long batchId;

	private final boolean deliver;

	private final StepTimes times;

	PlanReportWriter(PlanReporter reporter, BatchProgress progress, long batchId, boolean deliver) {
		this.reporter = reporter;
		this.progress = progress;
		this.batchId = batchId;
		this.deliver = deliver;
		this.times = progress.stepTimes(batchId);
	}

	@Override
	public void write(Chunk<? extends BatchRun> plans) {
		String retry = "./reports restart --batch " + this.batchId;
		for (BatchRun plan : plans) {
			boolean done = this.reporter.report(plan.runId(), this.deliver, retry, this.times);
			this.progress.planFinished(this.batchId, plan.planCode(), !done);
		}
	}

}

package vn.nq57.reporting.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The one rule for how a batch ends: completed when every plan's report is, completed
 * with failures otherwise — after its job and after a plan of it is restarted alone.
 */
@Component
class BatchOutcomes {

	private final ReportBatchMapper batches;

	private final Clock clock;

	BatchOutcomes(ReportBatchMapper batches, Clock clock) {
		this.batches = batches;
		this.clock = clock;
	}

	/**
	 * @return the plans whose report is not complete
	 */
	List<String> record(long batchId) {
		List<String> unfinished = this.batches.findUnfinishedPlanCodes(batchId);
		this.batches.markFinished(batchId,
				unfinished.isEmpty() ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_FAILURES,
				LocalDateTime.now(this.clock));
		return unfinished;
	}

}

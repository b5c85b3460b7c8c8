package vn.nq57.reporting.run;

import java.time.Duration;
import java.time.LocalDateTime;

/** What one stage did in one attempt of a run (a row of report_run_stage). */
public record StageLine(int attempt, int position, String stage, StageStatus status, LocalDateTime startedAt,
		LocalDateTime finishedAt, int written, String message) {

	public Duration duration() {
		return Duration.between(this.startedAt, this.finishedAt);
	}

}

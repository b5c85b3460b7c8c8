package vn.nq57.reporting.run;

/**
 * One stage of a report run. Stages are beans, ordered with
 * {@link org.springframework.core.annotation.Order}; the engine runs them by
 * {@link StageGroup}, and run details, the console and the command line list them from
 * {@link ReportStages}, so a stage is defined in one place. A stage only writes what it
 * is about and removes what an earlier attempt of it left, so it can be run again.
 */
public interface ReportStage {

	/** Its stable name, as report_run.failed_step and report_run_stage record it. */
	String name();

	/** What operators read for it (Vietnamese). */
	String label();

	StageGroup group();

	/**
	 * Does the stage's work for one plan's run.
	 * @return rows or files written
	 */
	int run(PlanRun plan) throws Exception;

}

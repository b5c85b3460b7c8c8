package vn.nq57.reporting.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz job of a scheduled report run: hands off to {@link ScheduledRuns} and nothing
 * else.
 */
@DisallowConcurrentExecution
public class ScheduledReportJob extends QuartzJobBean {

	static final String REPORT_TYPE = "reportType";

	static final String PERIOD = "period";

	static final String OWNER = "owner";

	private final ScheduledRuns runs;

	public ScheduledReportJob(ScheduledRuns runs) {
		this.runs = runs;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			this.runs.fireReport(FiredTrigger.of(context));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

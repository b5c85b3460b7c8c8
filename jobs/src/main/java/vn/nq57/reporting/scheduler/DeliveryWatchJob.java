package vn.nq57.reporting.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz job of the delivery watch (every minute, one node): hands off to
 * {@link ScheduledRuns}.
 */
@DisallowConcurrentExecution
public class DeliveryWatchJob extends QuartzJobBean {

	private final ScheduledRuns runs;

	public DeliveryWatchJob(ScheduledRuns runs) {
		this.runs = runs;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			this.runs.watch();
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

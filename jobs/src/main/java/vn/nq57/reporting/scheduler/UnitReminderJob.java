package vn.nq57.reporting.scheduler;

import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import org.springframework.scheduling.quartz.QuartzJobBean;

/** Quartz job of a scheduled reminder round: hands off to {@link ScheduledRuns}. */
public class UnitReminderJob extends QuartzJobBean {

	private final ScheduledRuns runs;

	public UnitReminderJob(ScheduledRuns runs) {
		this.runs = runs;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			this.runs.fireReminders(FiredTrigger.of(context));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

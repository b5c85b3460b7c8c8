package vn.nq57.reporting.scheduler;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Quartz job of a scheduled run of the province reports of a period: hands off to
 * {@link ScheduledRuns} and nothing else.
 */
@DisallowConcurrentExecution
public class ProvinceReportJob extends QuartzJobBean {

	private final ScheduledRuns runs;

	public ProvinceReportJob(ScheduledRuns runs) {
		this.runs = runs;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		try {
			this.runs.fireProvinceReports(FiredTrigger.of(context));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

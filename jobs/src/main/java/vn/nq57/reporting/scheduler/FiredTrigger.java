package vn.nq57.reporting.scheduler;

import java.time.ZonedDateTime;

import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.calendar.DeadlineOwner;

/**
 * What a trigger firing carries: the period to run, when it was due (a one-shot trigger's
 * start time, also when it fires late after downtime), and the node that fired it.
 */
record FiredTrigger(String key, Period period, ZonedDateTime scheduledFor, String instanceId, DeadlineOwner owner) {

	FiredTrigger(String key, Period period, ZonedDateTime scheduledFor, String instanceId) {
		this(key, period, scheduledFor, instanceId, DeadlineOwner.ISSUER);
	}

	static FiredTrigger of(JobExecutionContext context) throws SchedulerException {
		var data = context.getMergedJobDataMap();
		Period period = Period.parse(ReportType.valueOf(data.getString(ScheduledReportJob.REPORT_TYPE)),
				data.getString(ScheduledReportJob.PERIOD));
		// triggers set before timelines per plan carry no owner: the issuer's
		String owner = data.containsKey(ScheduledReportJob.OWNER) ? data.getString(ScheduledReportJob.OWNER) : null;
		return new FiredTrigger(context.getTrigger().getKey().getName(), period,
				context.getTrigger().getStartTime().toInstant().atZone(ReportingZone.ZONE),
				context.getScheduler().getSchedulerInstanceId(),
				(owner != null) ? DeadlineOwner.valueOf(owner) : DeadlineOwner.ISSUER);
	}

}

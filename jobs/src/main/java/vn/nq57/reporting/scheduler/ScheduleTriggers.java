package vn.nq57.reporting.scheduler;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.submission.SubmissionProperties;
import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.calendar.ReportSchedule;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.calendar.ScheduleDataException;
import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ProvinceScheduledRun;
import vn.nq57.reporting.calendar.ScheduledRun;
import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.delivery.OperatorAlerts;

/**
 * Keeps Quartz's triggers in step with the schedule files. Each report type has one
 * one-shot trigger for its next run ("report/monthly/2026-12") and one for its next
 * reminder; when it fires, the next one is scheduled. A one-shot trigger missed while
 * every node was down misfires and fires once at start-up ("fire now"); older missed
 * periods are not replayed (the deadline watch tells the operators instead). Triggers are
 * scheduled outside any application transaction, so Quartz's row lock is never taken
 * while the caller holds other locks.
 */
@Component
public class ScheduleTriggers {

	static final String GROUP = "nq57";

	static final JobKey REPORT_JOB = JobKey.jobKey("report-run", GROUP);

	static final JobKey PROVINCE_JOB = JobKey.jobKey("province-report-run", GROUP);

	static final JobKey REMINDER_JOB = JobKey.jobKey("unit-reminder", GROUP);

	static final JobKey WATCH_JOB = JobKey.jobKey("delivery-watch", GROUP);

	static final TriggerKey WATCH_TRIGGER = TriggerKey.triggerKey("delivery-watch", GROUP);

	static final JobKey INBOX_JOB = JobKey.jobKey("inbox-pull", GROUP);

	static final TriggerKey INBOX_TRIGGER = TriggerKey.triggerKey("inbox-pull", GROUP);

	private static final Logger log = LoggerFactory.getLogger(ScheduleTriggers.class);

	private final Scheduler scheduler;

	private final SchedulePlanner planner;

	private final ReportSchedules schedules;

	private final OperatorAlerts alerts;

	private final String inbox;

	private final int inboxEveryMinutes;

	public ScheduleTriggers(Scheduler scheduler, SchedulePlanner planner, ReportSchedules schedules,
			OperatorAlerts alerts, SubmissionProperties submissions) {
		this.inbox = submissions.inbox();
		this.inboxEveryMinutes = submissions.inboxPullMinutes();
		this.scheduler = scheduler;
		this.planner = planner;
		this.schedules = schedules;
		this.alerts = alerts;
	}

	/**
	 * Makes sure the jobs exist and each report type has a trigger for its next run and
	 * next reminder.
	 */
	public void ensureTriggers(ZonedDateTime now) throws SchedulerException {
		addJob(ScheduledReportJob.class, REPORT_JOB);
		addJob(UnitReminderJob.class, REMINDER_JOB);
		addJob(ProvinceReportJob.class, PROVINCE_JOB);
		addJob(DeliveryWatchJob.class, WATCH_JOB);
		if (!this.scheduler.checkExists(WATCH_TRIGGER)) {
			// a repeating watch: after downtime it resumes with the next interval, no
			// burst of missed checks
			schedule(TriggerBuilder.newTrigger()
				.withIdentity(WATCH_TRIGGER)
				.forJob(WATCH_JOB)
				.startNow()
				.withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(1)
					.withMisfireHandlingInstructionNextWithRemainingCount())
				.build());
		}
		if (!this.inbox.isBlank()) {
			addJob(InboxPullJob.class, INBOX_JOB);
			if (!this.scheduler.checkExists(INBOX_TRIGGER)) {
				// units' forms dropped in the inbox are taken (and stamped as received)
				// every few minutes
				schedule(TriggerBuilder.newTrigger()
					.withIdentity(INBOX_TRIGGER)
					.forJob(INBOX_JOB)
					.startNow()
					.withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(this.inboxEveryMinutes)
						.withMisfireHandlingInstructionNextWithRemainingCount())
					.build());
			}
		}
		for (ReportSchedule schedule : this.schedules.scheduled()) {
			try {
				// one timeline per owner of the printed day: the report's, and the units'
				// where plans print the units' deadline
				for (DeadlineOwner owner : schedule.owners()) {
					String type = schedule.type().cliName() + owner.keySuffix();
					if (!hasPending("report/" + type + "/")) {
						nextRun(schedule, now, owner)
							.ifPresent(run -> scheduleRun(REPORT_JOB, "report/", run, run.fireAt()));
					}
					if (schedule.remindWorkingDaysBefore() != null && !hasPending("reminder/" + type + "/")) {
						nextReminder(schedule, now, owner).ifPresent(run -> scheduleRun(REMINDER_JOB, "reminder/", run,
								run.remindOn().orElseThrow().atTime(schedule.generateAt()).atZone(ReportingZone.ZONE)));
					}
				}
			}
			catch (ScheduleDataException ex) {
				// e.g. next year's holiday file is missing: the other types keep their
				// schedule
				this.alerts.raise("schedule-data/" + schedule.type().cliName() + "/" + now.toLocalDate(),
						"Không đặt được lịch " + schedule.type().vietnameseName().toLowerCase(), ex.getMessage());
			}
		}
		ensureProvinceTriggers(now);
	}

	/**
	 * The next run of the province reports of each type that has them (one trigger per
	 * type, "report/province-monthly/2026-05"); a type's failure to compute it is told,
	 * the others keep theirs.
	 */
	private void ensureProvinceTriggers(ZonedDateTime now) throws SchedulerException {
		for (ReportSchedule schedule : this.schedules.provinceScheduled()) {
			try {
				String prefix = PlanFireLoop.PROVINCE_KEY + schedule.type().cliName() + "/";
				if (!hasPending(prefix)) {
					this.planner.nextProvinceRun(schedule.type(), now).ifPresent(this::scheduleProvinceRun);
				}
			}
			catch (ScheduleDataException ex) {
				this.alerts.raise("schedule-data/province-" + schedule.type().cliName() + "/" + now.toLocalDate(),
						"Không đặt được lịch báo cáo tổng hợp cấp tỉnh "
								+ schedule.type().vietnameseName().toLowerCase(),
						ex.getMessage());
			}
		}
	}

	/** A one-shot trigger for the province reports of a period. */
	public void scheduleProvinceRun(ProvinceScheduledRun run) {
		schedule(TriggerBuilder.newTrigger()
			.withIdentity("report/" + run.key(), GROUP)
			.forJob(PROVINCE_JOB)
			.usingJobData(ScheduledReportJob.REPORT_TYPE, run.period().type().name())
			.usingJobData(ScheduledReportJob.PERIOD, run.period().code())
			.startAt(Date.from(run.fireAt().toInstant()))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build());
		log.info("Đã đặt lịch {} lúc {}", "report/" + run.key(), run.fireAt());
	}

	/**
	 * A one-shot trigger for one run; already existing (another node was quicker) is
	 * fine.
	 */
	public void scheduleRun(JobKey job, String prefix, ScheduledRun run, ZonedDateTime at) {
		schedule(TriggerBuilder.newTrigger()
			.withIdentity(prefix + run.key(), GROUP)
			.forJob(job)
			.usingJobData(ScheduledReportJob.REPORT_TYPE, run.period().type().name())
			.usingJobData(ScheduledReportJob.PERIOD, run.period().code())
			.usingJobData(ScheduledReportJob.OWNER, run.owner().name())
			.startAt(Date.from(at.toInstant()))
			.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
			.build());
		log.info("Đã đặt lịch {} lúc {}", prefix + run.key(), at);
	}

	private Optional<ScheduledRun> nextRun(ReportSchedule schedule, ZonedDateTime now, DeadlineOwner owner) {
		return this.planner.runsOf(schedule.type(), now, owner)
			.stream()
			.filter(run -> !run.fireAt().isBefore(now))
			.findFirst();
	}

	private Optional<ScheduledRun> nextReminder(ReportSchedule schedule, ZonedDateTime now, DeadlineOwner owner) {
		return this.planner.runsOf(schedule.type(), now, owner)
			.stream()
			.filter(run -> run.remindOn()
				.map(day -> !day.atTime(schedule.generateAt()).atZone(ReportingZone.ZONE).isBefore(now))
				.orElse(false))
			.findFirst();
	}

	private boolean hasPending(String prefix) throws SchedulerException {
		for (TriggerKey key : this.scheduler
			.getTriggerKeys(org.quartz.impl.matchers.GroupMatcher.triggerGroupEquals(GROUP))) {
			if (key.getName().startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	private void addJob(Class<? extends org.quartz.Job> type, JobKey key) throws SchedulerException {
		if (!this.scheduler.checkExists(key)) {
			JobDetail job = JobBuilder.newJob(type).withIdentity(key).storeDurably().requestRecovery(false).build();
			try {
				this.scheduler.addJob(job, false);
			}
			catch (ObjectAlreadyExistsException ex) {
				// another node added it first
			}
		}
	}

	private void schedule(Trigger trigger) {
		try {
			this.scheduler.scheduleJob(trigger);
		}
		catch (ObjectAlreadyExistsException ex) {
			// another node scheduled the same run first: the trigger is the same, one
			// firing
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Không đặt được lịch " + trigger.getKey() + ": " + ex.getMessage(), ex);
		}
	}

}

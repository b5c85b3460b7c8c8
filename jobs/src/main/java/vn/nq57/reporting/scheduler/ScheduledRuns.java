package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.calendar.SchedulePlanner;
import vn.nq57.reporting.calendar.ScheduledRun;
import vn.nq57.reporting.calendar.WorkingDayCalendar;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanSummary;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.delivery.OperatorAlerts;
import vn.nq57.reporting.delivery.OutboxSender;
import vn.nq57.reporting.run.IssuanceMapper;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.run.RunInProgressException;

/**
 * What the scheduler does when a trigger fires: run a report type's period for every plan
 * and send it, remind the units, or watch delivery (retry the outbox, tell operators
 * about a due report nothing was sent for). Every firing is recorded in schedule_fire
 * with the node that fired it.
 */
@Service
public class ScheduledRuns {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	private final CatalogMapper catalog;

	private final ReportRunLauncher launcher;

	private final UnitReminders reminders;

	private final OutboxSender sender;

	private final OperatorAlerts alerts;

	private final ScheduleMapper mapper;

	private final SchedulePlanner planner;

	private final ScheduleTriggers triggers;

	private final Duration missedLookback;

	private final Clock clock;

	private final VersionLifecycle lifecycle;

	private final WorkingDayCalendar calendar;

	public ScheduledRuns(CatalogMapper catalog, ReportRunLauncher launcher, UnitReminders reminders,
			OutboxSender sender, OperatorAlerts alerts, ScheduleMapper mapper, SchedulePlanner planner,
			ScheduleTriggers triggers, SchedulerProperties properties, Clock clock, VersionLifecycle lifecycle,
			WorkingDayCalendar calendar) {
		this.clock = clock;
		this.lifecycle = lifecycle;
		this.calendar = calendar;
		this.catalog = catalog;
		this.launcher = launcher;
		this.reminders = reminders;
		this.sender = sender;
		this.alerts = alerts;
		this.mapper = mapper;
		this.planner = planner;
		this.triggers = triggers;
		this.missedLookback = properties.missedLookback();
	}

	void fireReport(FiredTrigger fired) throws SchedulerException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<String> outcomes = new ArrayList<>();
		for (PlanSummary plan : this.catalog.listPlans()) {
			outcomes.add(plan.code() + ": " + runOne(plan.code(), fired));
		}
		this.mapper.insertFire(fired.key(), fired.scheduledFor().toLocalDateTime(), now.toLocalDateTime(),
				fired.instanceId(), String.join("; ", outcomes));
		this.triggers.ensureTriggers(now);
	}

	private String runOne(String planCode, FiredTrigger fired) {
		String what = "Báo cáo " + fired.period().label() + " của " + planCode;
		try {
			ReportRunLauncher.Outcome outcome = startWithRetry(planCode, fired);
			if (!outcome.completed()) {
				this.alerts.raise("run-failed/" + outcome.run().id(), what + " theo lịch bị lỗi",
						what + " (lần chạy " + outcome.run().id() + ", lịch lúc " + fired.scheduledFor()
								+ ") thất bại. Xem ./reports runs, sửa nguyên nhân rồi chạy tiếp: ./reports restart "
								+ outcome.run().id());
				return "thất bại (lần chạy " + outcome.run().id() + ")";
			}
			return "xong (lần chạy " + outcome.run().id() + ")";
		}
		catch (RunInProgressException ex) {
			log.warn("{}", ex.getMessage());
			return "đang chạy ở nơi khác";
		}
		catch (Exception ex) {
			this.alerts.raise("run-failed/" + planCode + "/" + fired.key() + "/" + fired.scheduledFor(),
					what + " theo lịch không chạy được",
					what + " (lịch lúc " + fired.scheduledFor() + "): " + ex.getMessage());
			return "lỗi: " + ex.getMessage();
		}
	}

	/**
	 * A lock conflict with another node's job start is transient: try again shortly, a
	 * few times.
	 */
	private ReportRunLauncher.Outcome startWithRetry(String planCode, FiredTrigger fired) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return this.launcher.run(planCode, fired.period().type(), fired.period().code(), true);
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= 3) {
					throw ex;
				}
				log.warn("Xung đột khóa cơ sở dữ liệu khi bắt đầu báo cáo {} kỳ {} (lần {}), thử lại", planCode,
						fired.period().code(), attempt);
				Thread.sleep(500L * attempt);
			}
		}
	}

	void fireReminders(FiredTrigger fired) throws SchedulerException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<String> outcomes = new ArrayList<>();
		for (PlanSummary plan : this.catalog.listPlans()) {
			UnitReminders.Result result = this.reminders.remind(plan.code(), fired.period());
			outcomes.add(plan.code() + ": nhắc " + result.reminded().size() + " đơn vị, " + result.withoutEmail().size()
					+ " không có địa chỉ thư");
		}
		this.sender.sendDue(null);
		this.mapper.insertFire(fired.key(), fired.scheduledFor().toLocalDateTime(), now.toLocalDateTime(),
				fired.instanceId(), String.join("; ", outcomes));
		this.triggers.ensureTriggers(now);
	}

	void watch() throws SchedulerException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		alertMissedDeadlines(now, this.missedLookback);
		alertAwaitingApproval(now);
		this.sender.sendDue(null);
		this.triggers.ensureTriggers(now);
	}

	/**
	 * Tells the signers of the plan and the operators about every report version still
	 * waiting for approval on its last day (or after it, within the look-back), once per
	 * version: unapproved, it is neither numbered nor sent.
	 */
	public int alertAwaitingApproval(ZonedDateTime now) {
		LocalDate today = now.toLocalDate();
		int raised = 0;
		// a last day is the day before the plan's day, moved back over days off: a
		// fortnight covers the longest holiday
		LocalDate lookbackFrom = today.minusDays(Math.max(1, this.missedLookback.toDays()));
		for (IssuanceMapper.WaitingVersion waiting : this.lifecycle.waiting(lookbackFrom, today.plusDays(15))) {
			LocalDate lastDay = this.calendar.onOrBefore(waiting.deadline().minusDays(1));
			if (lastDay.isAfter(today)) {
				continue;
			}
			Period period = Period.parse(ReportType.valueOf(waiting.reportType()), waiting.periodCode());
			String what = "báo cáo " + period.label() + " của " + waiting.planCode() + " (phiên bản "
					+ waiting.version() + ", lần chạy " + waiting.runId() + ")";
			raised += this.alerts.raise("awaiting-approval/" + waiting.runId(), "Chờ duyệt đến hạn: " + what,
					what + " phải gửi chậm nhất ngày " + VietnameseDates.format(lastDay) + " nhưng vẫn "
							+ waiting.issuanceStatus().label().toLowerCase()
							+ ": chưa được cấp số, ký số và gửi. Người ký duyệt của kế hoạch duyệt ngay trên trang"
							+ " quản trị (/runs/" + waiting.runId() + ") hoặc bằng ./reports approve " + waiting.runId()
							+ " --as TÊN; trả lại: ./reports return " + waiting.runId() + " --as TÊN --reason \"…\".",
					this.lifecycle.signerEmails(waiting.planCode()));
		}
		return raised;
	}

	/**
	 * Tells the operators about every scheduled report whose last day has passed (within
	 * the look-back) with nothing delivered for it, once per plan and period: a silent
	 * miss is the worst outcome.
	 */
	public int alertMissedDeadlines(ZonedDateTime now, Duration lookback) {
		LocalDate today = now.toLocalDate();
		int raised = 0;
		for (ScheduledRun run : this.planner.firedBetween(now.minus(lookback), now)) {
			if (!run.lastDay().isBefore(today)) {
				continue;
			}
			for (PlanSummary plan : this.catalog.listPlans()) {
				StoredPlanVersion version = this.catalog.findLatestVersion(plan.code());
				if (this.mapper.countDelivered(version.planId(), run.period().type().name(), run.period().code()) > 0) {
					continue;
				}
				String what = "báo cáo " + run.period().label() + " của " + plan.code();
				raised += this.alerts.raise("missed/" + plan.code() + "/" + run.key(), "Quá hạn: chưa gửi " + what, what
						+ " phải gửi chậm nhất ngày " + VietnameseDates.format(run.lastDay()) + " ("
						+ run.planDeadline().text() + ") nhưng chưa có thư nào được gửi đi. Kiểm tra ./reports runs "
						+ "và ./reports outbox list; lập và gửi ngay: ./reports run " + run.period().type().cliName()
						+ " --period " + run.period().code() + " --plan " + plan.code() + " --send");
			}
		}
		return raised;
	}

}

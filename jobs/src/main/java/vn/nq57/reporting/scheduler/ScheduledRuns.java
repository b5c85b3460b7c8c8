package vn.nq57.reporting.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.calendar.DeadlineOwner;
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
import vn.nq57.reporting.run.VersionLifecycle;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;

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

	private final PlanFireLoop loop;

	private final OwedReports owed;

	private final ProvinceReportRunner provinceReports;

	private final LateSubmissionRuns lateSubmissions;

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

	public ScheduledRuns(CatalogMapper catalog, PlanFireLoop loop, OwedReports owed,
			ProvinceReportRunner provinceReports, LateSubmissionRuns lateSubmissions, UnitReminders reminders,
			OutboxSender sender, OperatorAlerts alerts, ScheduleMapper mapper, SchedulePlanner planner,
			ScheduleTriggers triggers, SchedulerProperties properties, Clock clock, VersionLifecycle lifecycle,
			WorkingDayCalendar calendar) {
		this.clock = clock;
		this.lifecycle = lifecycle;
		this.calendar = calendar;
		this.catalog = catalog;
		this.loop = loop;
		this.owed = owed;
		this.provinceReports = provinceReports;
		this.lateSubmissions = lateSubmissions;
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
		String outcome;
		try {
			LocalDateTime retryUntil = this.planner.runOf(fired.period(), fired.owner())
				.map(run -> run.lastDay().plusDays(1).atStartOfDay())
				.orElse(fired.scheduledFor().toLocalDateTime().plusDays(1));
			outcome = String.join("; ",
					this.loop.fire(fired, this.owed.plansOwing(fired.period(), fired.owner()), retryUntil));
		}
		catch (RuntimeException ex) {
			// the loop could not even be recorded (the database): say so, then keep the
			// schedule going
			outcome = "lỗi: " + ex.getMessage();
			log.error("Lịch {} lúc {} không chạy được", fired.key(), fired.scheduledFor(), ex);
			raiseSafely("schedule-fire/" + fired.key() + "/" + fired.scheduledFor().toLocalDateTime(),
					"Lịch " + fired.period().label() + " không chạy được",
					"Lịch " + fired.key() + " lúc " + fired.scheduledFor() + " không ghi được danh sách kế hoạch phải "
							+ "lập: " + ex.getMessage() + ". Kiểm tra cơ sở dữ liệu; lập và gửi: ./reports run "
							+ fired.period().type().cliName() + " --period " + fired.period().code()
							+ " --plan MÃ --send");
		}
		try {
			this.mapper.insertFire(fired.key(), fired.scheduledFor().toLocalDateTime(), now.toLocalDateTime(),
					fired.instanceId(), cut(outcome, 1000));
		}
		catch (RuntimeException ex) {
			log.error("Không ghi được lần kích hoạt {}: {}", fired.key(), ex.getMessage());
		}
		this.triggers.ensureTriggers(now);
	}

	/**
	 * The province reports of a period (issue 17): one recorded part per province, run,
	 * retried and taken up like a plan's ({@link PlanFireLoop}); retried until the end of
	 * the day after the scheduled day.
	 */
	void fireProvinceReports(FiredTrigger fired) throws SchedulerException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		String outcome;
		try {
			LocalDateTime retryUntil = fired.scheduledFor().toLocalDate().plusDays(2).atStartOfDay();
			outcome = String.join("; ", this.loop.fire(fired, this.provinceReports.provinces(), retryUntil));
		}
		catch (RuntimeException ex) {
			outcome = "lỗi: " + ex.getMessage();
			log.error("Lịch {} lúc {} không chạy được", fired.key(), fired.scheduledFor(), ex);
			raiseSafely("schedule-fire/" + fired.key() + "/" + fired.scheduledFor().toLocalDateTime(),
					"Lịch báo cáo tổng hợp cấp tỉnh " + fired.period().label() + " không chạy được",
					"Lịch " + fired.key() + " lúc " + fired.scheduledFor() + " không ghi được danh sách tỉnh phải lập: "
							+ ex.getMessage() + ". Kiểm tra cơ sở dữ liệu; lập: ./reports run "
							+ ProvinceReportType.of(fired.period().type()).cliName() + " --period "
							+ fired.period().code() + " --all");
		}
		try {
			this.mapper.insertFire(fired.key(), fired.scheduledFor().toLocalDateTime(), now.toLocalDateTime(),
					fired.instanceId(), cut(outcome, 1000));
		}
		catch (RuntimeException ex) {
			log.error("Không ghi được lần kích hoạt {}: {}", fired.key(), ex.getMessage());
		}
		this.triggers.ensureTriggers(now);
	}

	private void raiseSafely(String key, String subject, String text) {
		try {
			this.alerts.raise(key, subject, text);
		}
		catch (RuntimeException ex) {
			log.error("Không báo được cho người vận hành: {}: {} ({})", subject, text, ex.getMessage());
		}
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	void fireReminders(FiredTrigger fired) throws SchedulerException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		List<String> outcomes = new ArrayList<>();
		for (String plan : this.owed.plansOwing(fired.period(), fired.owner())) {
			try {
				UnitReminders.Result result = this.reminders.remind(plan, fired.period());
				outcomes.add(plan + ": nhắc " + result.reminded().size() + " đơn vị, " + result.withoutEmail().size()
						+ " không có địa chỉ thư");
			}
			catch (RuntimeException ex) {
				// one plan's failure does not keep the other plans' units unreminded
				outcomes.add(plan + ": lỗi: " + ex.getMessage());
				raiseSafely(
						"reminder-failed/" + plan + "/" + fired.key() + "/" + fired.scheduledFor().toLocalDateTime(),
						"Không nhắc được đơn vị của " + plan,
						"Lịch nhắc " + fired.key() + " của " + plan + ": " + ex.getMessage());
			}
		}
		this.sender.sendDue(null);
		this.mapper.insertFire(fired.key(), fired.scheduledFor().toLocalDateTime(), now.toLocalDateTime(),
				fired.instanceId(), String.join("; ", outcomes));
		this.triggers.ensureTriggers(now);
	}

	void watch() throws SchedulerException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		this.loop.resume();
		try {
			this.lateSubmissions.rerun(now.toLocalDate());
		}
		catch (RuntimeException ex) {
			log.error("Không lập lại được báo cáo có số liệu gửi muộn: {}", ex.getMessage());
		}
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
		List<ScheduledRun> due = new ArrayList<>();
		for (DeadlineOwner owner : DeadlineOwner.values()) {
			due.addAll(this.planner.firedBetween(now.minus(lookback), now, owner));
		}
		for (ScheduledRun run : due) {
			if (!run.lastDay().isBefore(today)) {
				continue;
			}
			for (String plan : this.owed.plansOwing(run.period(), run.owner())) {
				StoredPlanVersion version = this.catalog.findLatestVersion(plan);
				if (this.mapper.countDelivered(version.planId(), run.period().type().name(), run.period().code()) > 0) {
					continue;
				}
				// an .eml file written because no SMTP server was configured reached
				// nobody
				boolean onlyFiles = this.mapper.countWritten(version.planId(), run.period().type().name(),
						run.period().code()) > 0;
				String what = "báo cáo " + run.period().label() + " của " + plan;
				raised += this.alerts.raise("missed/" + plan + "/" + run.key(), "Quá hạn: chưa gửi " + what, what
						+ " phải gửi chậm nhất ngày " + VietnameseDates.format(run.lastDay()) + " ("
						+ run.planDeadline().text() + ") nhưng chưa có thư nào được gửi đi"
						+ (onlyFiles ? " (báo cáo chỉ được ghi ra tệp .eml vì chưa cấu hình máy chủ SMTP: tệp không"
								+ " đến tay người nhận)" : "")
						+ ". Kiểm tra ./reports runs và ./reports outbox list; lập và gửi ngay: ./reports run "
						+ run.period().type().cliName() + " --period " + run.period().code() + " --plan " + plan
						+ " --send");
			}
		}
		return raised;
	}

}

package vn.nq57.reporting.scheduler;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.delivery.OperatorAlerts;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.RunInProgressException;

/**
 * Runs each plan's part of a scheduled run so that none stops silently. The loop is
 * recorded first (one schedule_plan_fire row per plan) and each plan's outcome is written
 * on its row: ran, skipped because another run of the period was in progress, or failed
 * with the reason. A plan's failure, or a database error while telling the operators,
 * never stops the loop over the others. Skipped and failed plans are tried again
 * ({@code reports.scheduler.retry-delay}, at most {@code max-attempts} times, never after
 * the report's last day to send), and the operators are told of every skip and failure
 * when it happens, with whether it will be retried; an alert that could not be queued is
 * raised again by the next watch. A node that dies mid-loop stops renewing its rows: once
 * they are older than {@code loop-lease}, the next watch (on any node) or the next start
 * takes them up.
 * <p>
 * The province reports' runs (issue 17) go the same way, one row per province: the row's
 * {@code plan_code} is the province and its key starts with {@link #PROVINCE_KEY}.
 */
@Service
public class PlanFireLoop implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PlanFireLoop.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/**
	 * How a province report run's trigger and rows are named:
	 * "report/province-monthly/2026-05".
	 */
	static final String PROVINCE_KEY = "report/" + ProvinceReportType.PREFIX;

	private final PlanFireMapper fires;

	private final ReportRunLauncher launcher;

	private final ProvinceReportRunner provinceReports;

	private final OperatorAlerts alerts;

	private final SchedulerProperties properties;

	private final Clock clock;

	/** This process: "pid@host/start". */
	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ Long.toHexString(System.nanoTime());

	/** The rows this process's loops hold, renewed by the heartbeat. */
	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService heartbeat;

	public PlanFireLoop(PlanFireMapper fires, ReportRunLauncher launcher, ProvinceReportRunner provinceReports,
			OperatorAlerts alerts, SchedulerProperties properties, Clock clock) {
		this.fires = fires;
		this.launcher = launcher;
		this.provinceReports = provinceReports;
		this.alerts = alerts;
		this.properties = properties;
		this.clock = clock;
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "schedule-loop-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		long every = Math.max(100, properties.loopHeartbeat().toMillis());
		this.heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	/** The outcome of one plan's attempt, as it is recorded. */
	record Attempt(PlanFireStatus status, String reason, Long runId) {
	}

	/**
	 * Records the loop of a firing (a plan per row), then runs each plan this node
	 * recorded; returns one line per plan.
	 */
	List<String> fire(FiredTrigger fired, List<String> planCodes, LocalDateTime retryUntil) {
		LocalDateTime scheduledFor = fired.scheduledFor().toLocalDateTime();
		for (String plan : planCodes) {
			this.fires.record(fired.key(), plan, fired.period().type().name(), fired.period().code(), scheduledFor,
					retryUntil, this.owner);
		}
		List<PlanFire> loop = this.fires.findOfFire(fired.key(), scheduledFor);
		loop.forEach(row -> this.held.add(row.id()));
		List<String> outcomes = new ArrayList<>();
		try {
			for (PlanFire row : loop) {
				if (row.status() == PlanFireStatus.PENDING && this.owner.equals(row.owner())) {
					outcomes.add(row.planCode() + ": " + work(row, null));
				}
				else {
					outcomes.add(row.planCode() + ": " + row.status().label().toLowerCase() + " (nút khác)");
				}
			}
		}
		finally {
			loop.forEach(row -> this.held.remove(row.id()));
		}
		return outcomes;
	}

	/**
	 * Takes up what a loop left: plans of a node that stopped renewing them, and skipped
	 * or failed plans whose retry is due; then raises the alerts that could not be queued
	 * before. Returns how many plans were taken up.
	 */
	public int resume() {
		int taken = 0;
		// a loop of a process of this machine that is gone (a node restarted after it was
		// killed): taken over at once, without waiting for its lease
		for (PlanFire row : this.fires.findUnfinished()) {
			if (!this.owner.equals(row.owner()) && isGoneHere(row.owner())) {
				log.warn("Lịch {} của {}: tiến trình {} đã dừng, tiếp tục ngay ở tiến trình này", row.runKey(),
						row.planCode(), row.owner());
				if (work(row, row.owner()) != null) {
					taken++;
				}
			}
		}
		for (PlanFire row : this.fires.findResumable(now(), leaseSeconds())) {
			if (row.status() == PlanFireStatus.PENDING || row.status() == PlanFireStatus.RUNNING) {
				log.warn("Lịch {} của {}: nút {} đã dừng giữa chừng, tiếp tục ở nút này", row.runKey(), row.planCode(),
						row.owner());
			}
			if (work(row, null) != null) {
				taken++;
			}
		}
		raiseUnalerted();
		return taken;
	}

	/**
	 * The plan's attempt, recorded and told; null when another node took the row first.
	 */
	private String work(PlanFire row, String deadOwner) {
		// with deadOwner, the row is taken over from that process, known to be gone
		int took = (deadOwner != null) ? this.fires.takeOver(row.id(), this.owner, deadOwner)
				: this.fires.take(row.id(), this.owner, now(), leaseSeconds());
		if (took == 0) {
			return null;
		}
		this.held.add(row.id());
		int attempt = row.attempts() + 1;
		Attempt outcome;
		try {
			outcome = attempt(row, attempt);
		}
		finally {
			this.held.remove(row.id());
		}
		LocalDateTime now = now();
		LocalDateTime next = null;
		if (outcome.status() != PlanFireStatus.RAN && attempt < this.properties.maxAttempts()) {
			LocalDateTime retryAt = now.plus(this.properties.retryDelay());
			next = retryAt.isBefore(row.retryUntil()) ? retryAt : null;
		}
		try {
			this.fires.finish(row.id(), this.owner, outcome.status(), cut(outcome.reason(), 2000), outcome.runId(),
					next, now);
		}
		catch (RuntimeException ex) {
			// the row stays RUNNING without renewal: the watch takes it up after the
			// lease
			log.error("Không ghi được kết quả lịch {} của {}: {}", row.runKey(), row.planCode(), ex.getMessage());
		}
		if (outcome.status() != PlanFireStatus.RAN || attempt > 1) {
			tell(row, outcome, attempt, next);
		}
		return describe(outcome, next);
	}

	private Attempt attempt(PlanFire row, int attempt) {
		if (isProvince(row)) {
			return provinceAttempt(row, attempt);
		}
		try {
			RunSince made = (attempt > 1)
					? this.fires.findRunSince(row.planCode(), row.reportType(), row.periodCode(), row.scheduledFor())
					: null;
			if (made != null && made.completed()) {
				// a version was made since (by a retry that died after it, or by hand):
				// no
				// second version
				return new Attempt(PlanFireStatus.RAN, "đã có phiên bản lập sau giờ lịch", made.id());
			}
			ReportRunLauncher.Outcome outcome = (made != null) ? this.launcher.restart(made.id()) : start(row);
			if (outcome.completed()) {
				return new Attempt(PlanFireStatus.RAN, null, outcome.run().id());
			}
			return new Attempt(PlanFireStatus.FAILED, "lần chạy " + outcome.run().id() + " thất bại ở bước "
					+ outcome.run().failedStep() + ": " + outcome.run().failureMessage(), outcome.run().id());
		}
		catch (RunInProgressException ex) {
			return new Attempt(PlanFireStatus.SKIPPED, ex.getMessage(), null);
		}
		catch (Exception ex) {
			log.error("Lịch {} của {} lỗi", row.runKey(), row.planCode(), ex);
			return new Attempt(PlanFireStatus.FAILED, describe(ex), null);
		}
	}

	/**
	 * A province's report for the period: a version made since the scheduled time (by a
	 * retry that died after it, or by hand) is not made again.
	 */
	private Attempt provinceAttempt(PlanFire row, int attempt) {
		try {
			RunSince made = (attempt > 1) ? this.fires.findProvinceRunSince(row.planCode(), row.reportType(),
					row.periodCode(), row.scheduledFor()) : null;
			if (made != null && made.completed()) {
				return new Attempt(PlanFireStatus.RAN, "đã có phiên bản lập sau giờ lịch", made.id());
			}
			// sent like a scheduled commune report, when the schedule names recipients
			ProvinceReportType type = ProvinceReportType.of(row.period().type());
			ProvinceRun run = this.provinceReports.run(row.planCode(), type, row.periodCode(),
					this.provinceReports.hasRecipients(type));
			if (run.completed()) {
				return new Attempt(PlanFireStatus.RAN, null, run.id());
			}
			return new Attempt(PlanFireStatus.FAILED,
					"báo cáo tỉnh số " + run.id() + " thất bại: " + run.failureMessage(), run.id());
		}
		catch (Exception ex) {
			log.error("Lịch {} của {} lỗi", row.runKey(), row.planCode(), ex);
			return new Attempt(PlanFireStatus.FAILED, describe(ex), null);
		}
	}

	static boolean isProvince(PlanFire row) {
		return row.runKey().startsWith(PROVINCE_KEY);
	}

	/**
	 * A lock conflict with another node's job start is transient: try again shortly, a
	 * few times.
	 */
	private ReportRunLauncher.Outcome start(PlanFire row) throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return this.launcher.run(row.planCode(), row.period().type(), row.periodCode(), true);
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt >= 3) {
					throw ex;
				}
				log.warn("Xung đột khóa cơ sở dữ liệu khi bắt đầu báo cáo {} kỳ {} (lần {}), thử lại", row.planCode(),
						row.periodCode(), attempt);
				Thread.sleep(500L * attempt);
			}
		}
	}

	/**
	 * Queues the operators' alert for an attempt; a failure to queue is retried later.
	 */
	private void tell(PlanFire row, Attempt outcome, int attempt, LocalDateTime next) {
		try {
			boolean province = isProvince(row);
			String what = (province ? "Báo cáo tổng hợp cấp tỉnh " : "Báo cáo ") + row.period().label() + " của "
					+ row.planCode();
			String subject;
			StringBuilder text = new StringBuilder(what).append(" theo lịch lúc ")
				.append(row.scheduledFor().format(TIME))
				.append(" (lần thử ")
				.append(attempt)
				.append("): ");
			if (outcome.status() == PlanFireStatus.RAN) {
				subject = what + " theo lịch đã chạy được sau " + (attempt - 1) + " lần lỗi";
				text.append("đã chạy xong").append(runOf(outcome)).append('.');
			}
			else {
				subject = what + " theo lịch " + ((outcome.status() == PlanFireStatus.SKIPPED)
						? "bị bỏ qua vì đang có lần chạy khác" : "không chạy được");
				text.append(outcome.status().label().toLowerCase())
					.append(runOf(outcome))
					.append(" — ")
					.append(outcome.reason())
					.append(". ");
				if (next != null) {
					text.append("Sẽ tự thử lại lúc ").append(next.format(TIME)).append('.');
				}
				else {
					text.append("Không tự thử lại nữa (hạn gửi: hết ngày ")
						.append(row.retryUntil().minusNanos(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
						.append("). Xem ./reports runs, sửa nguyên nhân rồi lập và gửi: ")
						.append(province
								? "./reports run " + ProvinceReportType.of(row.period().type()).cliName() + " --period "
										+ row.periodCode() + " --province \"" + row.planCode() + "\" --send"
								: (outcome.runId() != null) ? "./reports restart " + outcome.runId()
										: "./reports run " + row.period().type().cliName() + " --period "
												+ row.periodCode() + " --plan " + row.planCode() + " --send");
				}
			}
			this.alerts.raise("schedule/" + row.id() + "/" + attempt, subject, text.toString());
			this.fires.markAlerted(row.id(), attempt);
		}
		catch (RuntimeException ex) {
			log.error("Không báo được cho người vận hành về lịch {} của {} (sẽ báo lại ở lần kiểm tra sau): {}",
					row.runKey(), row.planCode(), ex.getMessage());
		}
	}

	/** Alerts of recorded outcomes that could not be queued when they happened. */
	void raiseUnalerted() {
		for (PlanFire row : this.fires.findUnalerted()) {
			tell(row, new Attempt(row.status(), row.reason(), row.reportRunId()), row.attempts(), row.nextAttemptAt());
		}
	}

	private void renew() {
		try {
			if (!this.held.isEmpty()) {
				this.fires.renew(this.owner, List.copyOf(this.held));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Không gia hạn được lịch đang chạy: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.heartbeat.shutdownNow();
	}

	/**
	 * Whether an owner ("pid@host/start") was a process of this machine that no longer
	 * runs.
	 */
	private boolean isGoneHere(String other) {
		if (other == null) {
			return false;
		}
		String process = other.contains("/") ? other.substring(0, other.indexOf('/')) : other;
		String me = this.owner.substring(0, this.owner.indexOf('/'));
		int at = process.indexOf('@');
		if (at <= 0 || !process.substring(at).equals(me.substring(me.indexOf('@')))) {
			return false;
		}
		try {
			return ProcessHandle.of(Long.parseLong(process.substring(0, at))).map(p -> !p.isAlive()).orElse(true);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static String runOf(Attempt outcome) {
		return (outcome.runId() != null) ? " (lần chạy " + outcome.runId() + ")" : "";
	}

	private static String describe(Attempt outcome, LocalDateTime next) {
		String text = outcome.status().label().toLowerCase() + runOf(outcome);
		if (outcome.reason() != null && outcome.status() != PlanFireStatus.RAN) {
			text += ": " + outcome.reason();
		}
		return (next != null) ? text + "; thử lại lúc " + next.format(TIME) : text;
	}

	private static String describe(Exception ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		return (root == ex) ? message : ex.getClass().getSimpleName() + ": " + message;
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private long leaseSeconds() {
		return Math.max(1, this.properties.loopLease().toSeconds());
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

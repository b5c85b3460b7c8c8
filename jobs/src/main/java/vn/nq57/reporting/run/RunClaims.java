package vn.nq57.reporting.run;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.catalog.StoredPlanVersion;

/**
 * The database guard that keeps one run of a plan's report for a period at a time,
 * whoever starts it (the scheduler on any node, {@code ./reports run}, a restart): a row
 * in report_run_claim, whose primary key lets only one exist, held while the run is in
 * progress and renewed by a heartbeat every {@code reports.run-claim.heartbeat}. A claim
 * is taken over at once when its holder is a process of this machine that is gone, and
 * otherwise once it has not been renewed for {@code reports.run-claim.expiry}; the runs
 * it left half done are then marked failed, so they can be continued.
 */
@Component
public class RunClaims {

	private static final Logger log = LoggerFactory.getLogger(RunClaims.class);

	private static final String HOST = hostName();

	private final RunClaimMapper claims;

	private final ReportRunMapper runs;

	private final Duration expiry;

	private final Clock clock;

	/** This process: "pid@host/start"; a claim is by "holder/thread". */
	private final String holder = ProcessHandle.current().pid() + "@" + HOST + "/"
			+ Long.toHexString(ManagementFactory.getRuntimeMXBean().getStartTime());

	private final AtomicInteger held = new AtomicInteger();

	private final ScheduledExecutorService heartbeat;

	public RunClaims(RunClaimMapper claims, ReportRunMapper runs, RunProperties properties, Clock clock) {
		this.claims = claims;
		this.runs = runs;
		this.expiry = properties.runClaim().expiry();
		this.clock = clock;
		this.heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "quyen-chay-bao-cao");
			thread.setDaemon(true);
			return thread;
		});
		long every = properties.runClaim().heartbeat().toMillis();
		this.heartbeat.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
	}

	/** A held claim; closing it releases it. */
	public final class Claim implements AutoCloseable {

		private final long planId;

		private final Period period;

		private final String by;

		private boolean closed;

		Claim(long planId, Period period, String by) {
			this.planId = planId;
			this.period = period;
			this.by = by;
		}

		@Override
		public void close() {
			if (!this.closed) {
				this.closed = true;
				RunClaims.this.held.decrementAndGet();
				RunClaims.this.claims.deleteClaim(this.planId, this.period.type().name(), this.period.code(), this.by);
			}
		}

	}

	/**
	 * Takes the claim, or fails with {@link RunInProgressException} while another live
	 * run holds it.
	 */
	public Claim claim(long planId, String planCode, Period period) {
		String type = period.type().name();
		String by = this.holder + "/" + Thread.currentThread().getId();
		try {
			this.claims.insertClaim(planId, type, period.code(), by);
		}
		catch (DuplicateKeyException taken) {
			RunClaimMapper.HeldClaim existing = this.claims.findClaim(planId, type, period.code());
			if (existing != null) {
				takeOver(planId, planCode, period, existing);
			}
			this.claims.insertClaim(planId, type, period.code(), by);
		}
		this.held.incrementAndGet();
		return new Claim(planId, period, by);
	}

	private void takeOver(long planId, String planCode, Period period, RunClaimMapper.HeldClaim existing) {
		String why;
		if (isGoneFromThisMachine(existing.claimedBy())) {
			why = "tiến trình " + processOf(existing.claimedBy()) + " trên máy này không còn chạy";
		}
		else if (existing.ageSeconds() > this.expiry.toSeconds()) {
			why = "không được gia hạn trong " + existing.ageSeconds() + " giây (quá hạn " + this.expiry.toSeconds()
					+ " giây)";
		}
		else {
			throw new RunInProgressException("Báo cáo " + planCode + " " + period.type().vietnameseName().toLowerCase()
					+ " kỳ " + period.code() + " đang được lập ở tiến trình " + processOf(existing.claimedBy())
					+ ": không chạy hai lần cùng lúc. Chờ lần chạy đó xong rồi thử lại.");
		}
		if (this.claims.deleteClaim(planId, period.type().name(), period.code(), existing.claimedBy()) == 0) {
			throw new RunInProgressException("Báo cáo " + planCode + " kỳ " + period.code()
					+ " vừa được một tiến trình khác nhận lập: không chạy hai lần cùng lúc.");
		}
		int interrupted = this.runs.markInterrupted(planId, period.type().name(), period.code(),
				"Tiến trình lập báo cáo đã dừng giữa chừng (" + why + "). Chạy tiếp: ./reports restart SỐ_LẦN_CHẠY",
				LocalDateTime.now(this.clock));
		log.warn("Lần chạy báo cáo {} kỳ {} trước đó đã dừng mà không trả quyền ({}): tiếp quản; {} lần chạy dở được"
				+ " ghi là thất bại để chạy tiếp.", planCode, period.code(), why, interrupted);
	}

	/**
	 * Claims every plan of a batch, or none: a plan already running elsewhere stops the
	 * batch from starting.
	 */
	public Held claimAll(List<StoredPlanVersion> plans, Period period) {
		Held all = new Held();
		try {
			for (StoredPlanVersion plan : plans) {
				all.claims.add(claim(plan.planId(), plan.planCode(), period));
			}
			return all;
		}
		catch (RuntimeException ex) {
			all.close();
			throw ex;
		}
	}

	/** The claims of a batch's plans; closing releases them all. */
	public static final class Held implements AutoCloseable {

		private final List<Claim> claims = new ArrayList<>();

		@Override
		public void close() {
			this.claims.forEach(Claim::close);
		}

	}

	private void renew() {
		if (this.held.get() <= 0) {
			return;
		}
		try {
			this.claims.renewClaims(this.holder);
		}
		catch (RuntimeException ex) {
			log.warn("Không gia hạn được quyền chạy báo cáo ({}); sẽ thử lại", ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.heartbeat.shutdownNow();
	}

	/** Whether a holder was a process of this machine that no longer runs. */
	static boolean isGoneFromThisMachine(String claimedBy) {
		String process = processOf(claimedBy);
		int at = process.indexOf('@');
		if (at <= 0 || !process.substring(at + 1).equals(HOST)) {
			return false;
		}
		try {
			Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(process.substring(0, at)));
			return handle.isEmpty() || !handle.get().isAlive();
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** "pid@host" of a claim's holder. */
	static String processOf(String claimedBy) {
		int slash = claimedBy.indexOf('/');
		return (slash > 0) ? claimedBy.substring(0, slash) : claimedBy;
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}

}

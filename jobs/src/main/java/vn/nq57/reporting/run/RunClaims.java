package vn.nq57.reporting.run;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

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
 * progress. A claim left by a process that died is taken over once it is older than
 * {@code reports.run-claim.expiry}.
 */
@Component
public class RunClaims {

	private static final Logger log = LoggerFactory.getLogger(RunClaims.class);

	private final RunClaimMapper claims;

	private final Duration expiry;

	private final String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ Long.toHexString(System.nanoTime());

	private final Clock clock;

	public RunClaims(RunClaimMapper claims, RunProperties properties, Clock clock) {
		this.claims = claims;
		this.expiry = properties.runClaim().expiry();
		this.clock = clock;
	}

	/** A held claim; closing it releases it. */
	public final class Claim implements AutoCloseable {

		private final long planId;

		private final Period period;

		private final String by;

		Claim(long planId, Period period, String by) {
			this.planId = planId;
			this.period = period;
			this.by = by;
		}

		@Override
		public void close() {
			RunClaims.this.claims.deleteClaim(this.planId, this.period.type().name(), this.period.code(), this.by);
		}

	}

	/**
	 * Takes the claim, or fails with {@link RunInProgressException} while another run
	 * holds it.
	 */
	public Claim claim(long planId, String planCode, Period period) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		String by = this.holder + "/" + Thread.currentThread().getId();
		try {
			this.claims.insertClaim(planId, period.type().name(), period.code(), by, now);
		}
		catch (DuplicateKeyException held) {
			if (this.claims.deleteExpiredClaim(planId, period.type().name(), period.code(),
					now.minus(this.expiry)) == 0) {
				throw new RunInProgressException(
						"Báo cáo " + planCode + " " + period.type().vietnameseName().toLowerCase() + " kỳ "
								+ period.code() + " đang được lập ở một tiến trình khác: không chạy hai lần cùng lúc. "
								+ "Chờ lần chạy đó xong rồi thử lại.");
			}
			log.warn("Lần chạy báo cáo {} kỳ {} trước đó đã dừng mà không trả quyền (quá {}): tiếp quản.", planCode,
					period.code(), this.expiry);
			this.claims.insertClaim(planId, period.type().name(), period.code(), by, now);
		}
		return new Claim(planId, period, by);
	}

	/**
	 * Claims every plan of a batch, or none: a plan already running elsewhere stops the
	 * batch from starting.
	 */
	public Held claimAll(List<StoredPlanVersion> plans, Period period) {
		Held held = new Held();
		try {
			for (StoredPlanVersion plan : plans) {
				held.claims.add(claim(plan.planId(), plan.planCode(), period));
			}
			return held;
		}
		catch (RuntimeException ex) {
			held.close();
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

}

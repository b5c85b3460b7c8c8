package vn.nq57.reporting.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;

import vn.nq57.reporting.system.EmbeddedMariaDbInitializer;

/**
 * CPU time used between two readings by this JVM (all its threads: JasperReports'
 * subreport threads, the JIT and the garbage collector included) and by the embedded
 * database server this JVM uses (shared with other processes since issue 19, so found by
 * the process id its record gives, not among this JVM's children; unknown for a server
 * elsewhere).
 */
final class CpuMeter {

	record Used(Duration jvm, Optional<Duration> database) {

		Duration total() {
			return this.jvm.plus(this.database.orElse(Duration.ZERO));
		}

	}

	private final long jvmStart;

	private final Optional<Duration> databaseStart;

	private CpuMeter() {
		this.jvmStart = jvmCpuNanos();
		this.databaseStart = databaseCpu();
	}

	static CpuMeter start() {
		return new CpuMeter();
	}

	Used used() {
		Duration jvm = Duration.ofNanos(jvmCpuNanos() - this.jvmStart);
		Optional<Duration> database = this.databaseStart.flatMap(start -> databaseCpu().map(now -> now.minus(start)));
		return new Used(jvm, database);
	}

	private static long jvmCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	/**
	 * Waits until the embedded database server has been idle (under 5% of a core) for
	 * three seconds in a row, at most {@code limit}: after generating data it goes on
	 * flushing and purging for a while, which is no part of a report run.
	 * @return how long it waited (zero for a server elsewhere)
	 */
	static Duration awaitIdleDatabase(Duration limit) throws InterruptedException {
		long started = System.nanoTime();
		Optional<Duration> last = databaseCpu();
		int quietSeconds = 0;
		while (last.isPresent() && quietSeconds < 3 && System.nanoTime() - started < limit.toNanos()) {
			Thread.sleep(1000);
			Optional<Duration> now = databaseCpu();
			boolean quiet = now.isPresent() && now.get().minus(last.get()).toMillis() < 50;
			quietSeconds = quiet ? quietSeconds + 1 : 0;
			last = now;
		}
		return last.isPresent() ? Duration.ofNanos(System.nanoTime() - started) : Duration.ZERO;
	}

	private static Optional<Duration> databaseCpu() {
		return EmbeddedMariaDbInitializer.serverProcess().flatMap(process -> process.info().totalCpuDuration());
	}

}

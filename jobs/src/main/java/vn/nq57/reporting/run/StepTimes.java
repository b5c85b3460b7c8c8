package vn.nq57.reporting.run;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each step over the plans of a batch, summed across its threads; steps are
 * listed in the order they were first seen.
 */
public final class StepTimes {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<String, Total> totals = new ConcurrentHashMap<>();

	private final AtomicInteger order = new AtomicInteger();

	/**
	 * @param total wall-clock time summed over plans
	 * @param cpu CPU time of the threads that ran the step (work handed to other threads,
	 * such as JasperReports' subreport threads or the database server, is not in it)
	 */
	public record StepTotal(int position, String step, int plans, Duration total, Duration cpu) {
	}

	@FunctionalInterface
	public interface Work<T, E extends Exception> {

		T run() throws E;

	}

	public <T, E extends Exception> T time(String step, Work<T, E> work) throws E {
		long started = System.nanoTime();
		long cpuStarted = THREADS.getCurrentThreadCpuTime();
		try {
			return work.run();
		}
		finally {
			add(step, System.nanoTime() - started, THREADS.getCurrentThreadCpuTime() - cpuStarted);
		}
	}

	void add(String step, long nanos, long cpuNanos) {
		Total total = this.totals.computeIfAbsent(step, name -> new Total(this.order.incrementAndGet()));
		total.count.increment();
		total.nanos.add(nanos);
		total.cpuNanos.add(cpuNanos);
	}

	public List<StepTotal> totals() {
		List<StepTotal> list = new ArrayList<>();
		this.totals.forEach((step, total) -> list.add(new StepTotal(total.position, step, total.count.intValue(),
				Duration.ofNanos(total.nanos.sum()), Duration.ofNanos(total.cpuNanos.sum()))));
		list.sort((a, b) -> Integer.compare(a.position(), b.position()));
		return list;
	}

	private static final class Total {

		final int position;

		final LongAdder count = new LongAdder();

		final LongAdder nanos = new LongAdder();

		final LongAdder cpuNanos = new LongAdder();

		Total(int position) {
			this.position = position;
		}

	}

}

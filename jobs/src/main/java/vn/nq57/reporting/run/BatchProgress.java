package vn.nq57.reporting.run;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Progress of the running batches: plans done of total, failures, elapsed and an estimate
 * of what remains, logged as partitions finish (at most every few seconds, and always for
 * the last one).
 */
@Component
public class BatchProgress {

	private static final Logger log = LoggerFactory.getLogger(BatchProgress.class);

	private static final long LOG_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

	private final Map<Long, Counter> batches = new ConcurrentHashMap<>();

	void start(long batchId, int total) {
		this.batches.put(batchId, new Counter(total, System.nanoTime()));
	}

	/**
	 * Where the batch's time goes, step by step (a throwaway total if it is not running).
	 */
	StepTimes stepTimes(long batchId) {
		Counter counter = this.batches.get(batchId);
		return (counter != null) ? counter.times : new StepTimes();
	}

	void planFinished(long batchId, String planCode, boolean failed) {
		Counter counter = this.batches.get(batchId);
		if (counter == null) {
			return;
		}
		int done = counter.done.incrementAndGet();
		if (failed) {
			counter.failed.incrementAndGet();
			log.warn("Kế hoạch {} lỗi; các kế hoạch khác vẫn tiếp tục", planCode);
		}
		long now = System.nanoTime();
		long last = counter.lastLog;
		if (done == counter.total || now - last >= LOG_EVERY_NANOS) {
			counter.lastLog = now;
			Duration elapsed = Duration.ofNanos(now - counter.startedAt);
			Duration remaining = elapsed.multipliedBy(counter.total - done).dividedBy(Math.max(done, 1));
			log.info("Đã xong {}/{} kế hoạch ({} lỗi), đã chạy {}, còn khoảng {}", done, counter.total,
					counter.failed.get(), clock(elapsed), clock(remaining));
		}
	}

	/**
	 * @return the step times of the batch's run that finished
	 */
	StepTimes finish(long batchId) {
		Counter counter = this.batches.remove(batchId);
		return (counter != null) ? counter.times : new StepTimes();
	}

	static String clock(Duration duration) {
		long seconds = duration.toSeconds();
		return String.format("%02d:%02d:%02d", seconds / 3600, (seconds / 60) % 60, seconds % 60);
	}

	private static final class Counter {

		final int total;

		final long startedAt;

		final AtomicInteger done = new AtomicInteger();

		final AtomicInteger failed = new AtomicInteger();

		volatile long lastLog;

		final StepTimes times = new StepTimes();

		Counter(int total, long startedAt) {
			this.total = total;
			this.startedAt = startedAt;
			this.lastLog = startedAt;
		}

	}

}

package vn.nq57.reporting.monitoring;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The counts behind the gauges, read once per scrape: a Prometheus scrape reads every
 * gauge within a moment, so a reading is kept for two seconds instead of being asked
 * again for each status.
 */
@Component
class DatabaseCounts {

	private static final long KEEP_NANOS = 2_000_000_000L;

	private final MonitoringMapper mapper;

	private final Cached runs;

	private final Cached outbox;

	private final Cached receipts;

	private final Cached refusals;

	DatabaseCounts(MonitoringMapper mapper) {
		this.mapper = mapper;
		this.runs = new Cached(this.mapper::countRunsByStatus);
		this.outbox = new Cached(this.mapper::countOutboxByStatus);
		this.receipts = new Cached(this.mapper::countReceiptsByStatus);
		this.refusals = new Cached(this.mapper::countRefusalsByCode);
	}

	long runs(String status) {
		return this.runs.count(status);
	}

	long outbox(String status) {
		return this.outbox.count(status);
	}

	long receipts(String status) {
		return this.receipts.count(status);
	}

	long refusals(String code) {
		return this.refusals.count(code);
	}

	private static final class Cached {

		private final Supplier<List<StatusCount>> query;

		private List<StatusCount> counts;

		private long readAt;

		Cached(Supplier<List<StatusCount>> query) {
			this.query = query;
		}

		synchronized long count(String status) {
			long now = System.nanoTime();
			if (this.counts == null || now - this.readAt > KEEP_NANOS) {
				this.counts = this.query.get();
				this.readAt = now;
			}
			return this.counts.stream().filter(c -> c.status().equals(status)).mapToLong(StatusCount::count).sum();
		}

	}

}

package vn.nq57.reporting.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.MessageStatus;
import vn.nq57.reporting.run.RunStatus;
import vn.nq57.reporting.submission.SubmissionErrorCode;

/**
 * The product's gauges, counted in the database (so that runs made by
 * {@code ./reports run} beside the service count too): report runs by status
 * ({@code reports_runs{status="COMPLETED"}}, {@code FAILED}, ...), outbox messages by
 * status ({@code reports_outbox_messages{status="PENDING"}}, {@code FAILED},
 * {@code UNCERTAIN}, ...), submissions received by outcome and refused by error code.
 */
@Component
class ReportMetrics implements MeterBinder {

	private static final String[] RECEIPT_STATUSES = { "RECEIVED", "ACCEPTED", "REJECTED" };

	private final DatabaseCounts counts;

	ReportMetrics(DatabaseCounts counts) {
		this.counts = counts;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (RunStatus status : RunStatus.values()) {
			Gauge.builder("reports.runs", this.counts, c -> c.runs(status.name()))
				.description("Report runs by status")
				.tag("status", status.name())
				.register(registry);
		}
		for (MessageStatus status : MessageStatus.values()) {
			Gauge.builder("reports.outbox.messages", this.counts, c -> c.outbox(status.name()))
				.description("Outbox messages by status")
				.tag("status", status.name())
				.register(registry);
		}
		for (String status : RECEIPT_STATUSES) {
			Gauge.builder("reports.submissions.received", this.counts, c -> c.receipts(status))
				.description("Submissions received by outcome")
				.tag("status", status)
				.register(registry);
		}
		for (SubmissionErrorCode code : SubmissionErrorCode.values()) {
			Gauge.builder("reports.submissions.refused", this.counts, c -> c.refusals(code.name()))
				.description("Submissions refused, by error code")
				.tag("code", code.name())
				.register(registry);
		}
	}

}

package vn.nq57.reporting.run;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.delivery.MessageStatus;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.ReportMailDelivered;

/**
 * Records a version's issuance status: each change guarded (it moves only from the status
 * it was read in) and written as a transition with who, when and why.
 */
@Component
class IssuanceRecords {

	/** The actor of what the application does by itself. */
	static final String SYSTEM = "hệ thống";

	private static final int COMMENT_LENGTH = 2000;

	private final IssuanceMapper issuance;

	private final OutboxMapper outbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	IssuanceRecords(IssuanceMapper issuance, OutboxMapper outbox, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.issuance = issuance;
		this.outbox = outbox;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Moves the status and records the transition, in the caller's transaction. */
	void record(long runId, IssuanceStatus from, IssuanceStatus to, String actor, String comment) {
		if (this.issuance.moveStatus(runId, from, to) != 1) {
			throw new IllegalStateException("Phiên bản (lần chạy " + runId + ") không còn ở trạng thái "
					+ ((from != null) ? "“" + from.label() + "”" : "mới lập") + ": người khác vừa thay đổi nó ("
					+ label(this.issuance.findStatus(runId)) + ").");
		}
		this.issuance.insertTransition(runId, from, to, actor, now(), cut(comment));
	}

	/**
	 * A new version's draft supersedes the earlier drafts of the same report still
	 * waiting: they can no longer be approved, and say which version replaced them. A
	 * draft someone approves or returns at the same moment keeps that decision.
	 */
	void supersedeEarlierDrafts(long runId, int version) {
		for (long earlier : this.issuance.findEarlierDrafts(runId)) {
			if (this.issuance.moveStatus(earlier, IssuanceStatus.DRAFT, IssuanceStatus.SUPERSEDED) == 1) {
				this.issuance.insertTransition(earlier, IssuanceStatus.DRAFT, IssuanceStatus.SUPERSEDED, SYSTEM, now(),
						"Đã có phiên bản " + version + " (lần chạy " + runId + "): duyệt phiên bản mới nhất.");
			}
		}
	}

	/** The version was numbered and signed, in the issuing transaction. */
	void issued(long runId, IssuanceStatus from, LocalDateTime at, String actor, String comment) {
		if (this.issuance.markIssued(runId, from, at) != 1) {
			throw new IllegalStateException(
					"Phiên bản (lần chạy " + runId + ") đã được ban hành hoặc thay đổi trong khi đang ban hành.");
		}
		this.issuance.insertTransition(runId, from, IssuanceStatus.ISSUED, actor, now(), cut(comment));
	}

	/** Who approved a version: the actor of its latest approval. */
	String approver(long runId) {
		return this.issuance.findTransitions(runId)
			.stream()
			.filter(t -> t.toStatus() == IssuanceStatus.APPROVED)
			.reduce((first, second) -> second)
			.map(Transition::actor)
			.orElse(SYSTEM);
	}

	/** An issued version whose mail went out to at least one recipient is sent. */
	void sentIfDelivered(long runId) {
		if (this.issuance.findStatus(runId) != IssuanceStatus.ISSUED) {
			return;
		}
		long sent = this.outbox.findByRun(runId)
			.stream()
			.filter(message -> message.isReport() && message.status() == MessageStatus.SENT)
			.count();
		if (sent > 0) {
			this.transaction.executeWithoutResult(status -> {
				if (this.issuance.moveStatus(runId, IssuanceStatus.ISSUED, IssuanceStatus.SENT) == 1) {
					this.issuance.insertTransition(runId, IssuanceStatus.ISSUED, IssuanceStatus.SENT, SYSTEM, now(),
							"Đã gửi " + sent + " thư kèm báo cáo đã ký số");
				}
			});
		}
	}

	/**
	 * A report email that went later — the background retry, a resend — makes its issued
	 * version sent too, not only the run's own send step.
	 */
	@EventListener
	void onDelivered(ReportMailDelivered delivered) {
		sentIfDelivered(delivered.reportRunId());
	}

	private static String label(IssuanceStatus status) {
		return (status != null) ? status.label() : "chưa có";
	}

	private static String cut(String comment) {
		return (comment != null && comment.length() > COMMENT_LENGTH) ? comment.substring(0, COMMENT_LENGTH) : comment;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

}

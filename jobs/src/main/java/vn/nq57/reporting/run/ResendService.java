package vn.nq57.reporting.run;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nq57.reporting.audit.AuditAction;
import vn.nq57.reporting.audit.AuditLog;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.delivery.ReportMailQueue;

/**
 * Sending again, the same way for the command line, the console and the API: a report
 * version to chosen recipients (only a complete version), or one failed or uncertain
 * message after an operator checked with its recipient, or every such message of a run.
 * It queues; the caller sends now or in the background.
 */
@Service
public class ResendService {

	private final ReportRunMapper runs;

	private final IssuedMail mail;

	private final ReportMailQueue queue;

	private final ReportSchedules schedules;

	private final OutboxMapper outbox;

	private final Clock clock;

	private AuditLog audit;

	/** Set by Spring; a service made by hand (tests) records nothing. */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void setAuditLog(AuditLog audit) {
		this.audit = audit;
	}

	private void record(AuditAction action, String subject, String detail) {
		if (this.audit != null) {
			this.audit.record(action, subject, detail);
		}
	}

	ResendService(ReportRunMapper runs, IssuedMail mail, ReportMailQueue queue, ReportSchedules schedules,
			OutboxMapper outbox, Clock clock) {
		this.clock = clock;
		this.runs = runs;
		this.mail = mail;
		this.queue = queue;
		this.schedules = schedules;
		this.outbox = outbox;
	}

	/**
	 * Queues that exact version again, in a new sending round.
	 * @param recipients who receives it; the schedule's recipients when null or empty
	 * @return messages queued
	 */
	@Transactional
	public int resendRun(long runId, List<String> recipients) {
		ReportRun run = this.runs.findRun(runId);
		if (run == null) {
			throw new IllegalArgumentException("Không có lần chạy báo cáo số " + runId + ".");
		}
		if (run.status() != RunStatus.COMPLETED) {
			throw new IllegalStateException("Lần chạy " + runId + " đang ở trạng thái "
					+ run.status().label().toLowerCase() + ": chỉ gửi lại được phiên bản đã hoàn thành.");
		}
		IssuanceStatus issuance = run.issuanceStatus();
		if (issuance != null && issuance != IssuanceStatus.ISSUED && issuance != IssuanceStatus.SENT) {
			throw new IllegalStateException("Phiên bản " + run.version() + " (lần chạy " + runId + ") là "
					+ issuance.label().toLowerCase() + ": chỉ gửi báo cáo đã ban hành (đã duyệt, cấp số và ký số)."
					+ " Duyệt: ./reports approve " + runId + ".");
		}
		List<String> to = (recipients == null || recipients.isEmpty()) ? this.schedules.recipients(run.type())
				: recipients;
		int queued = this.queue.queue(runId, to, this.mail.of(runId));
		record(AuditAction.RESEND, ReportRunLauncher.subject(run), "đến " + String.join(", ", to));
		return queued;
	}

	/**
	 * Puts one failed or uncertain message back in the queue.
	 * @return the message, as it was before
	 */
	@Transactional
	public OutboxMessage resendMessage(long messageId) {
		OutboxMessage message = this.outbox.findById(messageId);
		if (message == null) {
			throw new IllegalArgumentException("Không có thư số " + messageId + " trong hộp thư đi.");
		}
		if (!message.status().canResend() || this.outbox.requeue(messageId, LocalDateTime.now(this.clock)) == 0) {
			throw new IllegalStateException(
					"Thư số " + messageId + " đang ở trạng thái " + message.status().label().toLowerCase()
							+ "; chỉ gửi lại được thư gửi thất bại hoặc không rõ đã gửi hay chưa.");
		}
		record(AuditAction.RESEND_MESSAGE, "thư " + messageId + " đến " + message.recipient(),
				"trước đó: " + message.status().label());
		return message;
	}

	/**
	 * Puts every failed or uncertain message of a run back in the queue; returns how
	 * many.
	 */
	@Transactional
	public int resendUndelivered(long runId) {
		return requeueUndelivered(this.outbox.findByRun(runId), "lần chạy " + runId);
	}

	/**
	 * Puts every failed or uncertain message of a province report version back in the
	 * queue; returns how many.
	 */
	@Transactional
	public int resendUndeliveredOfProvinceReport(long provinceRunId) {
		return requeueUndelivered(this.outbox.findByProvinceRun(provinceRunId), "báo cáo tỉnh số " + provinceRunId);
	}

	private int requeueUndelivered(List<OutboxMessage> messages, String subject) {
		int requeued = 0;
		for (OutboxMessage message : messages) {
			if (message.status().canResend()) {
				requeued += this.outbox.requeue(message.id(), LocalDateTime.now(this.clock));
			}
		}
		if (requeued > 0) {
			record(AuditAction.RESEND, subject, requeued + " thư gửi thất bại hoặc không rõ đã gửi");
		}
		return requeued;
	}

}

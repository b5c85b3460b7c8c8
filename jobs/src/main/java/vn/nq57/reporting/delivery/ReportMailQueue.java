package vn.nq57.reporting.delivery;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.attainment.ReportingZone;

/** Puts a report version in the outbox: one row per recipient, in a new sending round. */
@Service
public class ReportMailQueue {

	private final OutboxMapper outbox;

	private final ReportDocumentAssembler assembler;

	private final ReportMailContent content = new ReportMailContent();

	public ReportMailQueue(OutboxMapper outbox, ReportDocumentAssembler assembler) {
		this.outbox = outbox;
		this.assembler = assembler;
	}

	@Transactional
	public int queue(long runId, List<String> recipients) {
		if (recipients.isEmpty()) {
			throw new IllegalStateException("Lịch báo cáo không ghi người nhận cho loại báo cáo này"
					+ " (schedules/report-schedules.yaml): không có ai để gửi.");
		}
		ReportDocument document = this.assembler.assemble(runId);
		String subject = this.content.subject(document);
		String body = this.content.htmlBody(document);
		int round = this.outbox.nextRound(runId);
		LocalDateTime now = LocalDateTime.now(ReportingZone.ZONE);
		for (String recipient : recipients) {
			this.outbox.insertMessage(runId, recipient, round, subject, body, now);
		}
		return recipients.size();
	}

}

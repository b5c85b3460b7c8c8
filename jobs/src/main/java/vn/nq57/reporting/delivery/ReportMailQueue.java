package vn.nq57.reporting.delivery;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.document.ReportArchive;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;

/**
 * Seals a report version in the archive and puts it in the outbox in one transaction: the
 * archive record of every file of the version (path, size, SHA-256) and one outbox row
 * per recipient, in a new sending round. Either both are written or neither, so an
 * archived report is never left unsent by a crash in between.
 */
@Service
public class ReportMailQueue {

	private final OutboxMapper outbox;

	private final ReportDocumentAssembler assembler;

	private final ReportArchive archive;

	private final ReportContentMapper content;

	private final ReportMailContent mailContent = new ReportMailContent();

	public ReportMailQueue(OutboxMapper outbox, ReportDocumentAssembler assembler, ReportArchive archive,
			ReportContentMapper content) {
		this.outbox = outbox;
		this.assembler = assembler;
		this.archive = archive;
		this.content = content;
	}

	/**
	 * Records the version's files and, when {@code deliver}, queues it to the recipients;
	 * returns rows queued.
	 */
	@Transactional
	public int archiveAndQueue(long runId, List<String> recipients, boolean deliver) {
		RunHeader header = this.content.findRunHeader(runId);
		this.archive.recordFolder(header);
		try {
			this.archive.writeManifest(header);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return deliver ? queue(runId, recipients) : 0;
	}

	@Transactional
	public int queue(long runId, List<String> recipients) {
		if (recipients.isEmpty()) {
			throw new IllegalStateException("Lịch báo cáo không ghi người nhận cho loại báo cáo này"
					+ " (schedules/report-schedules.yaml): không có ai để gửi.");
		}
		ReportDocument document = this.assembler.assemble(runId);
		String subject = this.mailContent.subject(document);
		String body = this.mailContent.htmlBody(document);
		int round = this.outbox.nextRound(runId);
		LocalDateTime now = LocalDateTime.now(ReportingZone.ZONE);
		for (String recipient : recipients) {
			this.outbox.insertMessage(runId, recipient, round, subject, body, now);
		}
		return recipients.size();
	}

}

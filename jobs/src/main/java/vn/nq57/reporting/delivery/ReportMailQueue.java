package vn.nq57.reporting.delivery;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a report version in the outbox: one row per recipient, in a new sending round, in
 * the caller's transaction (the archive stage records the version's files in the same
 * one, so an archived report is never left unsent by a crash in between).
 */
@Service
public class ReportMailQueue {

	private final OutboxMapper outbox;

	private final Clock clock;

	public ReportMailQueue(OutboxMapper outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * @return rows queued
	 */
	@Transactional
	public int queue(long runId, List<String> recipients, MailContent content) {
		if (recipients.isEmpty()) {
			throw new IllegalStateException("Lịch báo cáo không ghi người nhận cho loại báo cáo này"
					+ " (schedules/report-schedules.yaml): không có ai để gửi.");
		}
		int round = this.outbox.nextRound(runId);
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (String recipient : recipients) {
			this.outbox.insertMessage(runId, recipient, round, content.subject(), content.html(), content.text(), now);
		}
		return recipients.size();
	}

	/**
	 * A province report version in the outbox (kind PROVINCE_REPORT), likewise.
	 * @return rows queued
	 */
	@Transactional
	public int queueProvinceReport(long provinceRunId, List<String> recipients, MailContent content) {
		if (recipients.isEmpty()) {
			throw new IllegalStateException("Lịch báo cáo không ghi người nhận báo cáo tổng hợp cấp tỉnh cho loại báo"
					+ " cáo này (mục province.recipients trong schedules/report-schedules.yaml): không có ai để gửi.");
		}
		int round = this.outbox.nextProvinceRound(provinceRunId);
		LocalDateTime now = LocalDateTime.now(this.clock);
		for (String recipient : recipients) {
			this.outbox.insertProvinceMessage(provinceRunId, recipient, round, content.subject(), content.html(),
					content.text(), now);
		}
		return recipients.size();
	}

}

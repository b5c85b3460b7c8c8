package vn.nq57.reporting.delivery;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import org.springframework.dao.DuplicateKeyException;

/** The mail outbox (SQL in sql/mapper/delivery/OutboxMapper.xml). */
@Mapper
public interface OutboxMapper {

	int nextRound(@Param("runId") long runId);

	void insertMessage(@Param("runId") long runId, @Param("recipient") String recipient, @Param("round") int round,
			@Param("subject") String subject, @Param("bodyHtml") String bodyHtml, @Param("bodyText") String bodyText,
			@Param("now") LocalDateTime now);

	int countDedupeKey(@Param("dedupeKey") String dedupeKey);

	void insertUnique(@Param("kind") MessageKind kind, @Param("recipient") String recipient,
			@Param("dedupeKey") String dedupeKey, @Param("subject") String subject, @Param("bodyHtml") String bodyHtml,
			@Param("now") LocalDateTime now);

	/**
	 * Queues a reminder or an alert once: 0 when a row with the same dedupe key is
	 * already there.
	 */
	default int insertOnce(MessageKind kind, String recipient, String dedupeKey, String subject, String bodyHtml,
			LocalDateTime now) {
		if (countDedupeKey(dedupeKey) > 0) {
			return 0;
		}
		try {
			insertUnique(kind, recipient, dedupeKey, subject, bodyHtml, now);
			return 1;
		}
		catch (DuplicateKeyException ex) {
			return 0;
		}
	}

	/** Due messages: of one report run and every due alert, or (runId null) all. */
	List<OutboxMessage> findDue(@Param("runId") Long runId, @Param("now") LocalDateTime now);

	List<OutboxMessage> findDueAlerts(@Param("now") LocalDateTime now);

	List<OutboxMessage> findByRun(@Param("runId") long runId);

	List<OutboxMessage> findByProvinceRun(@Param("provinceRunId") long provinceRunId);

	List<OutboxMessage> findByKind(@Param("kind") MessageKind kind);

	OutboxMessage findById(@Param("id") long id);

	List<Attachment> findAttachments(@Param("runId") long runId);

	/** A province report version's PDF and XLSX (province_report_file). */
	List<Attachment> findProvinceAttachments(@Param("provinceRunId") long provinceRunId);

	int nextProvinceRound(@Param("provinceRunId") long provinceRunId);

	void insertProvinceMessage(@Param("provinceRunId") long provinceRunId, @Param("recipient") String recipient,
			@Param("round") int round, @Param("subject") String subject, @Param("bodyHtml") String bodyHtml,
			@Param("bodyText") String bodyText, @Param("now") LocalDateTime now);

	List<OutboxMessage> findDueOfProvinceReport(@Param("provinceRunId") long provinceRunId,
			@Param("now") LocalDateTime now);

	/**
	 * Claims a message for sending, at the database's time; 0 when another sender got it
	 * first.
	 */
	int claim(@Param("id") long id, @Param("attempts") int attempts, @Param("claimedBy") String claimedBy);

	/**
	 * Moves a claim back in time, as a sender that stopped long ago leaves it (drills).
	 */
	int backdateClaim(@Param("id") long id, @Param("seconds") long seconds);

	/**
	 * Records a delivery on a row the sender still holds (SENDING, claimed by it for this
	 * attempt); 0 when it no longer does.
	 */
	int markDelivered(@Param("id") long id, @Param("status") MessageStatus status, @Param("reply") String reply,
			@Param("messageFile") String messageFile, @Param("sentAt") LocalDateTime sentAt,
			@Param("claimedBy") String claimedBy, @Param("attempt") int attempt);

	/**
	 * Records a delivery the sender learned of after another node marked the row
	 * UNCERTAIN (and perhaps an operator put it back, PENDING, not yet claimed again).
	 */
	int markDeliveredAfterAll(@Param("id") long id, @Param("status") MessageStatus status, @Param("reply") String reply,
			@Param("messageFile") String messageFile, @Param("sentAt") LocalDateTime sentAt,
			@Param("claimedBy") String claimedBy, @Param("attempt") int attempt);

	/**
	 * Records a failed attempt (PENDING again, or FAILED for good) on a row the sender
	 * claimed for it, also when another node marked it UNCERTAIN meanwhile: it is known
	 * not to have gone.
	 */
	int markFailed(@Param("id") long id, @Param("status") MessageStatus status, @Param("error") String error,
			@Param("nextAttemptAt") LocalDateTime nextAttemptAt, @Param("claimedBy") String claimedBy,
			@Param("attempt") int attempt);

	/**
	 * Messages a sender claimed before {@code before} and never finished: their sender
	 * died.
	 */
	List<OutboxMessage> findStuckSending(@Param("leaseSeconds") long leaseSeconds);

	/** Marks a stuck message UNCERTAIN; 0 when it is no longer SENDING. */
	int markUncertain(@Param("id") long id, @Param("error") String error);

	/** An operator's decision on an uncertain or failed message: send it again now. */
	int requeue(@Param("id") long id, @Param("now") LocalDateTime now);

}

package vn.nq57.reporting.delivery;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The mail outbox (SQL in sql/mapper/delivery/OutboxMapper.xml). */
@Mapper
public interface OutboxMapper {

	int nextRound(@Param("runId") long runId);

	void insertMessage(@Param("runId") long runId, @Param("recipient") String recipient, @Param("round") int round,
			@Param("subject") String subject, @Param("bodyHtml") String bodyHtml, @Param("now") LocalDateTime now);

	List<OutboxMessage> findDue(@Param("runId") Long runId, @Param("now") LocalDateTime now);

	List<OutboxMessage> findByRun(@Param("runId") long runId);

	List<Attachment> findAttachments(@Param("runId") long runId);

	/** Claims a message for sending; 0 when another sender got it first. */
	int claim(@Param("id") long id, @Param("attempts") int attempts);

	void markDelivered(@Param("id") long id, @Param("status") String status, @Param("reply") String reply,
			@Param("messageFile") String messageFile, @Param("sentAt") LocalDateTime sentAt);

	void markFailed(@Param("id") long id, @Param("status") String status, @Param("error") String error,
			@Param("nextAttemptAt") LocalDateTime nextAttemptAt);

}

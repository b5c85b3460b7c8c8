package vn.nq57.reporting.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * A version's issuance status and its transitions, and the signers who may approve it
 * (SQL in sql/mapper/run/IssuanceMapper.xml).
 */
@Mapper
public interface IssuanceMapper {

	IssuanceStatus findStatus(@Param("runId") long runId);

	/**
	 * Moves the status only from the expected one (null: none yet): 1 when it moved, 0
	 * when someone else moved it first.
	 */
	int moveStatus(@Param("runId") long runId, @Param("from") IssuanceStatus from, @Param("to") IssuanceStatus to);

	int markIssued(@Param("runId") long runId, @Param("from") IssuanceStatus from, @Param("at") LocalDateTime at);

	void insertTransition(@Param("runId") long runId, @Param("from") IssuanceStatus from,
			@Param("to") IssuanceStatus to, @Param("actor") String actor, @Param("at") LocalDateTime at,
			@Param("comment") String comment);

	List<Transition> findTransitions(@Param("runId") long runId);

	/** The latest version made of a run's plan, report type and period. */
	int latestVersion(@Param("runId") long runId);

	/** A console user as a signer: null when there is no such user. */
	Signer findSigner(@Param("username") String username);

	/** The addresses of the enabled signers of a plan. */
	List<String> findSignerEmails(@Param("planCode") String planCode);

	/**
	 * The latest versions still waiting for approval (draft or approved, not issued)
	 * whose report's "before day" is within the given days.
	 */
	List<WaitingVersion> findWaiting(@Param("deadlineFrom") LocalDate deadlineFrom,
			@Param("deadlineTo") LocalDate deadlineTo);

	/**
	 * @param role the user's role: only SIGNER approves
	 * @param planCode the plan whose issuer the signer signs for
	 */
	/** The earlier versions of a run's report still waiting as drafts. */
	List<Long> findEarlierDrafts(@Param("runId") long runId);

	record Signer(String username, String role, String planCode, boolean enabled) {

	}

	/** A version waiting for approval, with its plan's "before day". */
	record WaitingVersion(long runId, String planCode, String reportType, String periodCode, int version,
			IssuanceStatus issuanceStatus, LocalDate deadline) {

	}

}

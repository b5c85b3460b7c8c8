package vn.nq57.reporting.submission;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.system.GeneratedKey;

/** Stores unit submissions (SQL in sql/mapper/submission/SubmissionMapper.xml). */
@Mapper
public interface SubmissionMapper {

	/**
	 * Locks the unit's submissions for the period so that two arrivals get distinct
	 * versions.
	 */
	int nextVersion(@Param("planId") long planId, @Param("unitCode") String unitCode,
			@Param("reportType") String reportType, @Param("periodCode") String periodCode);

	void insertSubmission(@Param("planId") long planId, @Param("planVersionId") long planVersionId,
			@Param("version") int version, @Param("status") String status, @Param("s") NewSubmission submission,
			@Param("key") GeneratedKey key);

	void insertValue(@Param("submissionId") long submissionId, @Param("v") IndicatorValue value);

	void insertProgress(@Param("submissionId") long submissionId, @Param("p") TaskProgressEntry progress);

	/** Keeps what arrived (status RECEIVED), before it is read or validated. */
	void insertReceipt(@Param("r") ReceivedSubmission.Receipt receipt, @Param("sender") String sender,
			@Param("planCode") String planCode, @Param("unitCode") String unitCode, @Param("key") GeneratedKey key);

	/**
	 * What became of a receipt: ACCEPTED, REJECTED or DUPLICATE, and for which unit and
	 * period.
	 */
	void updateReceipt(@Param("id") long id, @Param("status") String status, @Param("planCode") String planCode,
			@Param("unitCode") String unitCode, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("submissionId") Long submissionId,
			@Param("duplicateOf") Long duplicateOf);

	/** The same bytes already accepted for the plan and unit, or null. */
	AcceptedCopy findAcceptedCopy(@Param("sha256") String sha256, @Param("planCode") String planCode,
			@Param("unitCode") String unitCode);

	void insertError(@Param("receiptId") long receiptId, @Param("position") int position, @Param("code") String code,
			@Param("location") String location, @Param("message") String message);

	List<IndicatorValue> findValues(@Param("submissionId") long submissionId);

	StoredReceipt findReceipt(@Param("id") long id);

	List<StoredError> findErrors(@Param("receiptId") long receiptId);

	/** The submissions of a unit for a period, every version, newest first. */
	List<StoredSubmission> findVersions(@Param("planCode") String planCode, @Param("unitCode") String unitCode,
			@Param("reportType") String reportType, @Param("periodCode") String periodCode);

	/**
	 * Each unit expected to report in the plan version, and whether it did, on time or
	 * late.
	 */
	List<UnitCompleteness> selectUnitCompleteness(@Param("period") CompletenessPeriod period,
			@Param("lateFrom") LocalDateTime lateFrom);

	int countSubmissions(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

}

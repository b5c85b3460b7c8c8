package vn.nq57.reporting.submission;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.system.GeneratedKey;

/** Stores unit submissions (SQL in sql/mapper/submission/SubmissionMapper.xml). */
@Mapper
public interface SubmissionMapper {

	/** Locks the unit's submissions for the period so that two arrivals get distinct versions. */
	int nextVersion(@Param("planId") long planId, @Param("unitCode") String unitCode,
			@Param("reportType") String reportType, @Param("periodCode") String periodCode);

	void insertSubmission(@Param("planId") long planId, @Param("planVersionId") long planVersionId,
			@Param("version") int version, @Param("status") String status, @Param("s") NewSubmission submission,
			@Param("key") GeneratedKey key);

	void insertValue(@Param("submissionId") long submissionId, @Param("v") IndicatorValue value);

	void insertProgress(@Param("submissionId") long submissionId, @Param("p") TaskProgressEntry progress);

	int countSubmissions(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

}

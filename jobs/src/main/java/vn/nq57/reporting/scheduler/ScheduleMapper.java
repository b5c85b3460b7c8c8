package vn.nq57.reporting.scheduler;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What the scheduler asks the database (SQL in sql/mapper/schedule/ScheduleMapper.xml).
 */
@Mapper
public interface ScheduleMapper {

	/**
	 * Units expected to report for the plan version that have no accepted submission for
	 * the period.
	 */
	List<UnitToRemind> findUnitsNotSubmitted(@Param("planVersionId") long planVersionId,
			@Param("reportType") String reportType, @Param("periodCode") String periodCode);

	/**
	 * How many messages of the plan's report for the period an SMTP server took (an .eml
	 * file written instead never counts as delivered).
	 */
	int countDelivered(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

	/**
	 * How many messages of the plan's report for the period were only written as .eml.
	 */
	int countWritten(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

	/**
	 * The year of the plan's document, from which its multi-year reviews are counted;
	 * null when the catalog gives none.
	 */
	Integer findPlanYear(@Param("planCode") String planCode);

	/**
	 * Sent reports, before their deadline, with accepted submissions their latest version
	 * did not use.
	 */
	List<LateSubmissions> findReportsWithLateSubmissions(@Param("today") java.time.LocalDate today);

	void insertFire(@Param("runKey") String runKey, @Param("scheduledFor") LocalDateTime scheduledFor,
			@Param("firedAt") LocalDateTime firedAt, @Param("instanceId") String instanceId,
			@Param("outcome") String outcome);

}

package vn.nq57.reporting.run;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The run claims of report_run_claim (SQL in sql/mapper/run/RunClaimMapper.xml). */
@Mapper
public interface RunClaimMapper {

	/**
	 * Takes the run claim of a plan's report for a period; fails with a duplicate key
	 * while another holds it.
	 */
	void insertClaim(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("claimedBy") String claimedBy,
			@Param("claimedAt") LocalDateTime claimedAt);

	/**
	 * Removes a claim older than {@code before} (its holder died); 1 when one was
	 * removed.
	 */
	int deleteExpiredClaim(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("before") LocalDateTime before);

	void deleteClaim(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("claimedBy") String claimedBy);

}

package vn.nq57.reporting.run;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The run claims of report_run_claim (SQL in sql/mapper/run/RunClaimMapper.xml). Claim
 * times are the database's own clock, so nodes whose clocks disagree still agree on how
 * old a claim is.
 */
@Mapper
public interface RunClaimMapper {

	/** A claim as it stands, with its age in seconds by the database's clock. */
	record HeldClaim(String claimedBy, long ageSeconds) {
	}

	/**
	 * Takes the run claim of a plan's report for a period; fails with a duplicate key
	 * while another holds it.
	 */
	void insertClaim(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("claimedBy") String claimedBy);

	HeldClaim findClaim(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

	/** Removes the claim if {@code claimedBy} still holds it; 1 when it did. */
	int deleteClaim(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("claimedBy") String claimedBy);

	/** The heartbeat: every claim a process holds is made fresh again. */
	int renewClaims(@Param("holder") String holder);

}

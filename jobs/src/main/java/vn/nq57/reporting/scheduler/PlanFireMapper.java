package vn.nq57.reporting.scheduler;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The record of each plan's part of a scheduled run (SQL in
 * sql/mapper/scheduler/PlanFireMapper.xml).
 */
@Mapper
public interface PlanFireMapper {

	int record(@Param("runKey") String runKey, @Param("planCode") String planCode,
			@Param("reportType") String reportType, @Param("periodCode") String periodCode,
			@Param("scheduledFor") LocalDateTime scheduledFor, @Param("retryUntil") LocalDateTime retryUntil,
			@Param("owner") String owner);

	List<PlanFire> findOfFire(@Param("runKey") String runKey, @Param("scheduledFor") LocalDateTime scheduledFor);

	List<PlanFire> findResumable(@Param("now") LocalDateTime now, @Param("leaseSeconds") long leaseSeconds);

	int take(@Param("id") long id, @Param("owner") String owner, @Param("now") LocalDateTime now,
			@Param("leaseSeconds") long leaseSeconds);

	List<PlanFire> findUnfinished();

	int takeOver(@Param("id") long id, @Param("owner") String owner, @Param("deadOwner") String deadOwner);

	int renew(@Param("owner") String owner, @Param("ids") Collection<Long> ids);

	int finish(@Param("id") long id, @Param("owner") String owner, @Param("status") PlanFireStatus status,
			@Param("reason") String reason, @Param("runId") Long runId,
			@Param("nextAttemptAt") LocalDateTime nextAttemptAt, @Param("finishedAt") LocalDateTime finishedAt);

	List<PlanFire> findUnalerted();

	int markAlerted(@Param("id") long id, @Param("attempt") int attempt);

	List<PlanFire> findRecent(@Param("limit") int limit);

	/** A province report version made since {@code since} (the province's part). */
	RunSince findProvinceRunSince(@Param("province") String province, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("since") LocalDateTime since);

	RunSince findRunSince(@Param("planCode") String planCode, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("since") LocalDateTime since);

}

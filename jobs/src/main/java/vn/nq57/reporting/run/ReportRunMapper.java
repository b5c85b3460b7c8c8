package vn.nq57.reporting.run;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/**
 * Report runs and the rows their steps write (SQL in sql/mapper/run/ReportRunMapper.xml).
 */
@Mapper
public interface ReportRunMapper {

	int nextVersion(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

	void insertRun(@Param("planId") long planId, @Param("planVersionId") long planVersionId,
			@Param("reportType") String reportType, @Param("periodCode") String periodCode,
			@Param("version") int version, @Param("dataFrom") LocalDate dataFrom, @Param("dataTo") LocalDate dataTo,
			@Param("deadline") LocalDate deadline, @Param("createdAt") LocalDateTime createdAt,
			@Param("batchId") long batchId, @Param("key") GeneratedKey key);

	ReportRun findRun(@Param("id") long id);

	List<ReportRun> findRuns(@Param("planCode") String planCode, @Param("limit") int limit);

	void markStartedInBatch(@Param("id") long id);

	void markFinished(@Param("id") long id, @Param("status") RunStatus status,
			@Param("finishedAt") LocalDateTime finishedAt);

	void markFailed(@Param("id") long id, @Param("step") String step, @Param("message") String message,
			@Param("finishedAt") LocalDateTime finishedAt);

	void insertStageLines(@Param("runId") long runId, @Param("lines") List<StageLine> lines);

	/** Every attempt's stage lines, in the order they ran. */
	List<StageLine> findStageLines(@Param("runId") long runId);

	/**
	 * Runs of a plan's report for a period left STARTED (or not yet started) by a process
	 * that is gone: marked FAILED with the reason, so that they can be continued.
	 */
	int markInterrupted(@Param("planId") long planId, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("message") String message,
			@Param("finishedAt") LocalDateTime finishedAt);

	void markAssessed(@Param("id") long id, @Param("at") LocalDateTime at);

	void markArchived(@Param("id") long id, @Param("at") LocalDateTime at);

	void deleteSubmissionsUsed(@Param("runId") long runId);

	int insertSubmissionsUsed(@Param("run") ReportRun run);

	void deleteUnitStatuses(@Param("runId") long runId);

	int insertUnitStatuses(@Param("run") ReportRun run, @Param("lateFrom") LocalDateTime lateFrom);

	/** The indicators to judge, streamed (close the cursor). */
	Cursor<IndicatorInput> selectIndicatorInputs(@Param("run") ReportRun run,
			@Param("previousPeriodCode") String previousPeriodCode,
			@Param("yearAgoPeriodCode") String yearAgoPeriodCode, @Param("yearStart") LocalDate yearStart,
			@Param("review") boolean review);

	/** Through {@link ResultBatchWriter}: batched. */
	void insertIndicatorResult(IndicatorResult result);

	void deleteIndicatorResults(@Param("runId") long runId);

	/** How each indicator of a run was judged, in the plan's order. */
	List<RunVerdicts.StoredStatus> findStoredStatuses(@Param("runId") long runId);

	/** The tasks to judge, streamed (close the cursor). */
	Cursor<TaskInput> selectTaskInputs(@Param("run") ReportRun run);

	/** Through {@link ResultBatchWriter}: batched. */
	void insertTaskResult(TaskResult result);

	void deleteTaskResults(@Param("runId") long runId);

}

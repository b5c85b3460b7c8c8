package vn.nq57.reporting.run;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/** Batches of report runs (SQL in sql/mapper/run/ReportBatchMapper.xml). */
@Mapper
public interface ReportBatchMapper {

	/** The plans of a province, or of every province when {@code province} is null. */
	List<String> findPlanCodes(@Param("province") String province);

	void insertBatch(@Param("reportType") String reportType, @Param("periodCode") String periodCode,
			@Param("scope") String scope, @Param("plans") int plans, @Param("deliver") boolean deliver,
			@Param("createdAt") LocalDateTime createdAt, @Param("key") GeneratedKey key);

	ReportBatch findBatch(@Param("id") long id);

	List<BatchRun> findBatchRuns(@Param("batchId") long batchId);

	/** Cursor query of a batch partition's reader. */
	List<BatchRun> selectPendingRuns(@Param("batchId") long batchId, @Param("partition") int partition,
			@Param("partitions") int partitions);

	int countPendingRuns(@Param("batchId") long batchId);

	/** The plans of a batch whose report is not complete. */
	List<String> findUnfinishedPlanCodes(@Param("batchId") long batchId);

	ReportBatch findBatchOfRun(@Param("runId") long runId);

	void insertStepTime(@Param("batchId") long batchId, @Param("attempt") int attempt,
			@Param("total") StepTimes.StepTotal total, @Param("totalMillis") long totalMillis,
			@Param("cpuMillis") long cpuMillis);

	void markStarted(@Param("id") long id, @Param("jobExecutionId") long jobExecutionId);

	/** One more attempt of the batch's job (its number is a job parameter). */
	void countAttempt(@Param("id") long id);

	void markFinished(@Param("id") long id, @Param("status") RunStatus status,
			@Param("finishedAt") LocalDateTime finishedAt);

}

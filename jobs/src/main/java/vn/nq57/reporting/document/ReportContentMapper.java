package vn.nq57.reporting.document;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Reads a report run's stored figures for its documents
 * (sql/mapper/document/ReportContentMapper.xml).
 */
@Mapper
public interface ReportContentMapper {

	RunHeader findRunHeader(@Param("runId") long runId);

	List<IndicatorResultRow> findIndicatorResults(@Param("runId") long runId);

	List<TaskResultRow> findTaskResults(@Param("runId") long runId);

	List<UnitStatusRow> findUnitStatuses(@Param("runId") long runId);

	List<NarrativeRow> findNarratives(@Param("runId") long runId);

	List<String> findDistribution(@Param("planVersionId") long planVersionId);

	ReplacedRun findReplacedRun(@Param("runId") long runId);

	List<Long> findSubmissionsUsed(@Param("runId") long runId);

	List<ArchivedFile> findFiles(@Param("runId") long runId);

	void saveFile(@Param("runId") long runId, @Param("kind") String kind, @Param("path") String path,
			@Param("sha256") String sha256, @Param("size") long size, @Param("createdAt") LocalDateTime createdAt);

}

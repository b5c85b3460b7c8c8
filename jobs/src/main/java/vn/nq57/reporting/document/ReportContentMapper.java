package vn.nq57.reporting.document;

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

}

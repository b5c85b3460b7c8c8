package vn.nq57.reporting.province;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/** Province reports (SQL in sql/mapper/province/ProvinceReportMapper.xml). */
@Mapper
public interface ProvinceReportMapper {

	boolean provinceExists(@Param("province") String province);

	List<String> findProvinces();

	int nextVersion(@Param("province") String province, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode);

	void insertRun(@Param("province") String province, @Param("reportType") String reportType,
			@Param("periodCode") String periodCode, @Param("version") int version, @Param("deliver") boolean deliver,
			@Param("createdAt") LocalDateTime createdAt, @Param("key") GeneratedKey key);

	/** Records the commune report version each commune's figures come from (or none). */
	int insertInputs(@Param("runId") long runId);

	void markFinished(@Param("id") long id, @Param("status") String status,
			@Param("finishedAt") LocalDateTime finishedAt, @Param("message") String message);

	ProvinceRun findRun(@Param("id") long id);

	List<ProvinceRun> findRuns(@Param("province") String province, @Param("limit") int limit);

	/** The latest completed version before this one of the same report, or null. */
	ProvinceRun findPreviousCompleted(@Param("id") long id);

	List<ProvinceRun> findLatestCompleted(@Param("province") String province, @Param("limit") int limit);

	List<CommuneInput> findCommunes(@Param("runId") long runId);

	List<CommuneIndicator> findIndicators(@Param("runId") long runId);

	List<CommuneTask> findTasks(@Param("runId") long runId);

	List<NewerCommuneReport> findNewerCommuneReports(@Param("runId") long runId);

	void insertFile(@Param("runId") long runId, @Param("kind") String kind, @Param("path") String path,
			@Param("sha256") String sha256, @Param("sizeBytes") long sizeBytes,
			@Param("createdAt") LocalDateTime createdAt);

	List<ProvinceFile> findFiles(@Param("runId") long runId);

	/** The version's messages in the outbox (kind PROVINCE_REPORT), by round. */
	List<ProvinceMail> findMail(@Param("runId") long runId);

}

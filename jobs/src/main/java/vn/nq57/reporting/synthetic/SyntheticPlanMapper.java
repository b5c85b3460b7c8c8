package vn.nq57.reporting.synthetic;

import java.time.LocalDateTime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/**
 * Copies a real plan version as a synthetic commune
 * (sql/mapper/synthetic/SyntheticPlanMapper.xml).
 */
@Mapper
public interface SyntheticPlanMapper {

	void insertPlan(@Param("templateVersionId") long templateVersionId, @Param("code") String code,
			@Param("province") String province, @Param("localityName") String localityName,
			@Param("createdAt") LocalDateTime createdAt, @Param("key") GeneratedKey key);

	void copyVersion(@Param("templateVersionId") long templateVersionId, @Param("planId") long planId,
			@Param("province") String province, @Param("localityName") String localityName,
			@Param("createdAt") LocalDateTime createdAt, @Param("key") GeneratedKey key);

	void copyTextLines(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

	void copyReporting(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

	void copyUnits(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

	void copyGroups(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

	void copyIndicators(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

	void copyTargets(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

	void copyTasks(@Param("templateVersionId") long templateVersionId, @Param("versionId") long versionId);

}

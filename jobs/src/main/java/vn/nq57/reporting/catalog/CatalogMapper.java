package vn.nq57.reporting.catalog;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import vn.nq57.reporting.system.GeneratedKey;

/**
 * Stores plan catalogs and reads them back (SQL in sql/mapper/catalog/CatalogMapper.xml).
 */
@Mapper
public interface CatalogMapper {

	Long findPlanId(@Param("code") String code);

	void insertPlan(@Param("plan") PlanCatalog plan, @Param("createdAt") LocalDateTime createdAt,
			@Param("key") GeneratedKey key);

	StoredPlanVersion findLatestVersion(@Param("code") String code);

	StoredPlanVersion findVersion(@Param("code") String code, @Param("version") int version);

	void insertPlanVersion(@Param("planId") long planId, @Param("version") int version, @Param("sha256") String sha256,
			@Param("text") String catalogText, @Param("plan") PlanCatalog plan, @Param("milestones") String milestones,
			@Param("importedAt") LocalDateTime importedAt, @Param("key") GeneratedKey key);

	void insertTextLine(@Param("versionId") long versionId, @Param("kind") String kind, @Param("position") int position,
			@Param("text") String text);

	void insertReporting(@Param("versionId") long versionId, @Param("position") int position,
			@Param("reporting") PlanCatalog.Reporting reporting);

	void insertUnit(@Param("versionId") long versionId, @Param("unit") CatalogUnit unit,
			@Param("members") String members, @Param("position") int position);

	void insertGroup(@Param("versionId") long versionId, @Param("kind") String kind, @Param("group") CatalogGroup group,
			@Param("position") int position);

	void insertIndicator(@Param("versionId") long versionId, @Param("indicator") CatalogIndicator indicator,
			@Param("responsible") String responsible, @Param("reportingUnit") String reportingUnit,
			@Param("aggregate") String aggregate, @Param("contributingUnits") String contributingUnits,
			@Param("position") int position, @Param("key") GeneratedKey key);

	void insertTarget(@Param("indicatorId") long indicatorId, @Param("target") CatalogIndicator.CatalogTarget target,
			@Param("parsed") ParsedTarget parsed, @Param("basis") String basis);

	/**
	 * @param deadlineValue the typed deadline's value; for plan_period, the plan's period
	 * end
	 * @param beforePlan the printed deadline ends before the plan was signed
	 */
	void insertTask(@Param("versionId") long versionId, @Param("task") CatalogTask task, @Param("lead") String lead,
			@Param("reportingUnit") String reportingUnit, @Param("coordinating") String coordinating,
			@Param("deadlineValue") String deadlineValue, @Param("beforePlan") boolean beforePlan,
			@Param("position") int position);

	List<PlanSummary> listPlans();

	List<StoredUnit> findUnits(@Param("versionId") long versionId);

	List<StoredGroup> findGroups(@Param("versionId") long versionId, @Param("kind") String kind);

	List<StoredIndicator> findIndicators(@Param("versionId") long versionId);

	List<StoredTarget> findTargets(@Param("versionId") long versionId);

	List<StoredTask> findTasks(@Param("versionId") long versionId);

	List<StoredReporting> findReporting(@Param("versionId") long versionId);

	List<String> findTextLines(@Param("versionId") long versionId, @Param("kind") String kind);

}

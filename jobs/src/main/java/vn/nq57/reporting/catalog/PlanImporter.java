package vn.nq57.reporting.catalog;

import java.time.Clock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nq57.reporting.audit.AuditAction;
import vn.nq57.reporting.audit.AuditLog;
import vn.nq57.reporting.catalog.CatalogIndicator.CatalogTarget;
import vn.nq57.reporting.archive.Sha256;
import vn.nq57.reporting.system.GeneratedKey;
import vn.nq57.reporting.attainment.CalendarSpan;

/**
 * Imports a catalog file: validates all of it first, then writes a new plan version in
 * one transaction, or nothing at all. Importing an unchanged file adds no version.
 */
@Service
public class PlanImporter {

	private final CatalogMapper mapper;

	private final PlanCatalogReader reader = new PlanCatalogReader();

	private final PlanCatalogValidator validator;

	private final Clock clock;

	private AuditLog audit;

	/** Set by Spring; an importer made by hand (tests) records nothing. */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void setAuditLog(AuditLog audit) {
		this.audit = audit;
	}

	public PlanImporter(CatalogMapper mapper, Clock clock, vn.nq57.reporting.system.ConfigFiles files) {
		this.clock = clock;
		this.mapper = mapper;
		this.validator = new PlanCatalogValidator(SharedIndicatorRegistry.from(files));
	}

	public record ImportResult(String planCode, int version, boolean changed, int units, int indicators, int tasks) {
	}

	public ImportResult importFile(Path file) {
		return importText(file.toString(), this.reader.readText(file));
	}

	@Transactional
	public ImportResult importText(String fileName, String text) {
		PlanCatalog plan = this.reader.read(fileName, text);
		List<CatalogError> errors = this.validator.validate(plan);
		if (!errors.isEmpty()) {
			throw new InvalidCatalogException(errors);
		}
		String sha256 = Sha256.of(text);
		StoredPlanVersion latest = this.mapper.findLatestVersion(plan.code());
		if (latest != null && latest.contentSha256().equals(sha256)) {
			return new ImportResult(plan.code(), latest.version(), false, plan.units().size(), plan.indicators().size(),
					plan.tasks().size());
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		long planId;
		if (latest != null) {
			planId = latest.planId();
		}
		else {
			GeneratedKey key = new GeneratedKey();
			this.mapper.insertPlan(plan, now, key);
			planId = key.getId();
		}
		int version = (latest != null) ? latest.version() + 1 : 1;
		GeneratedKey versionKey = new GeneratedKey();
		String milestones = plan.milestones().stream().map(String::valueOf).collect(Collectors.joining(","));
		this.mapper.insertPlanVersion(planId, version, sha256, text, plan, milestones, now, versionKey);
		writeContent(versionKey.getId(), plan);
		if (this.audit != null) {
			this.audit.record(AuditAction.PLAN_IMPORT, "kế hoạch " + plan.code(),
					"phiên bản " + version + " từ " + fileName + " (SHA-256 " + sha256.substring(0, 12) + "…)");
		}
		return new ImportResult(plan.code(), version, true, plan.units().size(), plan.indicators().size(),
				plan.tasks().size());
	}

	private void writeContent(long versionId, PlanCatalog plan) {
		AggregationRule aggregation = new AggregationRule(plan);
		for (int i = 0; i < plan.legalBases().size(); i++) {
			this.mapper.insertTextLine(versionId, "LEGAL_BASIS", i, plan.legalBases().get(i));
		}
		for (int i = 0; i < plan.distribution().size(); i++) {
			this.mapper.insertTextLine(versionId, "DISTRIBUTION", i, plan.distribution().get(i));
		}
		for (int i = 0; i < plan.reporting().size(); i++) {
			this.mapper.insertReporting(versionId, i, plan.reporting().get(i));
		}
		for (int i = 0; i < plan.units().size(); i++) {
			CatalogUnit unit = plan.units().get(i);
			this.mapper.insertUnit(versionId, unit, unit.members().isEmpty() ? null : String.join(",", unit.members()),
					i);
		}
		for (int i = 0; i < plan.indicatorGroups().size(); i++) {
			this.mapper.insertGroup(versionId, "INDICATOR", plan.indicatorGroups().get(i), i);
		}
		for (int i = 0; i < plan.taskGroups().size(); i++) {
			this.mapper.insertGroup(versionId, "TASK", plan.taskGroups().get(i), i);
		}
		for (int i = 0; i < plan.indicators().size(); i++) {
			CatalogIndicator indicator = plan.indicators().get(i);
			GeneratedKey key = new GeneratedKey();
			this.mapper.insertIndicator(versionId, indicator, String.join(",", indicator.responsible()),
					aggregation.reportingUnit(indicator), aggregation.of(indicator),
					String.join(",", aggregation.contributors(indicator)), i, key);
			for (CatalogTarget target : indicator.targets()) {
				ParsedTarget parsed = CatalogTargetReader.read(target.text(), indicator.unit(), indicator.direction());
				String basis = TargetBasis.of(indicator, target, parsed);
				this.mapper.insertTarget(key.getId(), target, parsed, (basis != null) ? basis : TargetBasis.LEVEL);
			}
		}
		LocalDate planDay = planDay(plan.document());
		for (int i = 0; i < plan.tasks().size(); i++) {
			CatalogTask task = plan.tasks().get(i);
			CatalogTask.CatalogDeadline deadline = task.deadline();
			String value = "plan_period".equals(deadline.kind()) ? plan.periodEnd() : deadline.value();
			boolean beforePlan = "by".equals(deadline.kind()) && value != null && planDay != null
					&& CalendarSpan.parse(value).last().isBefore(planDay);
			this.mapper.insertTask(versionId, task, String.join(",", task.lead()),
					aggregation.reportingUnit(task.lead()),
					task.coordinating().isEmpty() ? null : String.join(",", task.coordinating()), value, beforePlan, i);
		}
	}

	/**
	 * The first day the plan can have been signed on: the signing day where the source
	 * shows it, else the first day of the printed date (2026-01 → 1 January 2026).
	 */
	static LocalDate planDay(PlanCatalog.PlanDocument document) {
		if (document.signedOn() != null) {
			return LocalDate.parse(document.signedOn());
		}
		if (document.date() != null && PlanCatalogValidator.isPointInTime(document.date())) {
			return CalendarSpan.parse(document.date()).first();
		}
		return null;
	}

}

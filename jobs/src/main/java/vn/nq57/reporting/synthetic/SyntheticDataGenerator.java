package vn.nq57.reporting.synthetic;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Deadline;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.catalog.BundledPlans;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.submission.SampleSubmissionGenerator.Gaps;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Makes synthetic provinces and communes for scale tests: each commune's plan is a copy
 * of one of the five real catalogs (in turn), with submissions for a period that have
 * realistic gaps (missing and late units, missing values, qualitative answers).
 * Deterministic for a seed; communes already generated are kept, so a second call only
 * adds what is missing.
 */
@Service
public class SyntheticDataGenerator {

	private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);

	/** 8% of units send nothing, 15% send late, 5% of values are left out. */
	static final Gaps REALISTIC = Gaps.realistic(0.08, 0.15, 0.05);

	private final BundledPlans bundled;

	private final CatalogMapper catalog;

	private final SyntheticPlanMapper plans;

	private final SampleSubmissionGenerator submissions;

	private final TransactionTemplate transaction;

	private final DataWindowPolicy windows;

	private final Clock clock;

	public SyntheticDataGenerator(BundledPlans bundled, CatalogMapper catalog, SyntheticPlanMapper plans,
			SampleSubmissionGenerator submissions, TransactionTemplate transaction, DataWindowPolicy windows,
			Clock clock) {
		this.clock = clock;
		this.bundled = bundled;
		this.catalog = catalog;
		this.plans = plans;
		this.submissions = submissions;
		this.transaction = transaction;
		this.windows = windows;
	}

	public static String provinceName(int province) {
		return String.format("Tỉnh thử %02d", province);
	}

	public static String planCode(int province, int commune) {
		return String.format("T%02d-X%03d", province, commune);
	}

	/**
	 * @return how many communes were added (those already present are skipped)
	 */
	public int generate(int provinces, int communes, Period period, long seed) {
		List<StoredPlanVersion> templates = loadTemplates();
		Deadline deadline = period.deadline()
			.orElseThrow(() -> new IllegalArgumentException(
					"Dữ liệu thử cần một kỳ có thời hạn (tháng, quý, 6 tháng hoặc năm)"));
		LocalDateTime onTime = deadline.lastDay().minusDays(2).atTime(9, 0);
		LocalDateTime late = deadline.beforeDay().plusDays(1).atTime(10, 0);
		int total = provinces * communes;
		int added = 0;
		long started = System.nanoTime();
		long lastLog = started;
		for (int p = 1; p <= provinces; p++) {
			for (int c = 1; c <= communes; c++) {
				String code = planCode(p, c);
				int index = (p - 1) * communes + (c - 1);
				if (this.catalog.findLatestVersion(code) == null) {
					StoredPlanVersion template = templates.get(index % templates.size());
					copyPlan(template, code, provinceName(p), "Xã thử " + code);
					this.submissions.generate(code, period.type().name(), period.code(), period.year(),
							period.dataWindow(this.windows).to(), onTime, late, REALISTIC, seed + index);
					added++;
				}
				long now = System.nanoTime();
				if (now - lastLog > Duration.ofSeconds(5).toNanos() || index + 1 == total) {
					lastLog = now;
					log.info("Dữ liệu thử: {}/{} xã ({} mới), đã chạy {} giây", index + 1, total, added,
							Duration.ofNanos(now - started).toSeconds());
				}
			}
		}
		return added;
	}

	private void copyPlan(StoredPlanVersion template, String code, String province, String localityName) {
		this.transaction.executeWithoutResult(status -> {
			LocalDateTime now = LocalDateTime.now(this.clock);
			GeneratedKey plan = new GeneratedKey();
			this.plans.insertPlan(template.id(), code, province, localityName, now, plan);
			GeneratedKey version = new GeneratedKey();
			this.plans.copyVersion(template.id(), plan.getId(), province, localityName, now, version);
			long from = template.id();
			long to = version.getId();
			this.plans.copyTextLines(from, to);
			this.plans.copyReporting(from, to);
			this.plans.copyUnits(from, to);
			this.plans.copyGroups(from, to);
			this.plans.copyIndicators(from, to);
			this.plans.copyTargets(from, to);
			this.plans.copyTasks(from, to);
		});
	}

	/** The five real catalogs shipped in plans/, imported if they are not yet. */
	private List<StoredPlanVersion> loadTemplates() {
		List<StoredPlanVersion> templates = new ArrayList<>();
		for (PlanImporter.ImportResult result : this.bundled.importAll()) {
			templates.add(this.catalog.findLatestVersion(result.planCode()));
		}
		return templates;
	}

}

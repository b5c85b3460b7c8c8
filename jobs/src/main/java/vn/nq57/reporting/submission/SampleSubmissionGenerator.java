package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.calendar.DeadlineOwner;
import vn.nq57.reporting.calendar.UnitDeadlines;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredIndicator;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.catalog.StoredTarget;
import vn.nq57.reporting.catalog.StoredTask;
import vn.nq57.reporting.catalog.StoredUnit;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;

/**
 * Makes believable submissions for a demo, a test or a scale benchmark (in the demo's
 * gaps every unit but the last sends — all of them when there are fewer than three — and
 * the second is late): values land near the targets, some short of them; qualitative
 * targets get the unit's own assessment; tasks are done, in progress or not started.
 * {@link Gaps} says which units send late or not at all and how many values are left out.
 * The same plan, period, gaps and seed always give the same submissions.
 */
@Component
public class SampleSubmissionGenerator {

	private static final String[] DIFFICULTIES = { "Hạ tầng mạng ở một số thôn còn yếu, tín hiệu không ổn định.",
			"Một bộ phận người dân cao tuổi còn hạn chế kỹ năng sử dụng dịch vụ công trực tuyến.",
			"Kinh phí cho chuyển đổi số còn hạn hẹp; thiết bị của bộ phận một cửa đã xuống cấp." };

	private static final String[] PROPOSALS = {
			"Đề nghị cấp trên hỗ trợ kinh phí nâng cấp thiết bị tại bộ phận một cửa.",
			"Đề nghị tổ chức tập huấn kỹ năng số cho cán bộ thôn và tổ công nghệ số cộng đồng.",
			"Đề nghị doanh nghiệp viễn thông mở rộng vùng phủ sóng tại các thôn vùng sâu." };

	private static final String[] NEXT_FOCUS = {
			"Tiếp tục hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2.",
			"Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.",
			"Tuyên truyền thanh toán không dùng tiền mặt tại chợ và các hộ kinh doanh." };

	private final CatalogMapper catalog;

	private final SubmissionStore store;

	private final DataWindowPolicy windows;

	private final UnitDeadlines unitDeadlines;

	public SampleSubmissionGenerator(CatalogMapper catalog, SubmissionStore store, DataWindowPolicy windows,
			UnitDeadlines unitDeadlines) {
		this.catalog = catalog;
		this.store = store;
		this.windows = windows;
		this.unitDeadlines = unitDeadlines;
	}

	/**
	 * Stores sample submissions of any report type: on-time units send three days before
	 * their last day ({@link UnitDeadlines}, before the run that uses their data), the
	 * late one the day after the latest units' last day of any plan's timeline. An ad hoc
	 * report has no deadline: units are on time up to the last requested day, and the
	 * late one sends two days after it.
	 */
	public int generate(String planCode, Period period, long seed) {
		LocalDate windowEnd = period.dataWindow(this.windows).to();
		LocalDate lastDay = period.deadline().isPresent() ? this.unitDeadlines.lastDay(period) : windowEnd;
		LocalDateTime late = period.deadline()
			.map(d -> this.unitDeadlines.lastDay(period, DeadlineOwner.UNITS).plusDays(1).atTime(10, 30))
			.orElse(windowEnd.plusDays(2).atTime(10, 30));
		return generate(planCode, period.type().name(), period.code(), period.year(), windowEnd,
				lastDay.minusDays(3).atTime(9, 0), late, seed);
	}

	/**
	 * How a sample period goes wrong. The demo's: the second unit is late, the last sends
	 * nothing. A realistic one: each unit is missing or late with the given
	 * probabilities, and each value is left out with {@code missingValue}.
	 */
	public record Gaps(boolean fixedDemoGaps, double missingUnit, double lateUnit, double missingValue) {

		public static Gaps ofDemo() {
			return new Gaps(true, 0, 0, 0);
		}

		public static Gaps realistic(double missingUnit, double lateUnit, double missingValue) {
			return new Gaps(false, missingUnit, lateUnit, missingValue);
		}

	}

	/** The demo's gaps: one late unit, one missing unit. */
	public int generate(String planCode, String reportType, String periodCode, int year, LocalDate windowEnd,
			LocalDateTime onTimeAt, LocalDateTime lateAt, long seed) {
		return generate(planCode, reportType, periodCode, year, windowEnd, onTimeAt, lateAt, Gaps.ofDemo(), seed);
	}

	/**
	 * Stores sample submissions for the units expected to report.
	 * @param onTimeAt when on-time units send; late units send {@code lateAt}
	 * @return how many submissions were stored
	 */
	public int generate(String planCode, String reportType, String periodCode, int year, LocalDate windowEnd,
			LocalDateTime onTimeAt, LocalDateTime lateAt, Gaps gaps, long seed) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(planCode);
		Random random = new Random(seed ^ planCode.hashCode() ^ periodCode.hashCode());
		List<StoredIndicator> indicators = this.catalog.findIndicators(plan.id());
		List<StoredTask> tasks = this.catalog.findTasks(plan.id());
		Map<String, List<StoredTarget>> targets = new LinkedHashMap<>();
		for (StoredTarget target : this.catalog.findTargets(plan.id())) {
			targets.computeIfAbsent(target.indicatorCode(), c -> new ArrayList<>()).add(target);
		}
		Set<String> parents = new LinkedHashSet<>();
		indicators.forEach(i -> {
			if (i.parentCode() != null) {
				parents.add(i.parentCode());
			}
		});
		List<String> expected = expectedUnits(plan.id(), indicators, tasks);
		int stored = 0;
		for (int u = 0; u < expected.size(); u++) {
			String unit = expected.get(u);
			// in the demo's gaps the last of three or more units does not send; a plan
			// with one or two
			// reporting units still gets its figures
			boolean missing = gaps.fixedDemoGaps() ? (expected.size() >= 3 && u == expected.size() - 1)
					: random.nextDouble() < gaps.missingUnit();
			boolean late = gaps.fixedDemoGaps() ? u == 1 : random.nextDouble() < gaps.lateUnit();
			if (missing) {
				continue;
			}
			List<IndicatorValue> values = new ArrayList<>();
			for (StoredIndicator indicator : indicators) {
				// a published figure is entered by the consolidating office, never sent
				if (indicator.asksFrom(unit) && !parents.contains(indicator.code())
						&& !"published".equals(indicator.aggregate())) {
					IndicatorValue value = value(planCode, indicator, targets.getOrDefault(indicator.code(), List.of()),
							year, random);
					if (value != null && random.nextDouble() >= gaps.missingValue()) {
						values.add(value);
					}
				}
			}
			List<TaskProgressEntry> progress = new ArrayList<>();
			for (StoredTask task : tasks) {
				if (unit.equals(task.reportingUnit())) {
					progress.add(progress(task, windowEnd, random));
				}
			}
			LocalDateTime receivedAt = late ? lateAt.plusMinutes(u) : onTimeAt.plusMinutes(17L * u);
			Narrative narrative = new Narrative("Đơn vị đã triển khai các nhiệm vụ được giao theo Kế hoạch.",
					DIFFICULTIES[random.nextInt(DIFFICULTIES.length)], PROPOSALS[random.nextInt(PROPOSALS.length)],
					NEXT_FOCUS[random.nextInt(NEXT_FOCUS.length)]);
			this.store.storeAccepted(new NewSubmission(planCode, unit, reportType, periodCode, "SAMPLE", receivedAt,
					"dữ liệu mẫu", values, progress, narrative));
			stored++;
		}
		return stored;
	}

	private List<String> expectedUnits(long planVersionId, List<StoredIndicator> indicators, List<StoredTask> tasks) {
		Set<String> reporting = new LinkedHashSet<>();
		indicators.forEach(i -> reporting.addAll(List.of(i.contributingUnits().split(","))));
		tasks.forEach(t -> reporting.add(t.reportingUnit()));
		List<String> ordered = new ArrayList<>();
		for (StoredUnit unit : this.catalog.findUnits(planVersionId)) {
			if (reporting.contains(unit.code())) {
				ordered.add(unit.code());
			}
		}
		return ordered;
	}

	private static IndicatorValue value(String planCode, StoredIndicator indicator, List<StoredTarget> targets,
			int year, Random random) {
		StoredTarget applicable = targets.stream()
			.filter(t -> t.milestoneYear() == null || t.milestoneYear() >= year)
			.findFirst()
			.orElse(targets.isEmpty() ? null : targets.get(targets.size() - 1));
		if (applicable == null || "NONE".equals(applicable.kind())) {
			return null;
		}
		if (applicable.value() == null) {
			String assessment = random.nextInt(4) == 0 ? "NOT_ACHIEVED" : "ACHIEVED";
			return new IndicatorValue(indicator.code(), null, null, null, assessment,
					"Đơn vị tự đánh giá theo kết quả triển khai trong kỳ.",
					"https://minhchung.example.vn/" + planCode.toLowerCase(java.util.Locale.ROOT) + "/"
							+ indicator.code().toLowerCase(java.util.Locale.ROOT));
		}
		double factor = 0.8 + random.nextDouble() * 0.3;
		BigDecimal value = applicable.value().multiply(BigDecimal.valueOf(factor)).setScale(1, RoundingMode.HALF_UP);
		if (indicator.measureUnit().startsWith("percent") && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			value = BigDecimal.valueOf(100);
		}
		if ("count".equals(indicator.measureUnit()) || "rank".equals(indicator.measureUnit())) {
			value = value.setScale(0, RoundingMode.HALF_UP);
		}
		if ("pooled".equals(indicator.aggregate()) && indicator.measureUnit().startsWith("percent")) {
			// a share pooled over several units: each sends what it counted, out of how
			// many
			BigDecimal denominator = BigDecimal.valueOf(40 + random.nextInt(160));
			BigDecimal numerator = denominator.multiply(value)
				.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
				.min(denominator);
			return new IndicatorValue(indicator.code(), null, numerator, denominator, null, null, null);
		}
		return new IndicatorValue(indicator.code(), value, null, null, null, null, null);
	}

	private static TaskProgressEntry progress(StoredTask task, LocalDate windowEnd, Random random) {
		return switch (random.nextInt(5)) {
			case 0, 1 -> new TaskProgressEntry(task.code(), "DONE", BigDecimal.valueOf(100),
					"Đã hoàn thành theo kế hoạch.", "Báo cáo kết quả", windowEnd.minusDays(random.nextInt(20)));
			case 2 -> new TaskProgressEntry(task.code(), "NOT_STARTED", BigDecimal.ZERO, null, null, null);
			default -> new TaskProgressEntry(task.code(), "IN_PROGRESS", BigDecimal.valueOf(30 + random.nextInt(60)),
					"Đang triển khai.", null, null);
		};
	}

}

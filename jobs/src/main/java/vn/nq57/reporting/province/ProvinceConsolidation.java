package vn.nq57.reporting.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import vn.nq57.reporting.attainment.ActualValue;
import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.TaskStatus;
import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.province.ProvinceReport.AppendixLine;
import vn.nq57.reporting.province.ProvinceReport.CommuneLine;
import vn.nq57.reporting.province.ProvinceReport.CommuneValue;
import vn.nq57.reporting.province.ProvinceReport.OverdueTask;
import vn.nq57.reporting.province.ProvinceReport.RankLine;
import vn.nq57.reporting.province.ProvinceReport.Reporting;
import vn.nq57.reporting.province.ProvinceReport.SharedFigure;
import vn.nq57.reporting.province.ProvinceReport.TaskCounts;
import vn.nq57.reporting.province.ProvinceReport.Tasks;
import vn.nq57.reporting.province.ProvinceReport.UsedReport;

/**
 * Consolidates the stored results of a province's commune reports into the province
 * report: plain Java, no recomputation of any commune figure. A province figure is made
 * the way the indicator's figures add up: per cents and rates as Σ numerators ÷ Σ
 * denominators of the communes (never the mean of their ratios), counts as their sum;
 * ranks, indices, yes/no and words are not added up.
 */
public final class ProvinceConsolidation {

	/** Statuses that keep to the roadmap (interim) or meet the year's target (annual). */
	static final Set<AttainmentStatus> ON_ROADMAP = Set.of(AttainmentStatus.YEAR_TARGET_REACHED,
			AttainmentStatus.ON_ROADMAP, AttainmentStatus.ACHIEVED, AttainmentStatus.EXCEEDED);

	static final Set<AttainmentStatus> BEHIND = Set.of(AttainmentStatus.BEHIND_ROADMAP, AttainmentStatus.NOT_ACHIEVED);

	/** How many shared indicators the appendix shows for each commune. */
	static final int APPENDIX_INDICATORS = 4;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProvinceConsolidation() {
	}

	public static ProvinceReport consolidate(ProvinceReport.Header header, List<CommuneInput> communes,
			List<CommuneIndicator> indicators, List<CommuneTask> tasks) {
		Map<Long, CommuneInput> byRun = communes.stream()
			.filter(CommuneInput::reported)
			.collect(Collectors.toMap(CommuneInput::reportRunId, c -> c));
		List<SharedFigure> shared = sharedFigures(indicators, byRun);
		List<String> appendixCodes = shared.stream()
			.filter(f -> numeric(f.measureUnit()) && f.communesReporting() > 0)
			.sorted(Comparator.comparing(SharedFigure::communesReporting)
				.reversed()
				.thenComparing(SharedFigure::sharedCode))
			.limit(APPENDIX_INDICATORS)
			.map(SharedFigure::sharedCode)
			.toList();
		List<RankLine> ranking = ranking(communes, indicators);
		Tasks taskSection = tasks(communes, tasks);
		return new ProvinceReport(header, reporting(communes), shared, taskSection, ranking, appendixCodes,
				appendix(communes, indicators, ranking, taskSection, appendixCodes),
				communes.stream()
					.map(c -> new UsedReport(c.planCode(), c.localityName(), c.reportRunId(), c.reportVersion()))
					.toList(),
				null);
	}

	/**
	 * What changed from the previous version: each commune whose report version used
	 * changed, each shared indicator whose province figure or number of communes
	 * reporting changed.
	 */
	public static ProvinceReport.Revision revision(ProvinceReport previous, ProvinceReport current) {
		List<String> changes = new ArrayList<>();
		Map<String, UsedReport> before = previous.reportsUsed()
			.stream()
			.collect(Collectors.toMap(UsedReport::planCode, u -> u));
		for (UsedReport now : current.reportsUsed()) {
			UsedReport then = before.get(now.planCode());
			Integer old = (then != null) ? then.version() : null;
			if (!java.util.Objects.equals(old, now.version())) {
				changes.add(now.commune() + ": " + versionText(old) + " → " + versionText(now.version()));
			}
		}
		Map<String, SharedFigure> figures = previous.sharedIndicators()
			.stream()
			.collect(Collectors.toMap(SharedFigure::sharedCode, f -> f));
		for (SharedFigure now : current.sharedIndicators()) {
			SharedFigure then = figures.get(now.sharedCode());
			BigDecimal old = (then != null) ? then.provinceFigure() : null;
			boolean figureChanged = (old == null) != (now.provinceFigure() == null)
					|| (old != null && old.compareTo(now.provinceFigure()) != 0);
			if (figureChanged) {
				changes.add(now.name() + " (toàn tỉnh): " + figureText(old, now.measureUnit()) + " → "
						+ figureText(now.provinceFigure(), now.measureUnit()));
			}
			else if (then != null && then.communesReporting() != now.communesReporting()) {
				changes.add(now.name() + ": " + then.communesReporting() + " → " + now.communesReporting()
						+ " xã có số liệu");
			}
		}
		return new ProvinceReport.Revision(previous.header().version(), changes);
	}

	private static String versionText(Integer version) {
		return (version != null) ? "phiên bản " + version : "chưa có báo cáo";
	}

	private static String figureText(BigDecimal value, String measureUnit) {
		return (value != null) ? VietnameseNumbers.format(value, 2) + MeasureUnit.fromCatalogName(measureUnit).suffix()
				: "không có";
	}

	static Reporting reporting(List<CommuneInput> communes) {
		List<CommuneLine> lines = new ArrayList<>();
		int made = 0;
		int sent = 0;
		int onTime = 0;
		int late = 0;
		for (CommuneInput c : communes) {
			Boolean timely = c.onTime();
			String status;
			if (!c.reported()) {
				status = "Chưa có báo cáo";
			}
			else if (timely == null) {
				status = "Không có thời hạn";
			}
			else {
				status = timely ? "Đúng hạn" : "Muộn";
			}
			made += c.reported() ? 1 : 0;
			sent += (c.reported() && c.sent()) ? 1 : 0;
			onTime += Boolean.TRUE.equals(timely) ? 1 : 0;
			late += Boolean.FALSE.equals(timely) ? 1 : 0;
			lines.add(new CommuneLine(lines.size() + 1, c.planCode(), c.localityName(), c.reportVersion(),
					(c.madeAt() != null) ? TIME.format(c.madeAt()) : null, c.sent(),
					(c.firstSentAt() != null) ? TIME.format(c.firstSentAt()) : null,
					(c.deadline() != null) ? "trước ngày " + VietnameseDates.format(c.deadline()) : null, status));
		}
		return new Reporting(communes.size(), made, sent, onTime, late, communes.size() - made, lines);
	}

	static List<SharedFigure> sharedFigures(List<CommuneIndicator> indicators, Map<Long, CommuneInput> byRun) {
		Map<String, List<CommuneIndicator>> byCode = new TreeMap<>();
		for (CommuneIndicator indicator : indicators) {
			if (indicator.sharedCode() != null && byRun.containsKey(indicator.reportRunId())) {
				byCode.computeIfAbsent(indicator.sharedCode(), code -> new ArrayList<>()).add(indicator);
			}
		}
		List<SharedFigure> figures = new ArrayList<>();
		for (Map.Entry<String, List<CommuneIndicator>> entry : byCode.entrySet()) {
			figures.add(sharedFigure(entry.getKey(), entry.getValue(), byRun));
		}
		return figures;
	}

	static SharedFigure sharedFigure(String code, List<CommuneIndicator> rows, Map<Long, CommuneInput> byRun) {
		CommuneIndicator first = rows.get(0);
		MeasureUnit unit = MeasureUnit.fromCatalogName(first.measureUnit());
		List<CommuneIndicator> reporting = rows.stream().filter(r -> r.actualValue() != null).toList();
		List<CommuneValue> values = rows.stream()
			.map(r -> new CommuneValue(byRun.get(r.reportRunId()).planCode(), byRun.get(r.reportRunId()).localityName(),
					r.actualValue(), r.numerator(), r.denominator(),
					AttainmentStatus.valueOf(r.status()).vietnameseName()))
			.toList();
		List<String> behind = rows.stream()
			.filter(r -> BEHIND.contains(AttainmentStatus.valueOf(r.status())))
			.map(r -> byRun.get(r.reportRunId()).localityName())
			.toList();
		BigDecimal figure = null;
		BigDecimal numerators = null;
		BigDecimal denominators = null;
		String howMade;
		if (reporting.isEmpty()) {
			howMade = "Chưa xã nào có số liệu";
		}
		else if (unit.isPercent() || unit == MeasureUnit.RATE) {
			List<CommuneIndicator> withoutParts = reporting.stream().filter(r -> !r.hasParts()).toList();
			Set<BigDecimal> bases = reporting.stream()
				.map(r -> (r.ratePer() != null) ? r.ratePer().stripTrailingZeros() : BigDecimal.ZERO)
				.collect(Collectors.toSet());
			if (!withoutParts.isEmpty()) {
				howMade = "Không gộp được: " + withoutParts.size() + " xã chỉ có tỷ lệ, không có tử số và mẫu số ("
						+ withoutParts.stream()
							.map(r -> byRun.get(r.reportRunId()).localityName())
							.collect(Collectors.joining(", "))
						+ "); không lấy trung bình các tỷ lệ";
			}
			else if (unit == MeasureUnit.RATE && bases.size() > 1) {
				howMade = "Không gộp được: các xã tính tỷ suất trên cơ số khác nhau";
			}
			else {
				numerators = reporting.stream()
					.map(CommuneIndicator::numerator)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				denominators = reporting.stream()
					.map(CommuneIndicator::denominator)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				figure = ActualValue.ofParts(numerators, denominators, unit, first.ratePer()).value();
				howMade = "Σ tử số ÷ Σ mẫu số của " + reporting.size() + " xã (" + VietnameseNumbers.format(numerators)
						+ " / " + VietnameseNumbers.format(denominators) + ")";
			}
		}
		else if (unit == MeasureUnit.COUNT) {
			Set<String> bases = reporting.stream()
				.map(r -> (r.countBasis() != null) ? r.countBasis() : "level")
				.collect(Collectors.toSet());
			if (bases.size() > 1) {
				howMade = "Không cộng được: các xã đếm theo cách khác nhau (" + String.join(", ", bases) + ")";
			}
			else {
				figure = reporting.stream().map(CommuneIndicator::actualValue).reduce(BigDecimal.ZERO, BigDecimal::add);
				howMade = "Tổng số của " + reporting.size() + " xã";
			}
		}
		else if (unit == MeasureUnit.RANK || unit == MeasureUnit.INDEX) {
			howMade = "Chỉ số, xếp hạng: không cộng gộp, chỉ so sánh giữa các xã";
		}
		else if (unit == MeasureUnit.BOOLEAN) {
			long yes = reporting.stream().filter(r -> r.actualValue().signum() > 0).count();
			howMade = "Có/không: " + yes + "/" + reporting.size() + " xã có";
		}
		else {
			howMade = "Đánh giá định tính: không cộng gộp";
		}
		List<BigDecimal> sorted = numeric(first.measureUnit())
				? reporting.stream().map(CommuneIndicator::actualValue).sorted().toList() : List.of();
		Distribution distribution = Distribution.of(sorted, unit);
		return new SharedFigure(code, first.name(), first.measureUnit(), rows.size(), reporting.size(), figure,
				numerators, denominators, howMade, sorted.isEmpty() ? null : sorted.get(0), median(sorted),
				sorted.isEmpty() ? null : sorted.get(sorted.size() - 1), behind, distribution.counts(),
				distribution.labels(), values);
	}

	static boolean numeric(String measureUnit) {
		MeasureUnit unit = MeasureUnit.fromCatalogName(measureUnit);
		return unit != MeasureUnit.BOOLEAN && unit != MeasureUnit.TEXT;
	}

	/** The middle value, or the mean of the two middle values; null for none. */
	static BigDecimal median(List<BigDecimal> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int n = sorted.size();
		if (n % 2 == 1) {
			return sorted.get(n / 2);
		}
		return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
	}

	static List<RankLine> ranking(List<CommuneInput> communes, List<CommuneIndicator> indicators) {
		Map<Long, int[]> counts = new LinkedHashMap<>();
		for (CommuneIndicator indicator : indicators) {
			AttainmentStatus status = AttainmentStatus.valueOf(indicator.status());
			int[] c = counts.computeIfAbsent(indicator.reportRunId(), id -> new int[2]);
			if (status.isJudged()) {
				c[1]++;
				if (ON_ROADMAP.contains(status)) {
					c[0]++;
				}
			}
		}
		List<RankLine> lines = new ArrayList<>();
		for (CommuneInput c : communes) {
			if (!c.reported()) {
				continue;
			}
			int[] n = counts.getOrDefault(c.reportRunId(), new int[2]);
			BigDecimal share = (n[1] > 0) ? BigDecimal.valueOf(n[0])
				.multiply(HUNDRED)
				.divide(BigDecimal.valueOf(n[1]), 2, RoundingMode.HALF_UP) : null;
			lines.add(new RankLine(null, c.planCode(), c.localityName(), true, n[0], n[1], share));
		}
		lines.sort(Comparator
			.comparing(RankLine::share, Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder().reversed()))
			.thenComparing(RankLine::commune)
			.thenComparing(RankLine::planCode));
		List<RankLine> ranked = new ArrayList<>();
		int rank = 0;
		BigDecimal previous = null;
		for (int i = 0; i < lines.size(); i++) {
			RankLine line = lines.get(i);
			if (line.share() != null && (previous == null || line.share().compareTo(previous) != 0)) {
				rank = i + 1;
				previous = line.share();
			}
			ranked.add(new RankLine((line.share() != null) ? rank : null, line.planCode(), line.commune(), true,
					line.onRoadmap(), line.judged(), line.share()));
		}
		for (CommuneInput c : communes) {
			if (!c.reported()) {
				ranked.add(new RankLine(null, c.planCode(), c.localityName(), false, 0, 0, null));
			}
		}
		return ranked;
	}

	static Tasks tasks(List<CommuneInput> communes, List<CommuneTask> tasks) {
		Map<Long, List<CommuneTask>> byRun = tasks.stream()
			.collect(Collectors.groupingBy(CommuneTask::reportRunId, LinkedHashMap::new, Collectors.toList()));
		List<TaskCounts> lines = new ArrayList<>();
		List<OverdueTask> overdue = new ArrayList<>();
		int[] all = new int[6];
		for (CommuneInput c : communes) {
			if (!c.reported()) {
				continue;
			}
			int[] n = new int[6];
			for (CommuneTask task : byRun.getOrDefault(c.reportRunId(), List.of())) {
				n[0]++;
				switch (TaskStatus.valueOf(task.status())) {
					case DONE -> n[1]++;
					case IN_PROGRESS -> n[2]++;
					case NOT_STARTED -> n[3]++;
					default -> n[4]++;
				}
				if (task.overdue()) {
					n[5]++;
					overdue.add(new OverdueTask(c.planCode(), c.localityName(), task.number(), task.name(),
							(task.dueDate() != null) ? VietnameseDates.format(task.dueDate()) : task.deadlineText()));
				}
			}
			for (int i = 0; i < 6; i++) {
				all[i] += n[i];
			}
			lines.add(new TaskCounts(c.planCode(), c.localityName(), n[0], n[1], n[2], n[3], n[4], n[5]));
		}
		return new Tasks(all[0], all[1], all[2], all[3], all[4], all[5], lines, overdue);
	}

	static List<AppendixLine> appendix(List<CommuneInput> communes, List<CommuneIndicator> indicators,
			List<RankLine> ranking, Tasks tasks, List<String> codes) {
		Map<String, RankLine> ranks = ranking.stream().collect(Collectors.toMap(RankLine::planCode, r -> r));
		Map<String, Integer> overdue = tasks.communes()
			.stream()
			.collect(Collectors.toMap(TaskCounts::planCode, TaskCounts::overdue));
		Map<Long, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		for (CommuneIndicator indicator : indicators) {
			if (indicator.sharedCode() != null && indicator.actualValue() != null) {
				values.computeIfAbsent(indicator.reportRunId(), id -> new LinkedHashMap<>())
					.putIfAbsent(indicator.sharedCode(), indicator.actualValue());
			}
		}
		List<AppendixLine> lines = new ArrayList<>();
		for (CommuneInput c : communes) {
			Map<String, BigDecimal> own = c.reported() ? values.getOrDefault(c.reportRunId(), Map.of()) : Map.of();
			List<BigDecimal> key = new ArrayList<>();
			for (String code : codes) {
				key.add(own.get(code));
			}
			lines.add(new AppendixLine(lines.size() + 1, c.planCode(), c.localityName(), c.reportVersion(),
					c.reported() ? "Đã có báo cáo" : "Chưa có báo cáo", ranks.get(c.planCode()).share(),
					overdue.getOrDefault(c.planCode(), 0), key));
		}
		return lines;
	}

}

package vn.nq57.reporting.benchmark;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;
import vn.nq57.reporting.run.ReportBatch;
import vn.nq57.reporting.run.ReportBatchLauncher;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.run.RunProperties;
import vn.nq57.reporting.synthetic.SyntheticDataGenerator;

/**
 * Measures a province-sized or country-sized run on generated data: wall time, reports
 * per second, peak heap, time per step, and the time JasperReports alone needs for the
 * same documents, so the pipeline's overhead over pure rendering is a ratio. Prints a
 * Markdown block for BENCHMARKS.md.
 */
@Service
public class BenchmarkRunner {

	private final SyntheticDataGenerator generator;

	private final ReportBatchLauncher batches;

	private final BenchmarkMapper figures;

	private final PureRenderingTimer rendering;

	private final int threads;

	private final ReportRunLauncher warmUp;

	private final ProvinceReportRunner provinceReports;

	public BenchmarkRunner(SyntheticDataGenerator generator, ReportBatchLauncher batches, BenchmarkMapper figures,
			PureRenderingTimer rendering, ReportRunLauncher warmUp, RunProperties runProperties,
			ProvinceReportRunner provinceReports) {
		this.warmUp = warmUp;
		this.provinceReports = provinceReports;
		this.generator = generator;
		this.batches = batches;
		this.figures = figures;
		this.rendering = rendering;
		this.threads = runProperties.batch().threads();
	}

	public record Result(String scenario, int plans, Duration wall, long peakHeapBytes, List<StepTime> steps,
			Duration pureRendering, int failed, CpuMeter.Used pipelineCpu, CpuMeter.Used renderingCpu,
			Consolidation consolidation) {

		double reportsPerSecond() {
			return this.plans / (this.wall.toMillis() / 1000.0);
		}

		double overheadRatio() {
			return this.wall.toNanos() / (double) this.pureRendering.toNanos();
		}

	}

	/**
	 * The province reports made from the communes' stored reports after the batch: how
	 * many, how long they took together, the peak heap, and how many failed.
	 */
	public record Consolidation(int reports, Duration wall, long peakHeapBytes, int failed) {
	}

	/**
	 * Generates {@code provinces} × {@code communes} communes (kept for later runs) and
	 * reports them all.
	 */
	public Result run(int provinces, int communes, Period period, long seed, PrintStream out) throws Exception {
		String scenario = provinces + " tỉnh × " + communes + " xã";
		out.printf("Chuẩn bị dữ liệu thử: %s...%n", scenario);
		this.generator.generate(provinces, communes, period, seed);
		// warm-up, not timed: compiles the layouts and lets the JIT settle, as in a
		// long-running server
		this.warmUp.run("VU-QUANG", period.type(), period.code(), false);
		Duration settled = CpuMeter.awaitIdleDatabase(Duration.ofMinutes(5));
		if (settled.toSeconds() > 3) {
			out.printf("Đã chờ cơ sở dữ liệu ghi xong dữ liệu vừa sinh: %d giây%n", settled.toSeconds());
		}
		System.gc();
		out.printf("Chạy báo cáo %s (%d luồng)...%n", scenario, this.threads);
		ReportBatch batch;
		long peak;
		long started = System.nanoTime();
		CpuMeter pipelineCpu = CpuMeter.start();
		try (HeapSampler heap = new HeapSampler()) {
			String province = (provinces == 1) ? SyntheticDataGenerator.provinceName(1) : null;
			batch = this.batches.run(province, period.type(), period.code(), false);
			peak = heap.peakBytes();
		}
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		CpuMeter.Used pipelineUsed = pipelineCpu.used();
		List<Long> runIds = this.figures.runIds(batch.id());
		out.printf("Đo thời gian JasperReports riêng cho %d báo cáo...%n", runIds.size());
		PureRenderingTimer.Timing pure = this.rendering.time(runIds, this.threads);
		int failed = batch.plans() - runIds.size();
		out.printf("Lập báo cáo tổng hợp cấp tỉnh từ các báo cáo xã đã lưu...%n");
		Consolidation consolidation = consolidate(provinces == 1, period);
		return new Result(scenario, batch.plans(), wall, peak, this.figures.stepTimes(batch.id()), pure.wall(), failed,
				pipelineUsed, pure.cpu(), consolidation);
	}

	/** The province's report, or every province's (the country in one command). */
	private Consolidation consolidate(boolean oneProvince, Period period) throws InterruptedException {
		ProvinceReportType type = ProvinceReportType.of(period.type());
		long started = System.nanoTime();
		List<ProvinceRun> runs;
		long peak;
		try (HeapSampler heap = new HeapSampler()) {
			runs = oneProvince
					? List.of(this.provinceReports.run(SyntheticDataGenerator.provinceName(1), type, period.code()))
					: this.provinceReports.runAll(type, period.code());
			peak = heap.peakBytes();
		}
		Duration wall = Duration.ofNanos(System.nanoTime() - started);
		return new Consolidation(runs.size(), wall, peak, (int) runs.stream().filter(r -> !r.completed()).count());
	}

	public static void print(List<Result> results, int threads, PrintStream out) {
		Runtime runtime = Runtime.getRuntime();
		out.println();
		out.printf("Machine: %d cores, max heap %d MiB, %s %s, %s%n", runtime.availableProcessors(),
				runtime.maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getName());
		out.printf("Partition threads: %d%n%n", threads);
		out.println(
				"| scenario | plans | wall time | reports/s | peak heap | pure rendering | pipeline ÷ rendering | failed |");
		out.println("|---|---|---|---|---|---|---|---|");
		for (Result r : results) {
			out.printf(Locale.ROOT, "| %s | %d | %s | %.2f | %d MiB | %s | %.2f | %d |%n", r.scenario(), r.plans(),
					clock(r.wall()), r.reportsPerSecond(), r.peakHeapBytes() / (1024 * 1024), clock(r.pureRendering()),
					r.overheadRatio(), r.failed());
		}
		out.printf("%nCPU time (this JVM's threads, plus the embedded database server's):%n%n");
		out.println(
				"| scenario | pipeline: JVM | pipeline: database | pure rendering: JVM | (database meanwhile) | CPU ratio |");
		out.println("|---|---|---|---|---|---|");
		for (Result r : results) {
			out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f |%n", r.scenario(), clock(r.pipelineCpu().jvm()),
					r.pipelineCpu().database().map(BenchmarkRunner::clock).orElse("?"), clock(r.renderingCpu().jvm()),
					r.renderingCpu().database().map(BenchmarkRunner::clock).orElse("?"),
					r.pipelineCpu().total().toNanos() / (double) r.renderingCpu().jvm().toNanos());
		}
		out.printf("%nProvince reports from the communes' stored reports (after the batch above):%n%n");
		out.println("| scenario | province reports | wall time | per province report | peak heap | failed |");
		out.println("|---|---|---|---|---|---|");
		for (Result r : results) {
			Consolidation c = r.consolidation();
			out.printf(Locale.ROOT, "| %s | %d | %s | %d ms | %d MiB | %d |%n", r.scenario(), c.reports(),
					clock(c.wall()), c.wall().toMillis() / Math.max(1, c.reports()), c.peakHeapBytes() / (1024 * 1024),
					c.failed());
		}
		for (Result r : results) {
			out.printf("%nTime per step, %s (sum over plans; steps of different plans overlap on %d threads):%n%n",
					r.scenario(), threads);
			out.println("| step | executions | total | per plan | CPU per plan (own thread) |");
			out.println("|---|---|---|---|---|");
			for (StepTime step : r.steps()) {
				out.printf(Locale.ROOT, "| %s | %d | %s | %d ms | %d ms |%n", step.step(), step.executions(),
						clock(Duration.ofMillis(step.totalMillis())),
						step.totalMillis() / Math.max(1, step.executions()),
						step.cpuMillis() / Math.max(1, step.executions()));
			}
		}
		if (results.size() == 2) {
			Result small = results.get(0);
			Result large = results.get(1);
			double perPlanSmall = small.wall().toMillis() / (double) small.plans();
			double perPlanLarge = large.wall().toMillis() / (double) large.plans();
			out.printf(Locale.ROOT,
					"%nLinearity: %.1f ms per plan at %d plans, %.1f ms per plan at %d plans (ratio %.2f).%n",
					perPlanSmall, small.plans(), perPlanLarge, large.plans(), perPlanLarge / perPlanSmall);
		}
	}

	static String clock(Duration duration) {
		long millis = duration.toMillis();
		return String.format(Locale.ROOT, "%d:%02d:%02d.%01d", millis / 3_600_000, (millis / 60_000) % 60,
				(millis / 1000) % 60, (millis / 100) % 10);
	}

	public int threads() {
		return this.threads;
	}

	public static Period defaultPeriod() {
		return Period.parse(ReportType.MONTHLY, "2026-05");
	}

}

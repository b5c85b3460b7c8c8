package vn.nq57.reporting.benchmark;

import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.PdfReportRenderer;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;

/**
 * Times JasperReports alone: the same documents a batch produced are assembled in memory
 * first (not timed), then filled and exported to PDF (timed) on the same number of
 * threads as the pipeline, a chunk at a time so memory stays bounded.
 */
@Component
class PureRenderingTimer {

	private static final int CHUNK = 50;

	private final ReportDocumentAssembler assembler;

	private final PdfReportRenderer renderer;

	PureRenderingTimer(ReportDocumentAssembler assembler, PdfReportRenderer renderer) {
		this.assembler = assembler;
		this.renderer = renderer;
	}

	/** Wall-clock and CPU time spent filling and exporting. */
	record Timing(Duration wall, CpuMeter.Used cpu) {
	}

	Timing time(List<Long> runIds, int threads) throws Exception {
		long rendering = 0;
		Duration cpu = Duration.ZERO;
		Optional<Duration> database = Optional.of(Duration.ZERO);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int from = 0; from < runIds.size(); from += CHUNK) {
				List<ReportDocument> documents = new ArrayList<>();
				for (long runId : runIds.subList(from, Math.min(from + CHUNK, runIds.size()))) {
					documents.add(this.assembler.assemble(runId));
				}
				long started = System.nanoTime();
				CpuMeter meter = CpuMeter.start();
				List<Future<?>> futures = new ArrayList<>();
				for (ReportDocument document : documents) {
					futures.add(pool.submit(() -> {
						render(document);
						return null;
					}));
				}
				for (Future<?> future : futures) {
					future.get();
				}
				rendering += System.nanoTime() - started;
				CpuMeter.Used used = meter.used();
				cpu = cpu.plus(used.jvm());
				database = database.flatMap(sum -> used.database().map(sum::plus));
			}
		}
		finally {
			pool.shutdown();
		}
		return new Timing(Duration.ofNanos(rendering), new CpuMeter.Used(cpu, database));
	}

	private void render(ReportDocument document) throws Exception {
		this.renderer.exportPdf(this.renderer.fill(document), OutputStream.nullOutputStream());
	}

}

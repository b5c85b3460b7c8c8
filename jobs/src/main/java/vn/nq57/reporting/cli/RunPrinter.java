package vn.nq57.reporting.cli;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.RunDetails;
import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.run.BatchRun;
import vn.nq57.reporting.run.ReportBatch;
import vn.nq57.reporting.run.ReportBatchMapper;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunMapper;

/** Prints what a run produced: its status, its files and its messages. */
@Component
class RunPrinter {

	private final ReportRunMapper runs;

	private final ReportContentMapper content;

	private final OutboxMapper outbox;

	private final ReportBatchMapper batches;

	private final RunDetails details;

	RunPrinter(ReportRunMapper runs, ReportContentMapper content, OutboxMapper outbox, ReportBatchMapper batches,
			RunDetails details) {
		this.details = details;
		this.runs = runs;
		this.content = content;
		this.outbox = outbox;
		this.batches = batches;
	}

	void print(long runId) {
		ReportRun run = this.runs.findRun(runId);
		System.out.printf("Báo cáo %s %s kỳ %s, phiên bản %d (lần chạy %d): %s%n", run.planCode(), run.reportType(),
				run.periodCode(), run.version(), run.id(), statusText(run.status()));
		for (var file : this.content.findFiles(runId)) {
			System.out.printf("  %-5s %s%n        SHA-256 %s%n", file.kind(), file.path(), file.sha256());
		}
		List<OutboxMessage> messages = this.outbox.findByRun(runId);
		for (OutboxMessage message : messages) {
			String where = (message.messageFile() != null) ? message.messageFile() : "";
			System.out.printf("  Thư tới %s: %s %s%n", message.recipient(), mailStatusText(message.status()), where);
			if (message.lastError() != null) {
				System.out.printf("        lỗi: %s%n", message.lastError());
			}
		}
		if ("FAILED".equals(run.status())) {
			System.out.printf("Sửa nguyên nhân rồi chạy tiếp từ bước lỗi: ./reports restart %d%n", run.id());
		}
	}

	/** A run with its steps and their durations, then its files and messages. */
	void printWithSteps(long runId) {
		RunDetails.Details details = this.details.of(runId);
		if (details == null) {
			System.err.println("Không có lần chạy " + runId);
			return;
		}
		print(runId);
		System.out.println("  Các bước:");
		for (RunDetails.StepLine step : details.steps()) {
			System.out.printf("    %-24s %-10s %s%n", step.name(), statusText(step.status()), step.duration());
		}
		if (details.run().failureMessage() != null) {
			System.out.printf("  Lỗi ở bước %s: %s%n", details.run().failedStep(), details.run().failureMessage());
		}
	}

	void printBatch(long batchId) {
		ReportBatch batch = this.batches.findBatch(batchId);
		List<BatchRun> runs = this.batches.findBatchRuns(batchId);
		long completed = runs.stream().filter(r -> "COMPLETED".equals(r.status())).count();
		System.out.printf("Đợt báo cáo %d (%s, %s kỳ %s): %s — %d/%d kế hoạch hoàn thành%n", batch.id(), batch.scope(),
				batch.reportType(), batch.periodCode(), statusText(batch.status()), completed, runs.size());
		for (BatchRun run : runs) {
			if (!"COMPLETED".equals(run.status())) {
				System.out.printf("  %s (lần chạy %d): %s%n", run.planCode(), run.runId(), statusText(run.status()));
			}
		}
		if (completed < runs.size()) {
			System.out.printf("Sửa nguyên nhân rồi chạy lại riêng các kế hoạch lỗi: ./reports restart --batch %d%n",
					batchId);
		}
		System.out.println("Báo cáo của từng kế hoạch: ./reports runs");
	}

	private static String statusText(String status) {
		return switch (status) {
			case "COMPLETED" -> "hoàn thành";
			case "COMPLETED_WITH_FAILURES" -> "hoàn thành, có kế hoạch lỗi";
			case "FAILED" -> "thất bại";
			case "STARTED" -> "đang chạy";
			default -> status;
		};
	}

	private static String mailStatusText(String status) {
		return switch (status) {
			case "SENT" -> "đã gửi";
			case "WRITTEN" -> "chưa cấu hình SMTP, đã ghi tệp";
			case "PENDING" -> "đang chờ gửi lại";
			case "FAILED" -> "gửi thất bại";
			case "SENDING" -> "đang gửi";
			case "UNCERTAIN" -> "không rõ đã gửi hay chưa (xem ./reports outbox)";
			default -> status;
		};
	}

}

package vn.nq57.reporting.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.run.BatchRun;
import vn.nq57.reporting.run.ReportBatch;
import vn.nq57.reporting.run.ReportBatchLauncher;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.RunDetails;
import vn.nq57.reporting.run.Transition;
import vn.nq57.reporting.run.RunVerdicts;

/**
 * Prints a run as the console shows it ({@link RunDetails}): its status, its files, its
 * messages and, when asked, its stages; or a batch with the plans that did not complete.
 */
@Component
class RunPrinter {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final RunDetails details;

	private final ReportBatchLauncher batches;

	private final RunVerdicts verdicts;

	RunPrinter(RunDetails details, ReportBatchLauncher batches, RunVerdicts verdicts) {
		this.details = details;
		this.batches = batches;
		this.verdicts = verdicts;
	}

	/**
	 * @return false when there is no such run
	 */
	boolean print(long runId) {
		return print(runId, false);
	}

	/**
	 * A run with every attempt's stages and their durations, then its files and messages.
	 */
	boolean printWithSteps(long runId) {
		return print(runId, true);
	}

	private boolean print(long runId, boolean withSteps) {
		RunDetails.Details details = this.details.of(runId);
		if (details == null) {
			System.err.println("Không có lần chạy " + runId + ". Xem các lần chạy: ./reports runs");
			return false;
		}
		ReportRun run = details.run();
		System.out.printf("%s kỳ %s của %s, phiên bản %d (lần chạy %d): %s%n", run.type().vietnameseName(),
				run.periodCode(), run.planCode(), run.version(), run.id(), run.status().label().toLowerCase());
		String summary = this.verdicts.summary(runId);
		if (summary != null) {
			System.out.println("  " + summary);
		}
		if (run.issuanceStatus() != null) {
			System.out.println("  Ban hành: " + run.issuanceStatus().label());
			for (Transition transition : details.transitions()) {
				System.out.printf("    %s  %-45s %s%s%n", transition.at().format(WHEN), transition.label(),
						transition.actor(), (transition.comment() != null) ? " — " + transition.comment() : "");
			}
		}
		for (ArchivedFile file : details.files()) {
			System.out.printf("  %-5s %s%n        SHA-256 %s%n", file.kind(), file.path(), file.sha256());
		}
		for (OutboxMessage message : details.deliveries()) {
			String where = (message.messageFile() != null) ? message.messageFile() : "";
			System.out.printf("  Thư tới %s: %s %s%n", message.recipient(), message.status().label(), where);
			if (message.lastError() != null) {
				System.out.printf("        lỗi: %s%n", message.lastError());
			}
		}
		if (withSteps) {
			System.out.println("  Các bước:");
			for (RunDetails.StepLine step : details.steps()) {
				System.out.printf("    lần %d  %-60s %-12s %s%n", step.attempt(), step.label(),
						step.status().label().toLowerCase(), step.duration());
			}
		}
		if (run.failureMessage() != null) {
			System.out.printf("  Lỗi ở bước «%s»: %s%n", details.failedStage(), run.failureMessage());
		}
		if (details.nextAction() != null) {
			System.out.printf("Sửa nguyên nhân rồi chạy tiếp từ bước lỗi: %s%n", details.nextAction());
		}
		if (details.awaitingApproval()) {
			System.out.printf("Chờ người ký duyệt: ./reports approve %d --as TÊN [--comment \"…\"], hoặc trả lại:"
					+ " ./reports return %d --as TÊN --reason \"…\"%n", run.id(), run.id());
		}
		return true;
	}

	void printBatch(long batchId) {
		ReportBatch batch = this.batches.batchOf(batchId);
		List<BatchRun> runs = this.batches.runsOf(batchId);
		long completed = runs.stream().filter(r -> r.status().isCompleted()).count();
		System.out.printf("Đợt báo cáo %d (%s, %s kỳ %s): %s — %d/%d kế hoạch hoàn thành%n", batch.id(), batch.scope(),
				vn.nq57.reporting.attainment.ReportType.valueOf(batch.reportType()).vietnameseName(),
				batch.periodCode(), batch.status().label().toLowerCase(), completed, runs.size());
		for (BatchRun run : runs) {
			if (!run.status().isCompleted()) {
				System.out.printf("  %s (lần chạy %d): %s%n", run.planCode(), run.runId(),
						run.status().label().toLowerCase());
			}
		}
		if (completed < runs.size()) {
			System.out.printf("Sửa nguyên nhân rồi chạy lại riêng các kế hoạch lỗi: ./reports restart --batch %d%n",
					batchId);
		}
		System.out.println("Báo cáo của từng kế hoạch: ./reports runs");
	}

	/** Whether every plan of a batch completed. */
	boolean allCompleted(long batchId) {
		return this.batches.runsOf(batchId).stream().allMatch(run -> run.status().isCompleted());
	}

}

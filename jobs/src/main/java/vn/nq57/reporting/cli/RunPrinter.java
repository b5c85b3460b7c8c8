package vn.nq57.reporting.cli;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.OutboxMapper;
import vn.nq57.reporting.delivery.OutboxMessage;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.run.ReportRun;
import vn.nq57.reporting.run.ReportRunMapper;

/** Prints what a run produced: its status, its files and its messages. */
@Component
class RunPrinter {

	private final ReportRunMapper runs;

	private final ReportContentMapper content;

	private final OutboxMapper outbox;

	RunPrinter(ReportRunMapper runs, ReportContentMapper content, OutboxMapper outbox) {
		this.runs = runs;
		this.content = content;
		this.outbox = outbox;
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

	private static String statusText(String status) {
		return switch (status) {
			case "COMPLETED" -> "hoàn thành";
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

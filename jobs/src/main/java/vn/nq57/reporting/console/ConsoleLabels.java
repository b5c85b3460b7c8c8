package vn.nq57.reporting.console;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.run.ReportSteps;

/**
 * Vietnamese words for the statuses and step names the console shows (templates call it
 * as @consoleLabels).
 */
@Component("consoleLabels")
public class ConsoleLabels {

	private static final Map<String, String> STATUSES = Map.ofEntries(Map.entry("COMPLETED", "Hoàn thành"),
			Map.entry("FAILED", "Thất bại"), Map.entry("STARTED", "Đang chạy"), Map.entry("STARTING", "Đang bắt đầu"),
			Map.entry("CREATED", "Chờ chạy"), Map.entry("STOPPED", "Đã dừng"), Map.entry("ABANDONED", "Đã bỏ"),
			Map.entry("SENT", "Đã gửi"), Map.entry("WRITTEN", "Đã ghi tệp .eml"), Map.entry("PENDING", "Chờ gửi"),
			Map.entry("SENDING", "Đang gửi"), Map.entry("ACCEPTED", "Đã nhận"), Map.entry("REJECTED", "Bị trả lại"),
			Map.entry("COMPLETED_WITH_FAILURES", "Hoàn thành, có lỗi"));

	private static final Map<String, String> STEPS = Map.of(ReportSteps.RECORD_INPUTS,
			"Ghi nhận số liệu dùng cho báo cáo và tình hình gửi của đơn vị", ReportSteps.ASSESS_INDICATORS,
			"Đánh giá chỉ tiêu", ReportSteps.ASSESS_TASKS, "Đánh giá nhiệm vụ", ReportSteps.WRITE_DOCUMENTS,
			"Dựng báo cáo PDF, JSON, XLSX", ReportSteps.ARCHIVE_AND_QUEUE, "Lưu trữ (SHA-256) và xếp thư vào hàng gửi",
			ReportSteps.SEND_MAIL, "Gửi thư");

	public String status(String status) {
		return STATUSES.getOrDefault(status, status);
	}

	public String step(String step) {
		return STEPS.getOrDefault(step, step);
	}

}

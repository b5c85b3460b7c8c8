package vn.nq57.reporting.console;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Vietnamese words for what a unit's submissions became (templates call it as
 * {@code @consoleLabels}). Runs, stages and messages carry their own labels
 * ({@code RunStatus}, {@code StageStatus}, {@code MessageStatus}).
 */
@Component("consoleLabels")
public class ConsoleLabels {

	private static final Map<String, String> SUBMISSION_STATUSES = Map.of("ACCEPTED", "Đã nhận", "REJECTED",
			"Bị trả lại", "DUPLICATE", "Đã nhận trước đó", "RECEIVED", "Đã lưu, đang xử lý");

	public String submissionStatus(String status) {
		return SUBMISSION_STATUSES.getOrDefault(status, status);
	}

	/**
	 * How a submission came in: "biểu mẫu Excel (thư mục nhận)", "API", "cán bộ nhập
	 * tay".
	 */
	public String channel(String channel) {
		return vn.nq57.reporting.submission.Sender.channelLabel(channel);
	}

	/** A report type's name ("Báo cáo tháng") from its stored code (MONTHLY). */
	public String reportType(String type) {
		try {
			return vn.nq57.reporting.attainment.ReportType.valueOf(type).vietnameseName();
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return (type == null) ? "" : type;
		}
	}

}

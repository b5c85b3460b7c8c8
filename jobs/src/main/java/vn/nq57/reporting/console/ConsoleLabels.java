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

}

package vn.nq57.reporting.submission;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statuses a unit picks for a task's progress, as stored and as shown in the form.
 */
public enum TaskProgressStatus {

	NOT_STARTED("Chưa triển khai"), IN_PROGRESS("Đang thực hiện"), DONE("Đã hoàn thành");

	private final String label;

	TaskProgressStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Reads the stored code (DONE) or the form's label (Đã hoàn thành). */
	public static Optional<TaskProgressStatus> read(String text) {
		return Arrays.stream(values())
			.filter(s -> s.name().equalsIgnoreCase(text) || s.label.equalsIgnoreCase(text))
			.findFirst();
	}

	public static String[] labels() {
		return Arrays.stream(values()).map(TaskProgressStatus::label).toArray(String[]::new);
	}

}

package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the lead unit reported on a task for a period.
 *
 * @param status Chưa triển khai, Đang triển khai or Hoàn thành
 * @param percent 0–100; a finished task is 100
 * @param completedOn the day it was finished, if finished and known, else null
 * @param output the output produced ("Kế hoạch số 12/KH-UBND"), may be blank
 * @param activityReported the unit reported something done in this period
 */
public record TaskProgress(TaskStatus status, int percent, LocalDate completedOn, String output,
		boolean activityReported) {

	public TaskProgress {
		Objects.requireNonNull(status, "status");
		if (status == TaskStatus.NOT_REPORTED) {
			throw new IllegalArgumentException("\"Chưa báo cáo\" là kết luận khi đơn vị không gửi, không phải tiến độ");
		}
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("Tỷ lệ hoàn thành phải từ 0 đến 100, nhận được: " + percent);
		}
		if (status == TaskStatus.NOT_STARTED && percent > 0) {
			throw new IllegalArgumentException("Nhiệm vụ chưa triển khai không thể có tiến độ " + percent + "%");
		}
		if (status != TaskStatus.DONE && completedOn != null) {
			throw new IllegalArgumentException("Chỉ nhiệm vụ hoàn thành mới có ngày hoàn thành");
		}
		// "Hoàn thành" means all of it, whatever percentage was typed
		percent = status == TaskStatus.DONE ? 100 : percent;
		output = output == null ? "" : output;
	}

	public static TaskProgress notStarted() {
		return new TaskProgress(TaskStatus.NOT_STARTED, 0, null, "", false);
	}

	public static TaskProgress inProgress(int percent, boolean activityReported) {
		return new TaskProgress(TaskStatus.IN_PROGRESS, percent, null, "", activityReported);
	}

	public static TaskProgress done(LocalDate completedOn, String output) {
		return new TaskProgress(TaskStatus.DONE, 100, completedOn, output, true);
	}
}

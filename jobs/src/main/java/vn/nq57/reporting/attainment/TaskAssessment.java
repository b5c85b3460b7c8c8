package vn.nq57.reporting.attainment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one task for one period.
 *
 * @param status the reported status, or Chưa báo cáo
 * @param percent 0–100
 * @param dueDate the due date seen from the period, or null (ongoing, conditional)
 * @param overdue not finished and the due date is not after the end of the period's data
 * window
 * @param late finished after the due date (hoàn thành chậm)
 * @param activeInPeriod the unit reported activity in the period, or finished the task
 * within its window
 * @param recurring an ongoing or yearly task, judged by activity
 * @param beforeStart the plan puts the task's start after the period's data window
 */
public record TaskAssessment(TaskStatus status, int percent, LocalDate dueDate, boolean overdue, boolean late,
		boolean activeInPeriod, boolean recurring, boolean beforeStart) {

	public TaskAssessment {
		Objects.requireNonNull(status, "status");
	}

	/** "Hoàn thành chậm", "Đang triển khai (quá hạn)", "Chưa báo cáo". */
	public String statusText() {
		if (late) {
			return "Hoàn thành chậm";
		}
		return overdue ? status.vietnameseName() + " (quá hạn)" : status.vietnameseName();
	}

	/** Notes a reader should see beside the status. */
	public List<String> remarks() {
		List<String> remarks = new ArrayList<>();
		if (overdue) {
			remarks.add("Quá hạn");
		}
		if (late) {
			remarks.add("Hoàn thành chậm so với thời hạn");
		}
		if (recurring && !activeInPeriod) {
			remarks.add("Không có hoạt động trong kỳ");
		}
		if (beforeStart) {
			remarks.add("Chưa đến thời gian thực hiện theo kế hoạch");
		}
		return List.copyOf(remarks);
	}
}

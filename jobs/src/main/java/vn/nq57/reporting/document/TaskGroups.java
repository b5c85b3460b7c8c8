package vn.nq57.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.nq57.reporting.attainment.TaskAssessment;
import vn.nq57.reporting.attainment.TaskStatus;
import vn.nq57.reporting.attainment.TaskStatusSummary;
import vn.nq57.reporting.attainment.TaskStatusSummary.TaskCounts;
import vn.nq57.reporting.document.ReportDocument.TaskGroupLine;

/**
 * Task results by task group, counted by the engine's {@link TaskStatusSummary} from a
 * run's stored statuses.
 */
final class TaskGroups {

	private TaskGroups() {
	}

	static List<TaskGroupLine> of(List<TaskResultRow> rows) {
		List<TaskStatusSummary.Row> summaryRows = new ArrayList<>();
		for (TaskResultRow row : rows) {
			// only the stored facts count here: status, overdue and late; recurrence is
			// not stored per run
			TaskAssessment assessment = new TaskAssessment(TaskStatus.valueOf(row.status()),
					(row.percentDone() != null) ? row.percentDone().intValue() : 0, row.dueDate(), row.overdue(),
					row.late(), row.active(), false, false);
			String group = (row.groupName() != null) ? row.groupName() : row.groupCode();
			summaryRows.add(new TaskStatusSummary.Row(row.taskCode(), group, "", assessment));
		}
		List<TaskGroupLine> lines = new ArrayList<>();
		for (Map.Entry<String, TaskCounts> entry : TaskStatusSummary.of(summaryRows).byGroup().entrySet()) {
			TaskCounts c = entry.getValue();
			lines.add(new TaskGroupLine(entry.getKey(), c.total(), c.done(), c.inProgress(), c.notStarted(),
					c.notReported(), c.overdue()));
		}
		return lines;
	}

}

package vn.nq57.reporting.attainment;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Task counts for a period: overall, by task group and by lead unit, in the order first
 * met.
 *
 * <p>
 * A task with two lead units comes as two rows with the same task code: it counts once
 * overall and in its group, and once under each lead unit.
 */
public record TaskStatusSummary(TaskCounts total, Map<String, TaskCounts> byGroup, Map<String, TaskCounts> byLeadUnit) {

	public TaskStatusSummary {
		Objects.requireNonNull(total, "total");
		byGroup = Collections.unmodifiableMap(new LinkedHashMap<>(byGroup));
		byLeadUnit = Collections.unmodifiableMap(new LinkedHashMap<>(byLeadUnit));
	}

	/**
	 * One assessed task under one lead unit.
	 *
	 * @param taskCode null when every row is its own task
	 */
	public record Row(String taskCode, String group, String leadUnit, TaskAssessment assessment) {
		public Row {
			Objects.requireNonNull(group, "group");
			Objects.requireNonNull(leadUnit, "leadUnit");
			Objects.requireNonNull(assessment, "assessment");
		}

		public Row(String group, String leadUnit, TaskAssessment assessment) {
			this(null, group, leadUnit, assessment);
		}
	}

	public static TaskStatusSummary of(List<Row> rows) {
		TaskCounts total = TaskCounts.EMPTY;
		Map<String, TaskCounts> byGroup = new LinkedHashMap<>();
		Map<String, TaskCounts> byLead = new LinkedHashMap<>();
		Set<String> counted = new HashSet<>();
		for (Row row : rows) {
			boolean firstTimeSeen = row.taskCode() == null || counted.add(row.taskCode());
			if (firstTimeSeen) {
				total = total.plus(row.assessment());
				byGroup.merge(row.group(), TaskCounts.EMPTY.plus(row.assessment()), TaskCounts::sum);
			}
			byLead.merge(row.leadUnit(), TaskCounts.EMPTY.plus(row.assessment()), TaskCounts::sum);
		}
		return new TaskStatusSummary(total, byGroup, byLead);
	}

	/** How many tasks are in each state; overdue and doneLate overlap the states. */
	public record TaskCounts(int total, int notStarted, int inProgress, int done, int notReported, int overdue,
			int doneLate, int recurringWithoutActivity) {

		public static final TaskCounts EMPTY = new TaskCounts(0, 0, 0, 0, 0, 0, 0, 0);

		public TaskCounts plus(TaskAssessment a) {
			return sum(new TaskCounts(1, a.status() == TaskStatus.NOT_STARTED ? 1 : 0,
					a.status() == TaskStatus.IN_PROGRESS ? 1 : 0, a.status() == TaskStatus.DONE ? 1 : 0,
					a.status() == TaskStatus.NOT_REPORTED ? 1 : 0, a.overdue() ? 1 : 0, a.late() ? 1 : 0,
					a.recurring() && !a.activeInPeriod() ? 1 : 0));
		}

		public TaskCounts sum(TaskCounts o) {
			return new TaskCounts(total + o.total, notStarted + o.notStarted, inProgress + o.inProgress, done + o.done,
					notReported + o.notReported, overdue + o.overdue, doneLate + o.doneLate,
					recurringWithoutActivity + o.recurringWithoutActivity);
		}
	}
}

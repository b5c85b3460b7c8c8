package vn.nq57.reporting.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One unit's report for one period, as received (before it gets a version number). */
public record NewSubmission(String planCode, String unitCode, String reportType, String periodCode, String channel,
		LocalDateTime receivedAt, String submittedBy, List<IndicatorValue> values, List<TaskProgressEntry> progress,
		Narrative narrative) {

	/** A value, or a numerator and denominator, for one indicator the unit tracks. */
	public record IndicatorValue(String indicatorCode, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			String selfAssessment, String note, String evidenceUrl) {
	}

	/** Progress on one task the unit leads: status NOT_STARTED, IN_PROGRESS or DONE. */
	public record TaskProgressEntry(String taskCode, String status, BigDecimal percentDone, String result,
			String output, LocalDate completedOn) {
	}

	/** The narrative parts of a unit's report. */
	public record Narrative(String results, String difficulties, String proposals, String nextFocus) {
	}

}

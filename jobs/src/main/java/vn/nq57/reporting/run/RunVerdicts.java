package vn.nq57.reporting.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.Judgement;

/**
 * A run's indicator statuses in one line, as stored: what {@code ./reports run} prints
 * after a run, so that an operator sees at once what the report judges and how.
 */
@Component
public class RunVerdicts {

	private final ReportRunMapper runs;

	public RunVerdicts(ReportRunMapper runs) {
		this.runs = runs;
	}

	/** One stored status: how the report judged one indicator. */
	public record StoredStatus(String status, String selfAssessment, String judgement, String milestoneStatus,
			Integer milestoneYear) {
	}

	/**
	 * "Chỉ tiêu (đánh giá năm; so với mục tiêu của mốc 2026: 24 chỉ tiêu): Vượt: 6; Chưa
	 * đạt: 18; …", or null for a run without results (failed before its assessment) or
	 * made before issue 15.
	 */
	public String summary(long runId) {
		List<StoredStatus> rows = this.runs.findStoredStatuses(runId);
		if (rows.isEmpty() || rows.get(0).judgement() == null) {
			return null;
		}
		Judgement judgement = Judgement.valueOf(rows.get(0).judgement());
		Map<String, Long> byStatus = new LinkedHashMap<>();
		for (StoredStatus row : rows) {
			AttainmentStatus status = AttainmentStatus.valueOf(row.status());
			AttainmentStatus self = (row.selfAssessment() != null) ? AttainmentStatus.valueOf(row.selfAssessment())
					: null;
			byStatus.merge(status.text(self, judgement), 1L, Long::sum);
		}
		Map<Integer, Long> milestones = rows.stream()
			.filter(row -> row.milestoneStatus() != null && row.milestoneYear() != null)
			.collect(Collectors.groupingBy(StoredStatus::milestoneYear, TreeMap::new, Collectors.counting()));
		String judged = "đánh giá " + judgement.vietnameseName()
				+ milestones.entrySet()
					.stream()
					.map(e -> "; so với mục tiêu của mốc " + e.getKey() + ": " + e.getValue() + " chỉ tiêu")
					.collect(Collectors.joining());
		return "Chỉ tiêu (" + judged + "): "
				+ byStatus.entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue())
					.collect(Collectors.joining("; "));
	}

}

package vn.nq57.reporting.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nq57.reporting.attainment.AttainmentStatus;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.document.ReportDocument.IndicatorGroupLine;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;

/**
 * Indicator statuses counted per group, in the plan's order, with the share of a group's
 * indicators that did well (over all its indicators, those without data or target
 * included): exceeded or achieved in an annual report, the year's target reached or on
 * the roadmap in an interim one.
 */
final class IndicatorGroups {

	private IndicatorGroups() {
	}

	static List<IndicatorGroupLine> of(List<IndicatorLine> indicators) {
		Map<String, List<IndicatorLine>> byGroup = new LinkedHashMap<>();
		for (IndicatorLine line : indicators) {
			byGroup.computeIfAbsent(line.group(), g -> new ArrayList<>()).add(line);
		}
		List<IndicatorGroupLine> lines = new ArrayList<>();
		for (Map.Entry<String, List<IndicatorLine>> entry : byGroup.entrySet()) {
			List<IndicatorLine> group = entry.getValue();
			int exceeded = count(group, AttainmentStatus.EXCEEDED);
			int achieved = count(group, AttainmentStatus.ACHIEVED);
			int notAchieved = count(group, AttainmentStatus.NOT_ACHIEVED);
			int reached = count(group, AttainmentStatus.YEAR_TARGET_REACHED);
			int onRoadmap = count(group, AttainmentStatus.ON_ROADMAP);
			int behind = count(group, AttainmentStatus.BEHIND_ROADMAP);
			int total = group.size();
			BigDecimal share = BigDecimal.valueOf(100L * (exceeded + achieved + reached + onRoadmap))
				.divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
			lines.add(new IndicatorGroupLine(entry.getKey(), total, exceeded, achieved, notAchieved, reached, onRoadmap,
					behind, total - exceeded - achieved - notAchieved - reached - onRoadmap - behind, share,
					VietnameseNumbers.percent(share)));
		}
		return lines;
	}

	private static int count(List<IndicatorLine> lines, AttainmentStatus status) {
		return (int) lines.stream().filter(l -> status.name().equals(l.status())).count();
	}

}

package vn.nq57.reporting.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.VietnameseNumbers;

/**
 * How the communes' figures of one indicator spread: how many communes fall in each of
 * five bands (per cents: 0–20, 20–40, 40–60, 60–80, 80 and over; other figures: five
 * equal bands from the least to the greatest).
 */
record Distribution(List<Integer> counts, List<String> labels) {

	static final int BANDS = 5;

	static Distribution of(List<BigDecimal> sorted, MeasureUnit unit) {
		if (sorted.isEmpty()) {
			return new Distribution(List.of(), List.of());
		}
		BigDecimal low;
		BigDecimal width;
		if (unit.isPercent()) {
			low = BigDecimal.ZERO;
			width = BigDecimal.valueOf(20);
		}
		else {
			low = sorted.get(0);
			BigDecimal span = sorted.get(sorted.size() - 1).subtract(low);
			if (span.signum() == 0) {
				return new Distribution(List.of(sorted.size()), List.of(VietnameseNumbers.format(low, 2)));
			}
			width = span.divide(BigDecimal.valueOf(BANDS), 4, RoundingMode.HALF_UP);
		}
		int[] counts = new int[BANDS];
		for (BigDecimal value : sorted) {
			int band = value.subtract(low).divide(width, 0, RoundingMode.FLOOR).intValue();
			counts[Math.max(0, Math.min(BANDS - 1, band))]++;
		}
		List<Integer> list = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < BANDS; i++) {
			list.add(counts[i]);
			BigDecimal from = low.add(width.multiply(BigDecimal.valueOf(i)));
			BigDecimal to = from.add(width);
			String suffix = unit.isPercent() ? "%" : "";
			labels.add((i == BANDS - 1) ? "từ " + VietnameseNumbers.format(from, 2) + suffix
					: VietnameseNumbers.format(from, 2) + "–<" + VietnameseNumbers.format(to, 2) + suffix);
		}
		return new Distribution(list, labels);
	}

}

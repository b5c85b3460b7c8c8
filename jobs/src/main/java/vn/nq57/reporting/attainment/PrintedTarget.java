package vn.nq57.reporting.attainment;

import java.util.Objects;

/**
 * A target as a plan catalog holds it, before it is read.
 *
 * @param year the milestone year, or null for a target printed without one
 * @param horizon {@link TargetHorizon#MILESTONE} with a year, another horizon without
 * @param text the target as printed
 * @param basis what it counts where the catalog says so, else null (read from the
 * wording)
 */
public record PrintedTarget(Integer year, TargetHorizon horizon, String text, CountBasis basis) {

	public PrintedTarget {
		Objects.requireNonNull(horizon, "horizon");
		if ((year == null) != (horizon != TargetHorizon.MILESTONE)) {
			throw new IllegalArgumentException("Chỉ tiêu theo mốc có năm; chỉ tiêu thường xuyên, hằng năm hoặc "
					+ "không ghi mốc thời gian thì không có năm");
		}
	}

}

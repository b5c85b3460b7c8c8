package vn.nq57.reporting.catalog;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import vn.nq57.reporting.attainment.Direction;
import vn.nq57.reporting.attainment.MeasureUnit;
import vn.nq57.reporting.attainment.Target;
import vn.nq57.reporting.attainment.TargetReader;

/**
 * Reads a catalog's printed targets with the same {@link TargetReader} the reports use,
 * and says which printed targets are malformed: one that opens with a comparator but has
 * no readable number, or a share above 100%.
 */
final class CatalogTargetReader {

	private static final Pattern OPENS_WITH_COMPARATOR = Pattern.compile("^\\s*(≥|>=|>|≤|<=|<|=)");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private CatalogTargetReader() {
	}

	static ParsedTarget read(String text, String unit, String direction) {
		MeasureUnit measure = MeasureUnit.fromCatalogName(unit);
		Target target = TargetReader.read(text, measure, Direction.fromCatalogName(direction));
		return new ParsedTarget(target.kind().name(), (target.comparator() != null) ? target.comparator().name() : null,
				target.value(), target.upper(), target.perYear(), target.qualifier(), problem(text, measure, target));
	}

	private static String problem(String text, MeasureUnit unit, Target target) {
		if (!target.isNumeric() && OPENS_WITH_COMPARATOR.matcher(text).find()) {
			return "chỉ tiêu \"" + text + "\" bắt đầu bằng dấu so sánh nhưng không đọc được số";
		}
		BigDecimal highest = (target.upper() != null) ? target.upper() : target.value();
		if (unit == MeasureUnit.PERCENT && highest != null && highest.compareTo(HUNDRED) > 0) {
			return "chỉ tiêu \"" + text + "\" là tỷ lệ phần trăm lớn hơn 100%";
		}
		return null;
	}

}

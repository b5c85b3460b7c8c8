package vn.nq57.reporting.attainment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of report the plans ask for: the five periodic ones and the multi-year
 * reviews (sơ kết 3 năm, tổng kết 5 năm; Lộc Hưng IV.3), whose span is counted from the
 * plan's year.
 */
public enum ReportType {

	MONTHLY("monthly", "Báo cáo tháng"), QUARTERLY("quarterly", "Báo cáo quý"),
	HALF_YEAR("half-year", "Báo cáo 6 tháng"), ANNUAL("annual", "Báo cáo năm"), AD_HOC("ad-hoc", "Báo cáo đột xuất"),
	THREE_YEAR_REVIEW("three-year-review", "Báo cáo sơ kết 3 năm"),
	FIVE_YEAR_REVIEW("five-year-review", "Báo cáo tổng kết 5 năm");

	private final String cliName;

	private final String vietnameseName;

	ReportType(String cliName, String vietnameseName) {
		this.cliName = cliName;
		this.vietnameseName = vietnameseName;
	}

	public String cliName() {
		return cliName;
	}

	public String vietnameseName() {
		return vietnameseName;
	}

	/** How many years a review covers (3 or 5); 0 for every other type. */
	public int reviewYears() {
		return switch (this) {
			case THREE_YEAR_REVIEW -> 3;
			case FIVE_YEAR_REVIEW -> 5;
			default -> 0;
		};
	}

	public boolean isReview() {
		return reviewYears() > 0;
	}

	public static ReportType fromCliName(String name) {
		String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(type -> type.cliName.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Loại báo cáo không hợp lệ: \"" + name + "\"; chỉ nhận "
					+ Arrays.stream(values()).map(ReportType::cliName).collect(Collectors.joining(", "))));
	}

}

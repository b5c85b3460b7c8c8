package vn.nq57.reporting.attainment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The five kinds of report the plans ask for. */
public enum ReportType {

	MONTHLY("monthly", "Báo cáo tháng"), QUARTERLY("quarterly", "Báo cáo quý"),
	HALF_YEAR("half-year", "Báo cáo 6 tháng"), ANNUAL("annual", "Báo cáo năm"), AD_HOC("ad-hoc", "Báo cáo đột xuất");

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

	public static ReportType fromCliName(String name) {
		String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(type -> type.cliName.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Loại báo cáo không hợp lệ: \"" + name + "\"; chỉ nhận "
					+ Arrays.stream(values()).map(ReportType::cliName).collect(Collectors.joining(", "))));
	}

}

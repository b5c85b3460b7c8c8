package vn.nq57.reporting.province;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.nq57.reporting.attainment.ReportType;

/**
 * The province's periodic reports: each consolidates the communes' report of the same
 * type and period ({@code ./reports run province-monthly --period 2026-05 --province
 * "Hà Tĩnh"}).
 */
public enum ProvinceReportType {

	MONTHLY(ReportType.MONTHLY), QUARTERLY(ReportType.QUARTERLY), HALF_YEAR(ReportType.HALF_YEAR),
	ANNUAL(ReportType.ANNUAL);

	public static final String PREFIX = "province-";

	private final ReportType communeType;

	ProvinceReportType(ReportType communeType) {
		this.communeType = communeType;
	}

	public ReportType communeType() {
		return this.communeType;
	}

	/** {@code province-monthly}, ... */
	public String cliName() {
		return PREFIX + this.communeType.cliName();
	}

	/** "Báo cáo tổng hợp tháng", ... */
	public String vietnameseName() {
		return this.communeType.vietnameseName().replace("Báo cáo", "Báo cáo tổng hợp");
	}

	public static ProvinceReportType of(ReportType communeType) {
		return Arrays.stream(values())
			.filter(type -> type.communeType == communeType)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Không có báo cáo tổng hợp cấp tỉnh cho " + communeType.vietnameseName().toLowerCase()));
	}

	/**
	 * The province report type a CLI name names, or empty for a commune report's name.
	 */
	public static Optional<ProvinceReportType> fromCliName(String name) {
		String wanted = (name == null) ? "" : name.trim().toLowerCase(Locale.ROOT);
		if (!wanted.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return Optional.of(Arrays.stream(values())
			.filter(type -> type.cliName().equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Loại báo cáo tỉnh không hợp lệ: \"" + name
					+ "\"; chỉ nhận "
					+ Arrays.stream(values()).map(ProvinceReportType::cliName).collect(Collectors.joining(", ")))));
	}

}

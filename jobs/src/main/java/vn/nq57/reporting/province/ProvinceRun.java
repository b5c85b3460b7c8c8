package vn.nq57.reporting.province;

import java.time.LocalDateTime;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;

/**
 * One version of a province's report for one period: the communes' report type it
 * consolidates ({@code reportType}), and whether a commune report it used has since been
 * made again ({@code outOfDate}).
 */
public record ProvinceRun(long id, String province, String reportType, String periodCode, int version, String status,
		boolean deliver, LocalDateTime createdAt, LocalDateTime finishedAt, String failureMessage, boolean outOfDate) {

	public ReportType communeType() {
		return ReportType.valueOf(this.reportType);
	}

	public ProvinceReportType type() {
		return ProvinceReportType.of(communeType());
	}

	public Period period() {
		return Period.parse(communeType(), this.periodCode);
	}

	public boolean completed() {
		return "COMPLETED".equals(this.status);
	}

	/**
	 * "Hoàn thành", "Lỗi", ... and "(đã cũ)" when a commune report was made again since.
	 */
	public String statusLabel() {
		String label = switch (this.status) {
			case "COMPLETED" -> "Hoàn thành";
			case "FAILED" -> "Lỗi";
			default -> "Đang chạy";
		};
		return this.outOfDate ? label + " — đã cũ, cần lập lại" : label;
	}

}

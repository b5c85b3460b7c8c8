package vn.nq57.reporting.province;

import java.math.BigDecimal;
import java.util.List;

/**
 * A province report's content, consolidated from the stored results of the commune
 * reports it used: the PDF, the XLSX and the JSON are written from this one object.
 */
public record ProvinceReport(Header header, Reporting reporting, List<SharedFigure> sharedIndicators, Tasks tasks,
		List<RankLine> ranking, List<String> appendixIndicators, List<AppendixLine> appendix,
		List<UsedReport> reportsUsed, Revision revision) {

	/** The same report with what changed since the previous version. */
	public ProvinceReport withRevision(Revision revision) {
		return new ProvinceReport(this.header, this.reporting, this.sharedIndicators, this.tasks, this.ranking,
				this.appendixIndicators, this.appendix, this.reportsUsed, revision);
	}

	/**
	 * What changed since the previous completed version of the same province report: the
	 * commune report versions used and the province figures.
	 */
	public record Revision(int previousVersion, List<String> changes) {

		/** "Báo cáo này thay thế phiên bản 1. Thay đổi: ...". */
		public String note() {
			return "Báo cáo này thay thế phiên bản " + this.previousVersion + ". "
					+ (this.changes.isEmpty() ? "Không có số liệu nào thay đổi." : "Thay đổi so với phiên bản "
							+ this.previousVersion + ": " + String.join("; ", this.changes) + ".");
		}

	}

	/**
	 * @param issuerParent "UBND TỈNH HÀ TĨNH"
	 * @param issuerName "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
	 */
	public record Header(String province, String issuerParent, String issuerName, String reportType,
			String reportTypeName, String periodCode, String periodLabel, int version, String generatedAt,
			String placeAndDate, String title, boolean interim) {
	}

	/**
	 * Section I: which communes made, sent their report, on time or late, and who is
	 * missing.
	 */
	public record Reporting(int communes, int made, int sent, int onTime, int late, int missing,
			List<CommuneLine> lines) {
	}

	/**
	 * @param status "Đúng hạn", "Muộn", "Chưa có báo cáo", "Không có thời hạn"
	 */
	public record CommuneLine(int number, String planCode, String commune, Integer reportVersion, String madeAt,
			boolean sent, String sentAt, String deadline, String status) {
	}

	/**
	 * Section II, one shared indicator across communes.
	 *
	 * @param communesWithIndicator communes whose report has the indicator
	 * @param communesReporting of those, the communes with a figure
	 * @param provinceFigure Σ numerators ÷ Σ denominators, or Σ counts; null where the
	 * indicator's aggregation does not allow one ({@code howMade} says why)
	 * @param behindRoadmap communes behind the roadmap (interim) or not achieving the
	 * year's target (annual), by name
	 */
	public record SharedFigure(String sharedCode, String name, String measureUnit, int communesWithIndicator,
			int communesReporting, BigDecimal provinceFigure, BigDecimal numeratorSum, BigDecimal denominatorSum,
			String howMade, BigDecimal minimum, BigDecimal median, BigDecimal maximum, List<String> behindRoadmap,
			List<Integer> distribution, List<String> distributionLabels, List<CommuneValue> values) {
	}

	public record CommuneValue(String planCode, String commune, BigDecimal value, BigDecimal numerator,
			BigDecimal denominator, String status) {
	}

	/**
	 * Section III: task counts by status, per commune and in all, and the overdue tasks.
	 */
	public record Tasks(int total, int done, int inProgress, int notStarted, int notReported, int overdue,
			List<TaskCounts> communes, List<OverdueTask> overdueTasks) {
	}

	public record TaskCounts(String planCode, String commune, int total, int done, int inProgress, int notStarted,
			int notReported, int overdue) {
	}

	public record OverdueTask(String planCode, String commune, String taskNumber, String task, String deadline) {
	}

	/**
	 * Section IV: a commune's indicators on the roadmap (interim: Đã đạt chỉ tiêu năm,
	 * Đúng lộ trình; annual: Vượt, Đạt) out of those judged.
	 *
	 * @param share per cent, 2 decimals; null when nothing was judged
	 */
	public record RankLine(Integer rank, String planCode, String commune, boolean reported, int onRoadmap, int judged,
			BigDecimal share) {
	}

	/**
	 * Appendix: one row per commune, its report and key figures (the values of
	 * {@link ProvinceReport#appendixIndicators()}, in that order).
	 */
	public record AppendixLine(int number, String planCode, String commune, Integer reportVersion, String status,
			BigDecimal onRoadmapShare, int overdueTasks, List<BigDecimal> keyValues) {
	}

	/** The commune report versions the figures came from (report_run ids). */
	public record UsedReport(String planCode, String commune, Long reportRunId, Integer version) {
	}

}

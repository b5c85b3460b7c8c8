package vn.nq57.reporting.cli;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.province.NewerCommuneReport;
import vn.nq57.reporting.delivery.MessageStatus;
import vn.nq57.reporting.province.ProvinceFile;
import vn.nq57.reporting.province.ProvinceMail;
import vn.nq57.reporting.province.ProvinceReportMapper;
import vn.nq57.reporting.province.ProvinceRun;

/**
 * Prints province reports: one run with its files, and the list with what is out of date.
 */
@Component
class ProvincePrinter {

	private final ProvinceReportMapper provinces;

	ProvincePrinter(ProvinceReportMapper provinces) {
		this.provinces = provinces;
	}

	void print(long provinceRunId) {
		ProvinceRun run = this.provinces.findRun(provinceRunId);
		System.out.printf("%s kỳ %s của %s, phiên bản %d (báo cáo tỉnh số %d): %s%n", run.type().vietnameseName(),
				run.periodCode(), run.province(), run.version(), run.id(), run.statusLabel().toLowerCase());
		if (run.failureMessage() != null) {
			System.out.println("  Lỗi: " + run.failureMessage());
		}
		for (ProvinceFile file : this.provinces.findFiles(provinceRunId)) {
			System.out.printf("  %-5s %s%n        SHA-256 %s%n", file.kind(), file.path(), file.sha256());
		}
		for (ProvinceMail mail : this.provinces.findMail(provinceRunId)) {
			System.out.printf("  Thư số %d tới %s (lần gửi %d): %s%n", mail.id(), mail.recipient(), mail.sendRound(),
					MessageStatus.valueOf(mail.status()).label().toLowerCase());
		}
		printOutOfDate(run);
	}

	/**
	 * Which commune reports were made again since, and the command that makes it anew.
	 */
	void printOutOfDate(ProvinceRun run) {
		if (!run.outOfDate()) {
			return;
		}
		List<NewerCommuneReport> newer = this.provinces.findNewerCommuneReports(run.id());
		System.out.printf("  Đã cũ: %d báo cáo xã được lập lại sau khi lập báo cáo tỉnh này:%n", newer.size());
		for (NewerCommuneReport n : newer) {
			System.out.printf("    %s (%s): dùng %s, nay có phiên bản %d%n", n.localityName(), n.planCode(),
					(n.usedVersion() != null) ? "phiên bản " + n.usedVersion() : "không có báo cáo", n.latestVersion());
		}
		System.out.printf("  Lập lại: ./reports run %s --period %s --province \"%s\"%n", run.type().cliName(),
				run.periodCode(), run.province());
	}

	/**
	 * The latest province reports, out-of-date ones marked (nothing when there are none).
	 */
	void printList(String province, int limit, String format) {
		List<ProvinceRun> runs = this.provinces.findRuns(province, limit);
		if (runs.isEmpty()) {
			if (province != null) {
				System.out.println("Chưa có báo cáo tổng hợp nào của " + province + ".");
			}
			return;
		}
		if ("table".equals(format)) {
			System.out.println();
			System.out.println("Báo cáo tổng hợp cấp tỉnh:");
		}
		Table table = new Table("Báo cáo tỉnh", "Tỉnh/thành phố", "Loại", "Kỳ", "Phiên bản", "Trạng thái", "Bắt đầu",
				"Kết thúc");
		for (ProvinceRun run : runs) {
			table.row(run.id(), run.province(), run.type().vietnameseName(), run.periodCode(), run.version(),
					run.statusLabel(), run.createdAt().withNano(0),
					(run.finishedAt() != null) ? run.finishedAt().withNano(0) : "");
		}
		table.print(System.out, format);
	}

}

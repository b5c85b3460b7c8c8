package vn.nq57.reporting.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ArchiveSummary;
import vn.nq57.reporting.archive.ArchiveVerifier;
import vn.nq57.reporting.archive.FileCheck;
import vn.nq57.reporting.archive.FileCheck.Outcome;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.province.ProvinceReportType;

/** {@code ./reports archive verify}: the report archive against the database's record. */
@Component
@Command(name = "archive", mixinStandardHelpOptions = true, description = "Kho lưu trữ báo cáo.",
		subcommands = { ArchiveCommand.Verify.class })
public class ArchiveCommand extends CommandGroup {

	@Component
	@Command(name = "verify", mixinStandardHelpOptions = true,
			description = {
					"Đối chiếu mọi tệp trong kho lưu trữ với SHA-256 và kích thước cơ sở dữ liệu đã ghi nhận:"
							+ " báo tệp thiếu, tệp bị sửa và tệp lạ trong thư mục đã niêm phong.",
					"Không có --plan: cả báo cáo của các xã và báo cáo tổng hợp của các tỉnh (thư mục provinces/).",
					"Kết quả ra stdout (table: chỉ các tệp có vấn đề; csv: mọi tệp), tiến độ và tổng kết ra stderr.",
					"Mã thoát: 0 tất cả khớp, 1 có tệp không đạt, 2 tham số sai." })
	static class Verify implements Callable<Integer> {

		private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

		private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(5).toNanos();

		@Option(names = "--plan", paramLabel = "MÃ",
				description = "Chỉ kiểm tra báo cáo của kế hoạch này (không kiểm tra báo cáo tổng hợp cấp tỉnh)")
		String plan;

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", defaultValue = "table",
				description = "table (các tệp có vấn đề, để đọc) hoặc csv (mọi tệp, cho chương trình khác)")
		String format;

		private final ArchiveVerifier verifier;

		Verify(ArchiveVerifier verifier) {
			this.verifier = verifier;
		}

		@Override
		public Integer call() {
			boolean csv = "csv".equalsIgnoreCase(this.format);
			if (!csv && !"table".equalsIgnoreCase(this.format)) {
				System.err.println("--format chỉ nhận table hoặc csv, không nhận \"" + this.format + "\".");
				return 2;
			}
			if (this.plan != null && !this.verifier.planExists(this.plan)) {
				System.err.println("Không có kế hoạch mã " + this.plan + ". Xem: ./reports plan list");
				return 2;
			}
			System.err.println("Đang kiểm tra kho lưu trữ " + this.verifier.root()
					+ ((this.plan != null) ? " (kế hoạch " + this.plan + ")" : "") + "...");
			Table table = new Table("Kết quả", "Kế hoạch", "Loại báo cáo", "Kỳ", "Phiên bản", "Lần chạy", "Loại tệp",
					"Tệp", "Kích thước ghi nhận", "Kích thước thực tế", "SHA-256 ghi nhận", "SHA-256 thực tế",
					"Ghi chú", "Tỉnh");
			Progress progress = new Progress();
			long started = System.nanoTime();
			ArchiveSummary summary = this.verifier.verify(this.plan, check -> {
				if (csv) {
					table.row(check.outcome().label(), check.planCode(), typeName(check), check.periodCode(),
							check.version(), check.runId(), check.kind(), check.file(), check.recordedSize(),
							check.actualSize(), check.recordedSha256(), check.actualSha256(), check.problem(),
							check.province());
				}
				else if (check.outcome() != Outcome.MATCHES) {
					printProblem(System.out, check);
				}
				progress.tick(check);
			});
			if (csv) {
				table.print(System.out, "csv");
			}
			printSummary(summary, Duration.ofNanos(System.nanoTime() - started));
			return (summary.failures() == 0) ? 0 : 1;
		}

		private static void printProblem(PrintStream out, FileCheck check) {
			out.println(check.outcome().label() + ": " + check.file());
			StringBuilder report = new StringBuilder("   ");
			if (check.provinceReport()) {
				report.append(typeName(check).toLowerCase(VIETNAMESE)).append(" của ").append(check.province());
			}
			else {
				report.append("báo cáo ")
					.append(check.planCode())
					.append(", ")
					.append(typeName(check).toLowerCase(VIETNAMESE));
			}
			report.append(" kỳ ").append(check.periodCode());
			if (check.version() != null) {
				report.append(", phiên bản ").append(check.version());
			}
			if (check.runId() != null) {
				report.append(check.provinceReport() ? " (báo cáo tỉnh số " : " (lần chạy ")
					.append(check.runId())
					.append(')');
			}
			out.println(report);
			if (check.problem() != null) {
				out.println("   " + check.problem());
			}
		}

		private void printSummary(ArchiveSummary summary, Duration took) {
			StringJoiner counts = new StringJoiner(", ");
			for (Outcome outcome : Outcome.values()) {
				if (summary.count(outcome) > 0) {
					counts.add(summary.count(outcome) + " " + outcome.label());
				}
			}
			System.err.printf(VIETNAMESE, "Đã kiểm tra %d tệp của %d phiên bản báo cáo (%.1f MB) trong %.1f giây%s%n",
					summary.files(), summary.versions(), summary.bytesRead() / 1_000_000.0, took.toMillis() / 1000.0,
					(counts.length() > 0) ? ": " + counts : ".");
			if (summary.setAside() > 0) {
				System.err.println(summary.setAside() + " thư mục đã được chuyển riêng (.chua-ghi-nhan-…) không thuộc"
						+ " bản ghi nào; không kiểm tra.");
			}
			if (summary.count(Outcome.UNRECORDED_VERSION) > 0) {
				System.err.println(summary.count(Outcome.UNRECORDED_VERSION) + " thư mục phiên bản có manifest.json mà"
						+ " cơ sở dữ liệu không ghi nhận (không tính là lỗi): xem danh sách ở trên.");
			}
			if (summary.failures() == 0) {
				System.err.println((summary.versions() == 0) ? "Cơ sở dữ liệu chưa ghi nhận báo cáo nào được lưu trữ."
						: "Kho lưu trữ khớp với bản ghi trong cơ sở dữ liệu.");
			}
			else {
				System.err.println("KHÔNG KHỚP: " + summary.failures() + " tệp không đạt (xem danh sách"
						+ ("csv".equalsIgnoreCase(this.format) ? " trong cột Kết quả" : " ở trên")
						+ "). Khôi phục tệp từ bản sao lưu (bin/restore) hoặc lập lại phiên bản báo cáo.");
			}
		}

		private static String typeName(FileCheck check) {
			String reportType = check.reportType();
			if (reportType == null) {
				return "";
			}
			try {
				ReportType type = ReportType.valueOf(reportType);
				return check.provinceReport() ? ProvinceReportType.of(type).vietnameseName() : type.vietnameseName();
			}
			catch (IllegalArgumentException ex) {
				return reportType;
			}
		}

		/** A line on stderr every few seconds, so a long check shows it is alive. */
		private static final class Progress {

			private long last = System.nanoTime();

			private int files;

			private long bytes;

			void tick(FileCheck check) {
				this.files++;
				if (check.actualSize() != null) {
					this.bytes += check.actualSize();
				}
				long now = System.nanoTime();
				if (now - this.last >= PROGRESS_EVERY_NANOS) {
					this.last = now;
					System.err.printf(VIETNAMESE, "   đã kiểm tra %d tệp (%.1f MB)...%n", this.files,
							this.bytes / 1_000_000.0);
				}
			}

		}

	}

}

package vn.nq57.reporting.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.attainment.VietnameseNumbers;
import vn.nq57.reporting.submission.PublishedFigure;
import vn.nq57.reporting.submission.PublishedFigures;
import vn.nq57.reporting.system.OperatingSystemUser;

/**
 * {@code ./reports published set|list}: figures a province or ministry publishes (DTI,
 * PII, rankings), entered by the consolidating office with their source and date.
 */
@Component
@Command(name = "published", mixinStandardHelpOptions = true,
		description = "Số liệu do cơ quan có thẩm quyền công bố (DTI, PII, xếp hạng): cơ quan tổng hợp nhập kèm nguồn và ngày công bố.",
		subcommands = { PublishedCommand.Set.class, PublishedCommand.ListFigures.class })
public class PublishedCommand extends CommandGroup {

	@Component
	@Command(name = "set", mixinStandardHelpOptions = true,
			description = "Nhập một số liệu công bố; báo cáo dùng số liệu công bố gần nhất tính đến ngày chốt số liệu.")
	static class Set implements Callable<Integer> {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", required = true,
				description = "Mã kế hoạch, ví dụ YEN-HOA")
		String plan;

		@Option(names = "--indicator", paramLabel = "MÃ-CHỈ-TIÊU", required = true,
				description = "Mã chỉ tiêu, ví dụ YH-09")
		String indicator;

		@Option(names = "--period", paramLabel = "KỲ", required = true,
				description = "Kỳ mà số liệu đánh giá, ví dụ 2025 (chỉ số PII năm 2025)")
		String period;

		@Option(names = "--value", paramLabel = "GIÁ-TRỊ", required = true,
				description = "Số liệu công bố: thứ hạng 4, chỉ số 0,72…")
		String value;

		@Option(names = "--source", paramLabel = "NGUỒN", required = true,
				description = "Nguồn: cơ quan và văn bản công bố, ví dụ \"Quyết định số 123/QĐ-BKHCN\"")
		String source;

		@Option(names = "--date", paramLabel = "NGÀY", required = true, description = "Ngày công bố, YYYY-MM-DD")
		String date;

		private final PublishedFigures figures;

		Set(PublishedFigures figures) {
			this.figures = figures;
		}

		@Override
		public Integer call() {
			try {
				BigDecimal number = VietnameseNumbers.parse(this.value);
				LocalDate on = LocalDate.parse(this.date.strip());
				long id = this.figures.set(this.plan, this.indicator, this.period, number, this.source, on,
						"os-user:" + OperatingSystemUser.current());
				System.out.printf(
						"Đã nhập số liệu công bố %s của chỉ tiêu %s (kỳ %s): %s, nguồn: %s, công bố ngày %s%n", id,
						this.indicator, this.period, VietnameseNumbers.format(number), this.source.strip(),
						VietnameseDates.format(on));
				return 0;
			}
			catch (DateTimeParseException ex) {
				System.err.println("--date là ngày công bố dạng YYYY-MM-DD, nhận được: «" + this.date + "»");
				return 2;
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
		}

	}

	@Component
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Các số liệu công bố đã nhập của một kế hoạch.")
	static class ListFigures implements Callable<Integer>, AnsweredByService {

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", required = true, description = "Mã kế hoạch")
		String plan;

		private final PublishedFigures figures;

		ListFigures(PublishedFigures figures) {
			this.figures = figures;
		}

		@Override
		public Integer call() {
			List<PublishedFigure> rows;
			try {
				rows = this.figures.list(this.plan);
			}
			catch (IllegalArgumentException ex) {
				System.err.println(ex.getMessage());
				return 2;
			}
			if (rows.isEmpty()) {
				System.out.println("Chưa nhập số liệu công bố nào cho kế hoạch " + this.plan);
				return 0;
			}
			for (PublishedFigure f : rows) {
				System.out.printf("%-8s kỳ %-8s %10s  công bố %s  nguồn: %s  (nhập bởi %s)%n", f.indicatorCode(),
						f.measuredPeriod(), VietnameseNumbers.format(f.value()),
						VietnameseDates.format(f.publishedOn()), f.source(), f.enteredBy());
			}
			return 0;
		}

	}

}

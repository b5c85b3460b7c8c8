package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.nq57.reporting.attainment.VietnameseDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line as a Vietnamese operator meets it, before any database: help in
 * Vietnamese, wrong arguments exit 2 with a Vietnamese message on stderr and nothing on
 * stdout, CSV that Excel opens as UTF-8, dates as dd/MM/yyyy HH:mm.
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatorCommandLineTests {

	@Test
	void helpHasVietnameseHeadingsAndNeedsNoApplication(CapturedOutput output) {
		int exit = ReportsCommandLine.answerWithoutApplication(new String[] { "--help" });

		assertThat(exit).isZero();
		assertThat(output.getOut()).startsWith("Cách dùng: reports")
			.contains("Tùy chọn:", "Lệnh:", "In hướng dẫn này rồi thoát.", "--verbose")
			.doesNotContain("Usage:", "Commands:", "Show this help message");
	}

	@Test
	void aMissingOptionExitsTwoWithAVietnameseMessageOnStderr(CapturedOutput output) {
		int exit = ReportsCommandLine.answerWithoutApplication(new String[] { "run", "monthly", "--plan", "YEN-HOA" });

		assertThat(exit).isEqualTo(ReportsCommandLine.BAD_INPUT);
		assertThat(output.getErr()).contains("Lỗi: thiếu tùy chọn --period", "Xem cách dùng: ./reports run --help");
		assertThat(output.getOut()).isEmpty();
	}

	@Test
	void anUnknownCommandExitsTwoAndSuggestsTheNearOnes(CapturedOutput output) {
		int exit = ReportsCommandLine.answerWithoutApplication(new String[] { "runz" });

		assertThat(exit).isEqualTo(2);
		assertThat(output.getErr()).contains("Lỗi: không hiểu runz", "run, runs");
	}

	@Test
	void aCommandGroupAloneShowsItsUsageAndAValidCommandIsLeftToTheApplication(CapturedOutput output) {
		assertThat(ReportsCommandLine.answerWithoutApplication(new String[] { "plan" })).isZero();
		assertThat(output.getOut()).contains("Cách dùng: reports plan", "import");

		assertThat(ReportsCommandLine.answerWithoutApplication(new String[] { "runs", "--id", "999" })).isEqualTo(-1);
	}

	@Test
	void badInputFoundWhileRunningExitsTwoAndAFailureOneWithTheStackTraceOnlyWhenVerbose(CapturedOutput output)
			throws Exception {
		picocli.CommandLine quiet = ReportsCommandLine.create(picocli.CommandLine.defaultFactory(), false);
		assertThat(quiet.getExecutionExceptionHandler()
			.handleExecutionException(new IllegalArgumentException("Loại báo cáo không hợp lệ: \"weekly\""), quiet,
					null))
			.isEqualTo(2);
		assertThat(quiet.getExecutionExceptionHandler()
			.handleExecutionException(new IllegalStateException("hỏng"), quiet, null)).isEqualTo(1);
		assertThat(output.getErr()).contains("Lỗi: Loại báo cáo không hợp lệ", "--verbose")
			.doesNotContain("\tat vn.nq57");

		picocli.CommandLine verbose = ReportsCommandLine.create(picocli.CommandLine.defaultFactory(), true);
		verbose.getExecutionExceptionHandler()
			.handleExecutionException(new IllegalStateException("hỏng"), verbose, null);
		assertThat(output.getErr()).contains("java.lang.IllegalStateException: hỏng", "\tat ");
	}

	@Test
	void importingEveryYamlOfPlansSkipsTheSharedCodesWithAReasonInsteadOfFailing(CapturedOutput output) {
		PlanCommand.Import command = new PlanCommand.Import(null);
		command.files = java.util.List.of(java.nio.file.Path.of("plans/shared-indicators.yaml"));

		assertThat(command.call()).isZero();
		assertThat(output.getErr()).contains("plans/shared-indicators.yaml: bỏ qua",
				"danh mục mã chỉ tiêu dùng chung, không phải kế hoạch");
	}

	@Test
	void csvStartsWithAByteOrderMarkOnceAndATableHasNone() {
		Table table = new Table("Mã", "Tên").row("YEN-HOA", "Phường Yên Hòa");

		assertThat(print(table, "csv", true)).isEqualTo("\uFEFFMã,Tên\nYEN-HOA,Phường Yên Hòa\n");
		assertThat(print(table, "csv", false)).startsWith("Mã,Tên");
		assertThat(print(table, "table", true)).startsWith("Mã ");
	}

	@Test
	void momentsPrintAsDayMonthYearHoursMinutes() {
		assertThat(VietnameseDates.format(LocalDateTime.of(2026, 5, 3, 8, 5, 59))).isEqualTo("03/05/2026 08:05");
	}

	private static String print(Table table, String format, boolean first) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		table.print(out, format, first);
		return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
	}

}

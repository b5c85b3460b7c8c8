package vn.nq57.reporting.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.province.ProvinceReportMapper;
import vn.nq57.reporting.province.ProvinceReportRunner;
import vn.nq57.reporting.province.ProvinceReportType;
import vn.nq57.reporting.province.ProvinceRun;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports archive verify} as an operator and a script see it: exit codes, what
 * goes to stdout and what to stderr.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class ArchiveVerifyCommandTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ReportArchive reportArchive;

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@Autowired
	ProvinceReportRunner provinceReports;

	@Autowired
	ProvinceReportMapper provinceMapper;

	@Test
	void csvListsEveryFileOnStdoutAndTheSummaryOnStderr(CapturedOutput output) throws Exception {
		reportOfOwnPlan("YEN-HOA-LT1");

		Printed printed = execute(output, "archive", "verify", "--plan", "YEN-HOA-LT1", "--format", "csv");

		assertThat(printed.exit()).isZero();
		assertThat(printed.out().lines()).first().asString().startsWith("\uFEFFKết quả,Kế hoạch,");
		assertThat(printed.out().lines().skip(1)).hasSize(4).allMatch(line -> line.startsWith("khớp,YEN-HOA-LT1,"));
		assertThat(printed.err()).contains("Kho lưu trữ khớp với bản ghi trong cơ sở dữ liệu.");
	}

	@Test
	void aChangedFileExitsOneAndIsNamedOnStdout(CapturedOutput output) throws Exception {
		long runId = reportOfOwnPlan("YEN-HOA-LT2");
		Path json = this.reportArchive.files(runId)
			.stream()
			.filter(f -> f.kind().equals("JSON"))
			.map(ArchivedFile::path)
			.map(Path::of)
			.findFirst()
			.orElseThrow();
		Files.writeString(json, "{}");

		Printed printed = execute(output, "archive", "verify", "--plan", "YEN-HOA-LT2");

		assertThat(printed.exit()).isEqualTo(1);
		assertThat(printed.out()).contains("nội dung khác bản ghi: " + json);
		assertThat(printed.err()).contains("KHÔNG KHỚP: 1 tệp không đạt");
	}

	@Test
	void aChangedProvinceReportFileIsNamedWithItsProvinceAndVersion(CapturedOutput output) throws Exception {
		reportOfOwnPlan("YEN-HOA-LT3");
		ProvinceRun run = this.provinceReports.run("Hà Tĩnh", ProvinceReportType.MONTHLY, "2026-08");
		Path pdf = this.provinceMapper.findFiles(run.id())
			.stream()
			.filter(f -> f.kind().equals("PDF"))
			.map(f -> Path.of(f.path()))
			.findFirst()
			.orElseThrow();
		byte[] bytes = Files.readAllBytes(pdf);
		bytes[bytes.length / 2] ^= 1;
		Files.write(pdf, bytes);

		// the command is a singleton bean: picocli keeps the --plan of an earlier test as
		// its "initial value"
		this.context.getBean(ArchiveCommand.Verify.class).plan = null;
		Printed printed = execute(output, "archive", "verify");
		Printed planOnly = execute(output, "archive", "verify", "--plan", "YEN-HOA-LT3");

		assertThat(printed.exit()).isEqualTo(1);
		assertThat(printed.out())
			.contains("nội dung khác bản ghi: " + pdf + "\n   báo cáo tổng hợp tháng của Hà Tĩnh kỳ"
					+ " 2026-08, phiên bản " + run.version() + " (báo cáo tỉnh số " + run.id() + ")");
		// a plan's check leaves the province reports out
		assertThat(planOnly.exit()).isZero();
	}

	@Test
	void anUnknownPlanIsBadInput(CapturedOutput output) {
		Printed printed = execute(output, "archive", "verify", "--plan", "KHONG-CO");

		assertThat(printed.exit()).isEqualTo(2);
		assertThat(printed.err()).contains("Không có kế hoạch mã KHONG-CO");
		assertThat(printed.out()).isEmpty();
	}

	/**
	 * What one command printed (not the tests' own logs from before it) and its exit
	 * code.
	 */
	private record Printed(int exit, String out, String err) {
	}

	private Printed execute(CapturedOutput output, String... args) {
		int outBefore = output.getOut().length();
		int errBefore = output.getErr().length();
		int exit = new CommandLine(ReportsCommand.class, new SpringCommandFactory(this.context)).execute(args);
		return new Printed(exit, output.getOut().substring(outBefore), output.getErr().substring(errBefore));
	}

	private long reportOfOwnPlan(String code) throws Exception {
		String text = TestPlans.text("yen-hoa.yaml").replace("code: \"YEN-HOA\"", "code: \"" + code + "\"");
		this.importer.importText("plans/" + code.toLowerCase() + ".yaml", text);
		this.samples.generate(code, Period.parse(ReportType.MONTHLY, "2026-08"), 7L);
		return this.launcher.run(code, ReportType.MONTHLY, "2026-08", false).run().id();
	}

}

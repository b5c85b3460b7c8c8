package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.nq57.reporting.system.ConfigFiles;
import vn.nq57.reporting.system.ConfigFolderProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports config check}: every file a run would read, where it comes from, and
 * each problem with its file and field; exit 1 when any.
 */
class ConfigCheckTests {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void theBundledFilesPassAndEachSaysWhereItIsReadFrom() throws IOException {
		write("schedules/holidays/2028.yaml", """
				year: 2028
				status: provisional
				days_off:
				  - { date: 2028-01-01, name: "Tết Dương lịch" }
				""");

		int exit = check();

		assertThat(exit).isZero();
		assertThat(text()).contains("Thư mục cấu hình: " + this.folder)
			.contains("đạt  schedules/holidays/2028.yaml (" + this.folder.resolve("schedules/holidays/2028.yaml")
					+ "): 1 ngày nghỉ, tạm tính")
			.contains("đạt  schedules/holidays/2026.yaml (trong tệp jar)")
			.contains("đạt  plans/yen-hoa.yaml (trong tệp jar): kế hoạch YEN-HOA")
			.contains("Cấu hình hợp lệ.");
	}

	@Test
	void brokenFilesAreNamedWithTheirFieldAndTheCheckExitsOne() throws IOException {
		write("schedules/holidays/2029.yaml", "year: 2030\nstatus: announced\n");
		write("schedules/report-schedules.yaml",
				ConfigFiles.bundled()
					.find("schedules/report-schedules.yaml")
					.orElseThrow()
					.text()
					.replace("generate_at: \"08:00\"", "generate_at: \"8 giờ\""));
		write("plans/xa-moi.yaml", "code: \"XA-MOI\"\n");

		int exit = check();

		assertThat(exit).isEqualTo(1);
		assertThat(text())
			.contains("LỖI  Tệp schedules/report-schedules.yaml, trường schedules[1] (monthly).generate_at")
			.contains("LỖI  Tệp schedules/holidays/2029.yaml")
			.contains("plans/xa-moi.yaml")
			.doesNotContain("Cấu hình hợp lệ.");
	}

	private int check() {
		ConfigCommand.Check check = new ConfigCommand.Check(new ConfigFiles(new ConfigFolderProperties(this.folder)));
		check.out = new PrintStream(this.printed, true, StandardCharsets.UTF_8);
		return check.call();
	}

	private String text() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

	private void write(String name, String text) throws IOException {
		Path file = this.folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}

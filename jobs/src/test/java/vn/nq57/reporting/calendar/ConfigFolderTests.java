package vn.nq57.reporting.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.system.ConfigFile;
import vn.nq57.reporting.system.ConfigFiles;
import vn.nq57.reporting.system.ConfigFolderProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Recipients, holiday files and plans edited on the server without a rebuild: read from
 * the configuration folder when a file is there, else from the jar's copy; a change is
 * seen at the next run, and a broken edit is never half-applied.
 */
class ConfigFolderTests {

	@TempDir
	Path folder;

	private final ConfigFiles files() {
		return new ConfigFiles(new ConfigFolderProperties(this.folder));
	}

	@Test
	void aFileInTheFolderIsReadInsteadOfTheJarsCopyAndAMissingOneFallsBackToIt() throws IOException {
		write("schedules/report-schedules.yaml", bundledSchedules().replace("so-khcn@example.gov.vn", "moi@xa.gov.vn"));

		ConfigFile schedules = files().find("schedules/report-schedules.yaml").orElseThrow();
		ConfigFile holidays = files().find("schedules/holidays/2026.yaml").orElseThrow();

		assertThat(schedules.source()).isEqualTo(this.folder.resolve("schedules/report-schedules.yaml").toString());
		assertThat(schedules.text()).contains("moi@xa.gov.vn");
		assertThat(holidays.source()).isEqualTo(ConfigFiles.IN_JAR);
		assertThat(files().find("schedules/holidays/1999.yaml")).isEmpty();
	}

	@Test
	void recipientsChangedOnDiskAreUsedAtTheNextReadWithoutARestart() throws IOException {
		write("schedules/report-schedules.yaml", bundledSchedules());
		ReportSchedules schedules = new ReportSchedules(files());
		assertThat(schedules.recipients(ReportType.MONTHLY)).contains("so-khcn@example.gov.vn");

		write("schedules/report-schedules.yaml",
				bundledSchedules().replace("so-khcn@example.gov.vn", "van-thu@so-khcn.gov.vn"));

		assertThat(schedules.recipients(ReportType.MONTHLY)).containsExactly("van-thu@so-khcn.gov.vn");
	}

	@Test
	void aBrokenEditIsNotUsedAtAllAndTheSchedulesReadBeforeStay() throws IOException {
		write("schedules/report-schedules.yaml", bundledSchedules());
		ReportSchedules schedules = new ReportSchedules(files());

		// the new recipient is typed with a mistake further down: nothing of this edit
		// may apply
		write("schedules/report-schedules.yaml",
				bundledSchedules().replace("so-khcn@example.gov.vn", "van-thu@so-khcn.gov.vn")
					.replace("generate_at: \"08:00\"", "generate_at: \"8 giờ\""));

		assertThat(schedules.recipients(ReportType.MONTHLY)).containsExactly("so-khcn@example.gov.vn");
	}

	@Test
	void aBrokenFileAtStartIsRefusedNamingTheFieldAndFile() throws IOException {
		write("schedules/report-schedules.yaml", bundledSchedules().replace("before_day: 20", "before_day: 40"));

		assertThatExceptionOfType(ScheduleDataException.class).isThrownBy(() -> new ReportSchedules(files()))
			.withMessageContaining("schedules/report-schedules.yaml")
			.withMessageContaining("before_day");
	}

	@Test
	void aHolidayFileAddedForANewYearIsSeenByTheRunningCalendar() throws IOException {
		WorkingDayCalendar calendar = WorkingDayCalendar.from(files());
		assertThatExceptionOfType(ScheduleDataException.class).isThrownBy(() -> calendar.year(2030))
			.withMessageContaining("schedules/holidays/2030.yaml");

		write("schedules/holidays/2030.yaml", """
				year: 2030
				status: announced
				days_off:
				  - { date: 2030-01-01, name: "Tết Dương lịch" }
				""");

		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
		assertThat(calendar.dayOffName(LocalDate.of(2030, 1, 1))).contains("Tết Dương lịch");
		assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 2))).isTrue();
		// the jar's years still read where the folder has no file
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
	}

	@Test
	void plansAreTheFoldersFilesAndTheJarsOfOtherNames() throws IOException {
		write("plans/yen-hoa.yaml", "# sửa trên máy chủ\n");
		write("plans/xa-moi.yaml", "# kế hoạch mới\n");
		write("plans/ghi-chu.txt", "không phải kế hoạch");

		List<ConfigFile> plans = files().list("plans");

		assertThat(plans).extracting(ConfigFile::name)
			.contains("plans/yen-hoa.yaml", "plans/xa-moi.yaml")
			.doesNotContain("plans/ghi-chu.txt")
			.isSorted();
		assertThat(plans).filteredOn(f -> f.name().equals("plans/yen-hoa.yaml"))
			.singleElement()
			.extracting(ConfigFile::text)
			.isEqualTo("# sửa trên máy chủ\n");
		assertThat(plans).filteredOn(f -> f.source().equals(ConfigFiles.IN_JAR)).isNotEmpty();
	}

	private static String bundledSchedules() {
		return ConfigFiles.bundled().find("schedules/report-schedules.yaml").orElseThrow().text();
	}

	private void write(String name, String text) throws IOException {
		Path file = this.folder.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}

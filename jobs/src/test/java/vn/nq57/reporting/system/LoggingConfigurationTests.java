package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.nq57.reporting.attainment.ReportingZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The product's logging (logback-spring.xml with application.properties), each case in a
 * JVM of its own so that the tests' own logging stays as it is: dated lines on stderr and
 * in a daily file under reports.home, stdout left to programs, JSON lines by one setting.
 */
class LoggingConfigurationTests {

	private static final Pattern DATED_LINE = Pattern
		.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+07:00 .*");

	@TempDir
	Path home;

	@Test
	void everyLineIsDatedInVietnamTimeOnStderrAndInTheFileUnderReportsHome() throws Exception {
		Probe probe = run(3);

		String firstLine = probe.err().stream().filter(l -> l.contains("Dòng nhật ký số 0")).findFirst().orElseThrow();
		assertThat(firstLine).matches(DATED_LINE).startsWith(today()).contains("INFO");
		assertThat(probe.err()).filteredOn(l -> l.contains("Cảnh báo thử"))
			.singleElement()
			.satisfies(l -> assertThat(l).matches(DATED_LINE).contains("WARN"));
		assertThat(probe.out()).containsExactly("kết quả cho chương trình");

		Path file = this.home.resolve("logs").resolve("reports-" + today() + ".log");
		List<String> written = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(written).filteredOn(l -> l.contains("Dòng nhật ký số"))
			.hasSize(3)
			.allMatch(l -> DATED_LINE.matcher(l).matches());
		assertThat(written).anyMatch(l -> l.contains("Cảnh báo thử") && DATED_LINE.matcher(l).matches());
		assertThat(written).anyMatch(l -> l.contains("IllegalStateException: lỗi thử"));
	}

	@Test
	void aNewFileEachDayAndFilesPastTheRetentionAreDeleted() throws Exception {
		Path logs = Files.createDirectories(this.home.resolve("logs"));
		LocalDate today = LocalDate.now(ReportingZone.ZONE);
		Path old = Files.writeString(logs.resolve("reports-" + today.minusDays(40) + ".log"), "cũ\n");
		Path recent = Files.writeString(logs.resolve("reports-" + today.minusDays(2) + ".log"), "gần đây\n");

		run(1, "--logging.logback.rollingpolicy.max-history=30");

		assertThat(old).doesNotExist();
		assertThat(recent).hasContent("gần đây");
		assertThat(logs.resolve("reports-" + today + ".log")).content().contains("Dòng nhật ký số 0");
	}

	@Test
	void oneSettingTurnsStderrIntoJsonLines() throws Exception {
		Probe probe = run(3, "--logging.structured.format.console=ecs");

		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> lines = new ArrayList<>();
		for (String line : probe.err()) {
			if (!line.isBlank()) {
				lines.add(json.readTree(line));
			}
		}
		assertThat(lines).extracting(l -> l.get("message").asString()).contains("Cảnh báo thử");
		assertThat(lines).filteredOn(l -> l.get("message").asString().startsWith("Dòng nhật ký số"))
			.hasSize(3)
			.allSatisfy(l -> assertThat(l.get("@timestamp").asString()).isNotBlank());
		assertThat(probe.out()).containsExactly("kết quả cho chương trình");
	}

	@Test
	void theFileTooCanBeJsonLines() throws Exception {
		run(2, "--logging.structured.format.file=ecs");

		Path file = this.home.resolve("logs").resolve("reports-" + today() + ".json");
		JsonMapper json = JsonMapper.builder().build();
		List<String> messages = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			messages.add(json.readTree(line).get("message").asString());
		}
		assertThat(messages).contains("Dòng nhật ký số 1: " + "báo cáo ".repeat(10), "Cảnh báo thử");
	}

	private record Probe(List<String> out, List<String> err) {
	}

	private Probe run(int lines, String... settings) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
				"-Dstderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), LoggingProbe.class.getName(),
				String.valueOf(lines), "--logging.config=classpath:logback-spring.xml", "--reports.home=" + this.home,
				"--reports.embedded-db.enabled=false"));
		command.addAll(List.of(settings));
		Path out = this.home.resolve("probe.out");
		Path err = this.home.resolve("probe.err");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the probe did not finish in 60 s; stderr: " + Files.readString(err));
		}
		List<String> errLines = Files.readAllLines(err, StandardCharsets.UTF_8);
		assertThat(process.exitValue())
			.as("probe exit code; stderr: %s", errLines.subList(0, Math.min(5, errLines.size())))
			.isZero();
		return new Probe(Files.readAllLines(out, StandardCharsets.UTF_8), errLines);
	}

	private static String today() {
		return LocalDate.now(ReportingZone.ZONE).toString();
	}

}

package vn.nq57.reporting.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The archive keeps every version: its files, their SHA-256 and the submissions used,
 * never overwritten.
 */
@DatabaseTest
class ReportArchiveTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@Autowired
	ReportArchive archive;

	@BeforeEach
	void givenKienAnsPlanAndSubmissions() {
		this.importer.importText("plans/kien-an.yaml", TestPlans.text("kien-an.yaml"));
	}

	@Test
	void reRunMakesANewVersionAndLeavesTheEarlierOneAsItWas() throws Exception {
		this.samples.generate("KIEN-AN", Period.parse(ReportType.QUARTERLY, "2026-Q3"), 7L);
		long first = this.launcher.run("KIEN-AN", ReportType.QUARTERLY, "2026-Q3", false).run().id();
		Map<String, byte[]> firstBytes = bytesOf(first);

		long second = this.launcher.run("KIEN-AN", ReportType.QUARTERLY, "2026-Q3", false).run().id();

		RunHeader v1 = this.content.findRunHeader(first);
		RunHeader v2 = this.content.findRunHeader(second);
		assertThat(v2.version()).isEqualTo(v1.version() + 1);
		assertThat(this.archive.folderOf(version(v2))).isNotEqualTo(this.archive.folderOf(version(v1)));
		assertThat(this.archive.folderOf(version(v1)))
			.endsWith(Path.of("KIEN-AN", "2026-Q3", "quarterly", "v" + v1.version()));
		for (ArchivedFile file : this.archive.files(first)) {
			assertThat(Files.readAllBytes(Path.of(file.path()))).as(file.kind() + " of version 1 unchanged")
				.isEqualTo(firstBytes.get(file.kind()));
			assertThat(Sha256.of(Path.of(file.path()))).isEqualTo(file.sha256());
		}
		assertThat(this.archive.files(second)).extracting(ArchivedFile::path)
			.allMatch(path -> Path.of(path).startsWith(this.archive.folderOf(version(v2))));
	}

	@Test
	void manifestListsEachFileWithItsChecksumAndTheSubmissionsUsed() throws Exception {
		this.samples.generate("KIEN-AN", Period.parse(ReportType.MONTHLY, "2026-09"), 7L);
		long runId = this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2026-09", false).run().id();

		RunHeader run = this.content.findRunHeader(runId);
		Path manifestFile = this.archive.folderOf(version(run)).resolve(ReportArchive.MANIFEST);
		JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(manifestFile));
		assertThat(manifest.get("plan").asString()).isEqualTo("KIEN-AN");
		assertThat(manifest.get("period").asString()).isEqualTo("2026-09");
		assertThat(manifest.get("version").asInt()).isEqualTo(run.version());
		Map<String, String> listed = manifest.get("files")
			.valueStream()
			.collect(Collectors.toMap(f -> f.get("kind").asString(), f -> f.get("sha256").asString()));
		assertThat(listed).containsOnlyKeys("PDF", "JSON", "XLSX");
		for (ArchivedFile file : this.archive.files(runId)) {
			if (!file.kind().equals("MANIFEST")) {
				assertThat(listed.get(file.kind())).isEqualTo(Sha256.of(Path.of(file.path())));
				assertThat(this.archive.folderOf(version(run)).resolve(Path.of(file.path()).getFileName())).exists();
			}
		}
		List<Long> used = manifest.get("submissionsUsed").valueStream().map(JsonNode::asLong).toList();
		assertThat(used).isNotEmpty().isEqualTo(this.content.findSubmissionsUsed(runId));
		assertThat(this.archive.files(runId)).extracting(ArchivedFile::kind).contains("MANIFEST");
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aSealedVersionFolderIsNeverWrittenAgain() throws Exception {
		this.samples.generate("KIEN-AN", Period.parse(ReportType.MONTHLY, "2026-10"), 7L);
		long runId = this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2026-10", false).run().id();
		RunHeader run = this.content.findRunHeader(runId);

		assertThatIllegalStateException().isThrownBy(() -> this.archive.openVersion(version(run)))
			.withMessageContaining("không ghi đè phiên bản đã lưu trữ")
			.withMessageContaining(this.archive.folderOf(version(run)).toString());
	}

	@Test
	void aSealedFolderTheDatabaseDoesNotRecordIsMovedAsideNotOverwritten() throws Exception {
		this.samples.generate("KIEN-AN", Period.parse(ReportType.MONTHLY, "2026-04"), 7L);
		long runId = this.launcher.run("KIEN-AN", ReportType.MONTHLY, "2026-04", false).run().id();
		RunHeader run = this.content.findRunHeader(runId);
		Path folder = this.archive.folderOf(version(run));
		byte[] manifest = Files.readAllBytes(folder.resolve(ReportArchive.MANIFEST));
		// as an attempt stopped after writing its manifest, before its commit, leaves it
		this.jdbc.update("DELETE FROM report_file WHERE report_run_id = ?", runId);

		Path opened = this.archive.openVersion(version(run));

		assertThat(opened).isEqualTo(folder);
		assertThat(folder.resolve(ReportArchive.MANIFEST)).doesNotExist();
		try (var siblings = Files.list(folder.getParent())) {
			Path aside = siblings
				.filter(p -> p.getFileName().toString().startsWith("v" + run.version() + ".chua-ghi-nhan-"))
				.findFirst()
				.orElseThrow();
			assertThat(aside.resolve(ReportArchive.MANIFEST)).hasBinaryContent(manifest);
		}
	}

	private static ArchiveVersion version(RunHeader run) {
		return new ArchiveVersion(run.runId(), run.planCode(), run.planVersion(), run.reportType(), run.periodCode(),
				run.version());
	}

	private Map<String, byte[]> bytesOf(long runId) {
		return this.archive.files(runId).stream().collect(Collectors.toMap(ArchivedFile::kind, f -> {
			try {
				return Files.readAllBytes(Path.of(f.path()));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}));
	}

}

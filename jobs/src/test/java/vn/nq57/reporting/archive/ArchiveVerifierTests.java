package vn.nq57.reporting.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;

import vn.nq57.reporting.archive.FileCheck.Outcome;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.archive.ArchivedFile;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code archive verify} finds every way the archive can part from the database's record:
 * a missing file, a changed byte, a file slipped into a sealed folder; and tells a sealed
 * folder no recorded version owns apart from a failure.
 */
@DatabaseTest
class ArchiveVerifierTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportArchive reportArchive;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@Autowired
	ReportArchive archive;

	@Autowired
	ArchiveVerifier verifier;

	@Test
	void everyFileOfAnArchivedVersionMatchesItsRecord() throws Exception {
		long runId = reportOfOwnPlan("PHU-TRUNG-LT1");
		List<FileCheck> checks = new ArrayList<>();

		ArchiveSummary summary = this.verifier.verify("PHU-TRUNG-LT1", checks::add);

		assertThat(summary.failures()).isZero();
		assertThat(summary.versions()).isEqualTo(1);
		assertThat(checks).extracting(FileCheck::kind).containsExactlyInAnyOrder("JSON", "MANIFEST", "PDF", "XLSX");
		assertThat(checks).allSatisfy(check -> {
			assertThat(check.outcome()).isEqualTo(Outcome.MATCHES);
			assertThat(check.actualSha256()).isEqualTo(check.recordedSha256());
			assertThat(check.runId()).isEqualTo(runId);
		});
		assertThat(summary.bytesRead()).isEqualTo(checks.stream().mapToLong(FileCheck::actualSize).sum());
	}

	@Test
	void oneChangedByteFailsTheFileAndNamesIt() throws Exception {
		long runId = reportOfOwnPlan("PHU-TRUNG-LT2");
		Path pdf = fileOf(runId, "PDF");
		byte[] bytes = Files.readAllBytes(pdf);
		bytes[bytes.length / 2] ^= 1;
		Files.write(pdf, bytes, StandardOpenOption.TRUNCATE_EXISTING);
		List<FileCheck> checks = new ArrayList<>();

		ArchiveSummary summary = this.verifier.verify("PHU-TRUNG-LT2", checks::add);

		assertThat(summary.failures()).isEqualTo(1);
		assertThat(summary.count(Outcome.CHANGED)).isEqualTo(1);
		FileCheck changed = checks.stream().filter(c -> c.outcome() == Outcome.CHANGED).findFirst().orElseThrow();
		assertThat(changed.file()).isEqualTo(pdf);
		assertThat(changed.kind()).isEqualTo("PDF");
		assertThat(changed.actualSize()).isEqualTo(changed.recordedSize());
		assertThat(changed.actualSha256()).isNotEqualTo(changed.recordedSha256());
		assertThat(changed.problem()).contains("SHA-256");
	}

	@Test
	void aDeletedFileIsMissing() throws Exception {
		long runId = reportOfOwnPlan("PHU-TRUNG-LT3");
		Path xlsx = fileOf(runId, "XLSX");
		Files.delete(xlsx);
		List<FileCheck> checks = new ArrayList<>();

		ArchiveSummary summary = this.verifier.verify("PHU-TRUNG-LT3", checks::add);

		assertThat(summary.failures()).isEqualTo(1);
		assertThat(checks).filteredOn(c -> c.outcome() == Outcome.MISSING)
			.singleElement()
			.satisfies(missing -> assertThat(missing.file()).isEqualTo(xlsx));
	}

	@Test
	void aFileSlippedIntoASealedFolderIsExtra() throws Exception {
		long runId = reportOfOwnPlan("PHU-TRUNG-LT4");
		Path slipped = fileOf(runId, "PDF").resolveSibling("bao-cao-sua.pdf");
		Files.writeString(slipped, "không phải báo cáo");
		List<FileCheck> checks = new ArrayList<>();

		ArchiveSummary summary = this.verifier.verify("PHU-TRUNG-LT4", checks::add);

		assertThat(summary.failures()).isEqualTo(1);
		assertThat(checks).filteredOn(c -> c.outcome() == Outcome.EXTRA)
			.singleElement()
			.satisfies(extra -> assertThat(extra.file()).isEqualTo(slipped));
	}

	@Test
	void aSealedFolderNoRecordedVersionOwnsIsReportedButIsNoFailure() throws Exception {
		long runId = reportOfOwnPlan("PHU-TRUNG-LT5");
		Path folder = fileOf(runId, "PDF").getParent();
		Path unrecorded = folder.resolveSibling("v9");
		FileSystemUtils.copyRecursively(folder, unrecorded);
		Path setAside = folder.resolveSibling("v8.chua-ghi-nhan-20261127-101500");
		FileSystemUtils.copyRecursively(folder, setAside);
		List<FileCheck> checks = new ArrayList<>();

		ArchiveSummary summary = this.verifier.verify("PHU-TRUNG-LT5", checks::add);

		assertThat(summary.failures()).isZero();
		assertThat(summary.setAside()).isEqualTo(1);
		assertThat(checks).filteredOn(c -> c.outcome() == Outcome.UNRECORDED_VERSION)
			.singleElement()
			.satisfies(check -> {
				assertThat(check.file()).isEqualTo(unrecorded);
				assertThat(check.version()).isEqualTo(9);
				assertThat(check.reportType()).isEqualTo("MONTHLY");
				assertThat(check.planCode()).isEqualTo("PHU-TRUNG-LT5");
			});
	}

	@Test
	void theVerifierLooksWhereTheArchiveWrites() throws Exception {
		long runId = reportOfOwnPlan("PHU-TRUNG-LT6");
		var run = this.content.findRunHeader(runId);

		assertThat(this.verifier.folderOf(run.planCode(), run.periodCode(), run.reportType(), run.version()))
			.isEqualTo(this.archive
				.folderOf(new ArchiveVersion(run.runId(), run.planCode(), run.planVersion(), run.reportType(),
						run.periodCode(), run.version()))
				.toAbsolutePath()
				.normalize());
	}

	/** A copy of Phú Trung's plan under its own code, with one monthly report made. */
	private long reportOfOwnPlan(String code) throws Exception {
		String text = TestPlans.text("phu-trung.yaml").replace("code: \"PHU-TRUNG\"", "code: \"" + code + "\"");
		this.importer.importText("plans/" + code.toLowerCase() + ".yaml", text);
		this.samples.generate(code, Period.parse(ReportType.MONTHLY, "2026-08"), 7L);
		return this.launcher.run(code, ReportType.MONTHLY, "2026-08", false).run().id();
	}

	private Path fileOf(long runId, String kind) {
		return this.reportArchive.files(runId)
			.stream()
			.filter(f -> f.kind().equals(kind))
			.map(ArchivedFile::path)
			.map(Path::of)
			.findFirst()
			.orElseThrow();
	}

}

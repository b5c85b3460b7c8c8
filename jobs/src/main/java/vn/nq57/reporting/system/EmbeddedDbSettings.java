package vn.nq57.reporting.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;

/**
 * Where the embedded MariaDB keeps its files and how the application reaches it.
 *
 * @param folder the server's own folder: binaries (unless {@code baseFolder} is
 * elsewhere), data, the password, the record of the running server and its log
 * @param baseFolder where the MariaDB binaries are unpacked
 * @param database the application's database, the only one its user may use
 * @param username the application's database user
 * @param serverArgs extra server options, e.g. {@code --innodb-buffer-pool-size=512M}
 * @param startTimeout how long a start, and waiting for another process's start, may take
 */
public record EmbeddedDbSettings(Path folder, Path baseFolder, String database, String username,
		List<String> serverArgs, Duration startTimeout) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,32}");

	public EmbeddedDbSettings {
		folder = folder.toAbsolutePath().normalize();
		baseFolder = baseFolder.toAbsolutePath().normalize();
		if (!NAME.matcher(database).matches() || !NAME.matcher(username).matches()) {
			throw new IllegalArgumentException("Tên cơ sở dữ liệu và tên người dùng của MariaDB nhúng chỉ gồm chữ cái "
					+ "không dấu, chữ số và '_' (tối đa 32 ký tự): '" + database + "', '" + username + "'");
		}
		serverArgs = serverArgs.stream().map(String::strip).filter(arg -> !arg.isEmpty()).toList();
	}

	/** The settings under a folder, with the product's defaults for the rest. */
	public static EmbeddedDbSettings inFolder(Path folder) {
		return new EmbeddedDbSettings(folder, folder.resolve("base"), "reports", "reports", List.of(),
				Duration.ofSeconds(60));
	}

	static EmbeddedDbSettings from(Environment env) {
		Path folder = Path.of(env.getProperty("reports.embedded-db.folder", "data/mariadb"));
		String base = env.getProperty("reports.embedded-db.base-folder", "");
		return new EmbeddedDbSettings(folder, base.isBlank() ? folder.resolve("base") : Path.of(base),
				env.getProperty("reports.embedded-db.database", "reports"),
				env.getProperty("reports.embedded-db.username", "reports"),
				Arrays.asList(env.getProperty("reports.embedded-db.server-args", String[].class, new String[0])),
				env.getProperty("reports.embedded-db.start-timeout", Duration.class, Duration.ofSeconds(60)));
	}

	public EmbeddedDbSettings withBaseFolder(Path base) {
		return new EmbeddedDbSettings(this.folder, base, this.database, this.username, this.serverArgs,
				this.startTimeout);
	}

	Path dataFolder() {
		return this.folder.resolve("data");
	}

	Path passwordFile() {
		return this.folder.resolve("password");
	}

	/** port, server pid, owner pid: read by every process on this folder */
	Path recordFile() {
		return this.folder.resolve("server.properties");
	}

	/** held exclusively while a process decides to start, reuse or stop the server */
	Path startLockFile() {
		return this.folder.resolve("server.lock");
	}

	/** held shared by every process using the server, for as long as it uses it */
	Path usersLockFile() {
		return this.folder.resolve("users.lock");
	}

	Path logFile() {
		return this.folder.resolve("mariadbd.log");
	}

}

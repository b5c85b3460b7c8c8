package vn.nq57.reporting.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * What the process that started the embedded server wrote down for the others on the same
 * folder: where it listens, which process it is, and who started it.
 *
 * @param port the TCP port on 127.0.0.1
 * @param serverPid the mariadbd process
 * @param ownerPid the process that started it, or took it over
 * @param startedAt when it was started
 */
public record ServerRecord(int port, long serverPid, long ownerPid, Instant startedAt) {

	/** The record in the file, if there is a readable one. */
	static Optional<ServerRecord> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			Properties properties = new Properties();
			properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
			return Optional.of(new ServerRecord(Integer.parseInt(properties.getProperty("port")),
					Long.parseLong(properties.getProperty("server-pid")),
					Long.parseLong(properties.getProperty("owner-pid")),
					Instant.parse(properties.getProperty("started-at"))));
		}
		catch (IOException | RuntimeException ex) {
			// unreadable: as if there were none; the running processes are looked up
			// anyway
			return Optional.empty();
		}
	}

	void write(Path file) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("port", Integer.toString(this.port));
		properties.setProperty("server-pid", Long.toString(this.serverPid));
		properties.setProperty("owner-pid", Long.toString(this.ownerPid));
		properties.setProperty("started-at", this.startedAt.toString());
		StringWriter text = new StringWriter();
		try {
			properties.store(text, "Embedded MariaDB of this folder (written by the process that started it)");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		OwnerOnlyFiles.writeAtomically(file, text.toString());
	}

	ServerRecord ownedBy(long pid) {
		return new ServerRecord(this.port, this.serverPid, pid, this.startedAt);
	}

}

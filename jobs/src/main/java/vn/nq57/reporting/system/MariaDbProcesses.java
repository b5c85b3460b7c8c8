package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The MariaDB server processes running on a data folder, whoever started them: the record
 * of the running server can be missing or stale (a process killed before writing it, a
 * version that wrote none), the process list cannot.
 */
final class MariaDbProcesses {

	private MariaDbProcesses() {
	}

	/** Every mariadbd (or mysqld) process whose {@code --datadir} is this folder. */
	static List<ProcessHandle> on(Path dataFolder) {
		Path wanted = comparable(dataFolder);
		return ProcessHandle.allProcesses()
			.filter(process -> isServer(process) && dataFolderOf(process).filter(wanted::equals).isPresent())
			.toList();
	}

	/**
	 * Stops a server: SIGTERM (a clean shutdown), then SIGKILL if it is still running
	 * after the time given.
	 */
	static void stop(ProcessHandle server, Duration patience) {
		server.destroy();
		if (awaitExit(server, patience)) {
			return;
		}
		server.destroyForcibly();
		if (!awaitExit(server, Duration.ofSeconds(10))) {
			throw new IllegalStateException("Không dừng được tiến trình MariaDB " + server.pid() + ".");
		}
	}

	private static boolean awaitExit(ProcessHandle process, Duration patience) {
		try {
			process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	private static boolean isServer(ProcessHandle process) {
		// " (deleted)": the binary was removed under the running server (e.g. mvn clean)
		String command = process.info().command().orElse("").replace(" (deleted)", "");
		return command.endsWith("/mariadbd") || command.endsWith("/mysqld");
	}

	private static Optional<Path> dataFolderOf(ProcessHandle process) {
		for (String argument : process.info().arguments().orElse(new String[0])) {
			if (argument.startsWith("--datadir=")) {
				try {
					return Optional.of(comparable(Path.of(argument.substring("--datadir=".length()))));
				}
				catch (InvalidPathException ex) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The real path where it exists (links resolved), the absolute normalised one where
	 * it does not (a folder deleted under a running server).
	 */
	private static Path comparable(Path folder) {
		try {
			return folder.toRealPath();
		}
		catch (IOException ex) {
			return folder.toAbsolutePath().normalize();
		}
	}

}

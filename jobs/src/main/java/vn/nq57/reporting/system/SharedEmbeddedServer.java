package vn.nq57.reporting.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded MariaDB per folder, shared by every process that uses the folder: the
 * first starts it and records it ({@link ServerRecord}), the others connect to it, and
 * the last to leave stops it.
 *
 * <p>
 * Two lock files make this safe between processes. {@code server.lock} is held
 * exclusively while a process decides whether to start, reuse or stop the server, so two
 * processes starting at once never both start one. {@code users.lock} is held shared by
 * every process for as long as it uses the server; a process leaving stops the server
 * only if it can then lock it exclusively, i.e. no other process is using it. The
 * operating system releases both when a process dies, even by {@code kill -9}: a server
 * whose last user was killed is left running, found at the next start and reused if it
 * lets the application in, stopped and started afresh if not (or if another version or
 * process left it) — there is never a second server on the same data folder.
 */
public final class SharedEmbeddedServer {

	private static final Logger log = LoggerFactory.getLogger(SharedEmbeddedServer.class);

	/** folders this JVM uses: file locks are per process, so one user per folder */
	private static final Set<Path> attachedFolders = ConcurrentHashMap.newKeySet();

	private final EmbeddedDbSettings settings;

	private Attachment attachment;

	private FileChannel usersChannel;

	private FileLock usersLock;

	public SharedEmbeddedServer(EmbeddedDbSettings settings) {
		this.settings = settings;
	}

	/**
	 * How this process reaches the server.
	 *
	 * @param record the running server
	 * @param started whether this process started it (rather than found it running)
	 */
	public record Attachment(EmbeddedDbSettings settings, ServerRecord record, String password, boolean started) {

		public int port() {
			return this.record.port();
		}

		public String username() {
			return this.settings.username();
		}

		public String jdbcUrl() {
			return ServerProbe.jdbcUrl(port(), this.settings.database());
		}

	}

	/** Connects this process to the folder's server, starting it if none is running. */
	public synchronized Attachment attach() {
		if (this.attachment != null) {
			return this.attachment;
		}
		if (!attachedFolders.add(this.settings.folder())) {
			throw new IllegalStateException(
					"MariaDB nhúng của " + this.settings.folder() + " đã được dùng trong tiến trình này.");
		}
		try {
			OwnerOnlyFiles.folder(this.settings.folder());
			try (FileChannel channel = OwnerOnlyFiles.openForLocking(this.settings.startLockFile());
					FileLock decision = lockWithin(channel)) {
				String password = EmbeddedDbPassword.readOrCreate(this.settings.passwordFile());
				Attachment found = reuseOrStart(password);
				this.usersChannel = OwnerOnlyFiles.openForLocking(this.settings.usersLockFile());
				this.usersLock = this.usersChannel.lock(0, Long.MAX_VALUE, true);
				this.attachment = found;
				return found;
			}
		}
		catch (IOException ex) {
			attachedFolders.remove(this.settings.folder());
			throw new UncheckedIOException("Không dùng được thư mục của MariaDB nhúng " + this.settings.folder(), ex);
		}
		catch (RuntimeException ex) {
			attachedFolders.remove(this.settings.folder());
			throw ex;
		}
	}

	/**
	 * This process stops using the server; the server stops too if no other process uses
	 * it.
	 * @return whether the server was stopped
	 */
	public synchronized boolean release() {
		if (this.attachment == null) {
			return false;
		}
		try (FileChannel channel = OwnerOnlyFiles.openForLocking(this.settings.startLockFile());
				FileLock decision = lockWithin(channel)) {
			this.usersLock.release();
			this.usersChannel.close();
			try (FileChannel users = OwnerOnlyFiles.openForLocking(this.settings.usersLockFile());
					FileLock alone = users.tryLock()) {
				if (alone == null) {
					log.debug("MariaDB nhúng ở cổng {} vẫn chạy: tiến trình khác đang dùng.", this.attachment.port());
					return false;
				}
				for (ProcessHandle server : MariaDbProcesses.on(this.settings.dataFolder())) {
					MariaDbProcesses.stop(server, this.settings.startTimeout());
				}
				Files.deleteIfExists(this.settings.recordFile());
				log.debug("Đã dừng MariaDB nhúng ở cổng {}.", this.attachment.port());
				return true;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không giải phóng được MariaDB nhúng của " + this.settings.folder(), ex);
		}
		finally {
			this.attachment = null;
			attachedFolders.remove(this.settings.folder());
		}
	}

	private Attachment reuseOrStart(String password) throws IOException {
		Optional<ServerRecord> recorded = ServerRecord.read(this.settings.recordFile());
		List<ProcessHandle> running = MariaDbProcesses.on(this.settings.dataFolder());
		for (ProcessHandle server : running) {
			Optional<String> problem = recorded.filter(record -> record.serverPid() == server.pid())
				.map(record -> ServerProbe.problem(record.port(), this.settings.username(), password,
						this.settings.dataFolder()))
				.orElse(Optional.of("không có trong " + this.settings.recordFile()));
			if (problem.isEmpty()) {
				ServerRecord record = recorded.get();
				if (ProcessHandle.of(record.ownerPid()).isEmpty()) {
					// the process that started it has ended (killed, or left it to
					// others)
					record = record.ownedBy(ProcessHandle.current().pid());
					record.write(this.settings.recordFile());
					log.info("Nhận quản lý MariaDB nhúng (tiến trình {}): tiến trình đã khởi động nó không còn chạy.",
							server.pid());
				}
				log.info("Dùng chung MariaDB nhúng đang chạy ở cổng {} (dữ liệu: {})", record.port(),
						this.settings.dataFolder());
				return new Attachment(this.settings, record, password, false);
			}
			if (othersUse()) {
				throw new IllegalStateException("MariaDB nhúng của " + this.settings.folder()
						+ " đang được tiến trình khác dùng nhưng không nhận tài khoản của ứng dụng (" + problem.get()
						+ "). Hãy dừng các lệnh ./reports đang chạy rồi thử lại.");
			}
			log.warn("Dừng máy chủ MariaDB {} bị bỏ lại trên thư mục dữ liệu {}: {}.", server.pid(),
					this.settings.dataFolder(), problem.get());
			MariaDbProcesses.stop(server, this.settings.startTimeout());
		}
		ServerRecord started = new MariaDbServerLauncher(this.settings)
			.start(recorded.map(ServerRecord::port).orElse(0), password);
		started.write(this.settings.recordFile());
		log.info("MariaDB nhúng đang chạy ở cổng {} (dữ liệu: {})", started.port(), this.settings.dataFolder());
		return new Attachment(this.settings, started, password, true);
	}

	/**
	 * Whether another process holds the server (called while deciding, under the lock).
	 */
	private boolean othersUse() throws IOException {
		try (FileChannel users = OwnerOnlyFiles.openForLocking(this.settings.usersLockFile());
				FileLock alone = users.tryLock()) {
			return alone == null;
		}
	}

	/**
	 * The decision lock, waited for as long as a start may take (another process may be
	 * starting the server).
	 */
	private FileLock lockWithin(FileChannel channel) throws IOException {
		long deadline = System.nanoTime() + this.settings.startTimeout().multipliedBy(2).toNanos();
		while (true) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Chờ quá lâu tiến trình khác đang khởi động hoặc dừng MariaDB nhúng của "
								+ this.settings.folder() + " (khóa " + this.settings.startLockFile() + ").");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Bị ngắt khi đang chờ khóa MariaDB nhúng", ex);
			}
		}
	}

}

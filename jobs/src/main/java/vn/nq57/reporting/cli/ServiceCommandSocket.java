package vn.nq57.reporting.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jdk.net.ExtendedSocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.system.ConfigFolderProperties;
import vn.nq57.reporting.system.OperatingSystemUser;
import vn.nq57.reporting.system.OwnerOnlyFiles;

/**
 * The service's side of {@link ServiceCommandClient}: while {@code ./reports serve} or
 * {@code ./reports scheduler} runs, it answers the commands marked
 * {@link AnsweredByService} for other {@code ./reports} processes on the same folder, in
 * this warm application and on its database. The socket lives in a 0700 folder and is
 * 0600 itself, so only the folder's owner can connect; the account that connects is read
 * off the socket (SO_PEERCRED) and is whom the audit log names. A command with other
 * settings (configuration folder, database) or one that is not marked is refused, and the
 * caller runs it itself.
 */
@Component
@ConditionalOnProperty(name = "reports.cli.service", havingValue = "true")
class ServiceCommandSocket implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ServiceCommandSocket.class);

	/**
	 * Commands answered at once; further callers wait, and run their own after a while.
	 */
	private static final int PARALLEL_COMMANDS = 4;

	private final ApplicationContext context;

	private final Path home;

	private final String configFolder;

	private final String datasourceUrl;

	private final AtomicInteger answered = new AtomicInteger();

	private final AtomicInteger withdrawn = new AtomicInteger();

	private volatile ServerSocketChannel server;

	private volatile Path socket;

	private ExecutorService commands;

	ServiceCommandSocket(ApplicationContext context, @Value("${reports.home}") Path home,
			ConfigFolderProperties configFolder, ConfigurableEnvironment environment) {
		this.context = context;
		this.home = home;
		this.configFolder = (configFolder.configFolder() != null)
				? ServiceCommandClient.absolute(configFolder.configFolder().toString()) : "";
		// the embedded database's URL is set by the application itself: callers name none
		this.datasourceUrl = environment.getPropertySources().contains("embeddedMariaDb") ? ""
				: Objects.requireNonNullElse(environment.getProperty("spring.datasource.url"), "");
	}

	@Override
	public void start() {
		Path socket = ServiceCommands.socket(this.home);
		if (socket == null) {
			log.warn("Đường dẫn {} quá dài cho ổ cắm lệnh: các lệnh ./reports sẽ tự khởi động ứng dụng.",
					this.home.toAbsolutePath());
			return;
		}
		try {
			OwnerOnlyFiles.folder(socket.getParent());
			if (Files.exists(socket)) {
				if (answers(socket)) {
					log.info("Một dịch vụ khác đã trả lời lệnh trên {}; tiến trình này không mở ổ cắm lệnh.", socket);
					return;
				}
				// left by a service that was killed
				Files.delete(socket);
			}
			ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
			channel.bind(UnixDomainSocketAddress.of(socket));
			OwnerOnlyFiles.narrow(socket);
			this.server = channel;
			this.socket = socket;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không mở được ổ cắm lệnh " + socket + ": " + ex.getMessage(), ex);
		}
		RoutedConsole.install();
		AtomicInteger threads = new AtomicInteger();
		this.commands = Executors.newFixedThreadPool(PARALLEL_COMMANDS, (work) -> {
			Thread thread = new Thread(work, "cli-command-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		Thread acceptor = new Thread(this::accept, "cli-socket");
		acceptor.setDaemon(true);
		acceptor.start();
		log.info("Trả lời lệnh ./reports của thư mục này qua {}", socket);
	}

	private static boolean answers(Path socket) {
		try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			probe.connect(UnixDomainSocketAddress.of(socket));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private void accept() {
		ServerSocketChannel channel = this.server;
		while (channel != null && channel.isOpen()) {
			try {
				SocketChannel caller = channel.accept();
				this.commands.execute(() -> answer(caller));
			}
			catch (IOException ex) {
				if (channel.isOpen()) {
					log.warn("Ổ cắm lệnh: {}", ex.getMessage());
				}
			}
		}
	}

	private void answer(SocketChannel caller) {
		try (caller) {
			String account = caller.getOption(ExtendedSocketOptions.SO_PEERCRED).user().getName();
			DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(caller)));
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(caller)));
			CommandFrames.Request request = CommandFrames.Request.readFrom(in);
			String refusal = refusal(request);
			if (refusal != null) {
				CommandFrames.writeText(out, CommandFrames.REFUSED, refusal);
				return;
			}
			CommandFrames.writeText(out, CommandFrames.ACCEPTED, "");
			if (!confirmed(in)) {
				// the caller stopped waiting (this service was stopped a while) and runs
				// it itself
				this.withdrawn.incrementAndGet();
				log.info("Người gọi đã thôi chờ; không chạy lệnh ./reports {}", String.join(" ", request.arguments()));
				return;
			}
			String[] args = request.arguments().toArray(String[]::new);
			int exitCode = RoutedConsole.runFor(new Lenient(CommandFrames.stream(out, CommandFrames.OUT)),
					new Lenient(CommandFrames.stream(out, CommandFrames.ERR)),
					() -> OperatingSystemUser.actingFor(account, () -> execute(args)));
			this.answered.incrementAndGet();
			log.info("Đã trả lời lệnh ./reports {} cho {} (mã thoát {})", String.join(" ", args), account, exitCode);
			try {
				CommandFrames.writeExit(out, exitCode);
			}
			catch (IOException ex) {
				// the caller went away (Ctrl+C): the command ran to its end all the same
				log.info("Người gọi lệnh ./reports {} đã ngắt trước khi lệnh xong; lệnh vẫn chạy hết.",
						String.join(" ", args));
			}
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Không trả lời được một lệnh qua ổ cắm lệnh: {}", ex.toString());
		}
	}

	private static boolean confirmed(DataInputStream in) throws IOException {
		try {
			return in.readByte() == CommandFrames.GO;
		}
		catch (EOFException ex) {
			return false;
		}
	}

	/** Why the caller must run the command itself, or null. */
	private String refusal(CommandFrames.Request request) {
		if (!this.configFolder.equals(request.configFolder())) {
			return "thư mục cấu hình khác (dịch vụ: " + this.configFolder + ")";
		}
		if (!this.datasourceUrl.equals(request.datasourceUrl())) {
			return "cơ sở dữ liệu khác";
		}
		if (!ServiceCommands.answerable(request.arguments().toArray(String[]::new))) {
			return "lệnh này chạy ở tiến trình gọi";
		}
		return null;
	}

	private int execute(String[] args) {
		return ReportsCommandLine
			.create(SpringCommandFactory.freshCommands(this.context), ReportsCommandLine.verbose(args))
			.execute(args);
	}

	/** How many commands this service answered (tests, health). */
	int answered() {
		return this.answered.get();
	}

	/** How many accepted commands were withdrawn by their caller before they ran. */
	int withdrawn() {
		return this.withdrawn.get();
	}

	@Override
	public void stop() {
		ServerSocketChannel channel = this.server;
		this.server = null;
		if (channel == null) {
			return;
		}
		try {
			channel.close();
			Files.deleteIfExists(this.socket);
		}
		catch (IOException ex) {
			log.warn("Không xóa được ổ cắm lệnh {}: {}", this.socket, ex.getMessage());
		}
		this.commands.shutdown();
	}

	@Override
	public boolean isRunning() {
		return this.server != null;
	}

	/**
	 * A caller that went away (Ctrl+C) does not fail the command: its output is dropped.
	 */
	private static final class Lenient extends OutputStream {

		private final OutputStream target;

		private volatile boolean gone;

		Lenient(OutputStream target) {
			this.target = target;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			if (this.gone) {
				return;
			}
			try {
				this.target.write(bytes, offset, length);
			}
			catch (IOException ex) {
				this.gone = true;
			}
		}

	}

}

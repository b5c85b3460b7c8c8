package vn.nq57.reporting.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code ./reports} side of a command the running service answers: sends the command
 * line over the commands socket of {@code REPORTS_HOME}, copies what the command writes
 * to this process's standard output and error as it comes, and returns its exit code.
 * Loads neither Spring nor a database driver, so such a command answers in about the time
 * the JVM takes to start. With no service, a service that refuses (other settings,
 * another version) or one that does not take the command within {@link #ACCEPT_PATIENCE},
 * the command runs in this process as before.
 */
final class ServiceCommandClient {

	static final Duration ACCEPT_PATIENCE = Duration.ofSeconds(5);

	private final Path home;

	private final String configFolder;

	private final String datasourceUrl;

	private final PrintStream out;

	private final PrintStream err;

	private boolean asking = true;

	ServiceCommandClient(Path home, String configFolder, String datasourceUrl, PrintStream out, PrintStream err) {
		this.home = home;
		this.configFolder = configFolder;
		this.datasourceUrl = datasourceUrl;
		this.out = out;
		this.err = err;
	}

	/**
	 * This process's settings, read as the application would read them: system properties
	 * first ({@code ./reports} and {@code bin/reports} set them), then the environment.
	 */
	static ServiceCommandClient fromSystem() {
		String home = setting("reports.home", "REPORTS_HOME", "data");
		String configFolder = setting("reports.config-folder", "REPORTS_CONFIG", "");
		String datasourceUrl = setting("spring.datasource.url", "SPRING_DATASOURCE_URL", "");
		ServiceCommandClient client = new ServiceCommandClient(Path.of(home), absolute(configFolder), datasourceUrl,
				System.out, System.err);
		// REPORTS_ASK_SERVICE=0: always start the application here (class-data sharing's
		// training start)
		String asking = setting("reports.cli.ask-service", "REPORTS_ASK_SERVICE", "1");
		client.asking = !("0".equals(asking) || "false".equalsIgnoreCase(asking));
		return client;
	}

	/** A configuration folder as the service compares it: absolute, or empty for none. */
	static String absolute(String folder) {
		return folder.isBlank() ? "" : Path.of(folder).toAbsolutePath().normalize().toString();
	}

	private static String setting(String property, String environment, String otherwise) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(environment);
		}
		return (value != null) ? value : otherwise;
	}

	/**
	 * @return the command's exit code when the service ran it; empty when this process
	 * must run it
	 */
	OptionalInt answer(String[] args) {
		if (!this.asking) {
			return OptionalInt.empty();
		}
		Path socket = ServiceCommands.socket(this.home);
		if (socket == null || !Files.exists(socket)) {
			return OptionalInt.empty();
		}
		boolean accepted = false;
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			DataOutputStream request = new DataOutputStream(
					new BufferedOutputStream(Channels.newOutputStream(channel)));
			new CommandFrames.Request(this.configFolder, this.datasourceUrl, List.of(args)).writeTo(request);
			DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
			CountDownLatch answered = new CountDownLatch(1);
			closeUnlessAnswered(channel, answered);
			CommandFrames.Frame first = CommandFrames.readFrame(in);
			answered.countDown();
			if (first.kind() != CommandFrames.ACCEPTED) {
				return OptionalInt.empty();
			}
			// fails when the watch closed the channel meanwhile: then the command runs
			// here
			request.writeByte(CommandFrames.GO);
			request.flush();
			accepted = true;
			while (true) {
				CommandFrames.Frame frame = CommandFrames.readFrame(in);
				switch (frame.kind()) {
					case CommandFrames.OUT -> {
						this.out.write(frame.bytes());
						this.out.flush();
					}
					case CommandFrames.ERR -> {
						this.err.write(frame.bytes());
						this.err.flush();
					}
					case CommandFrames.EXIT -> {
						return OptionalInt.of(frame.exitCode());
					}
					default -> throw new IOException("khung không mong đợi: " + (char) frame.kind());
				}
			}
		}
		catch (IOException ex) {
			if (!accepted) {
				// no service, a stale socket, a service that is stopped or busy: run here
				return OptionalInt.empty();
			}
			this.err.println("Lỗi: dịch vụ đang chạy (./reports serve hoặc scheduler) ngừng trả lời giữa chừng lệnh ("
					+ ex.getMessage() + "). Xem nhật ký của dịch vụ trong " + this.home.resolve("logs")
					+ "; kiểm tra kết quả bằng ./reports runs trước khi chạy lại.");
			return OptionalInt.of(1);
		}
	}

	/** A service that is stopped (SIGSTOP, a full machine) must not hold the command. */
	private static void closeUnlessAnswered(SocketChannel channel, CountDownLatch answered) {
		Thread watch = new Thread(() -> {
			try {
				if (!answered.await(ACCEPT_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
					channel.close();
				}
			}
			catch (InterruptedException | IOException ex) {
				// nothing to close
			}
		}, "service-answer-watch");
		watch.setDaemon(true);
		watch.start();
	}

}

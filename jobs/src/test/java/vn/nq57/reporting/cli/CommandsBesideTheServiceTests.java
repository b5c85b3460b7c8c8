package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import vn.nq57.reporting.audit.AuditEvent;
import vn.nq57.reporting.audit.AuditLog;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: while the service runs, a {@code ./reports} command that only reads, or one
 * plan's run, is answered by the service over the folder's commands socket: the calling
 * process starts neither Spring nor a database, prints the command's output as its own
 * and exits with the command's code. Anything else, and any command with other settings,
 * is left to the caller.
 */
@DatabaseTest
@TestPropertySource(properties = "reports.cli.service=true")
class CommandsBesideTheServiceTests {

	@Autowired
	ServiceCommandSocket service;

	@Autowired
	PlanImporter importer;

	@Autowired
	AuditLog audit;

	@Value("${reports.home}")
	Path home;

	@Value("${reports.config-folder:}")
	String configFolder;

	@BeforeEach
	void givenAPlan() {
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
	}

	@Test
	void theSocketIsOnlyTheOwners() throws IOException {
		Path socket = ServiceCommands.socket(this.home);
		assertThat(Files.getPosixFilePermissions(socket)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
		assertThat(Files.getPosixFilePermissions(socket.getParent()))
			.isEqualTo(PosixFilePermissions.fromString("rwx------"));
	}

	@Test
	void aReadOnlyCommandInAnotherProcessIsAnsweredByTheService() throws Exception {
		int before = this.service.answered();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				"-Dreports.home=" + this.home.toAbsolutePath(), "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
				"vn.nq57.reporting.ReportsApplication", "plan", "list", "--format", "csv")
			.start();
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).as(err).isZero();
		String csv = new String(out, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains("VU-QUANG").contains("Vũ Quang");
		assertThat(err).as("logs and nothing else on stderr; no application started there").doesNotContain("Started");
		assertThat(this.service.answered()).as("answered by the service, not by a second application")
			.isEqualTo(before + 1);
	}

	@Test
	void onePlansRunIsMadeByTheServiceWithItsExitCodeAndAuditedAsTheCallingAccount() {
		Answer answer = ask("run", "monthly", "--period", "2026-05", "--plan", "VU-QUANG");

		assertThat(answer.exitCode()).as(answer.err()).hasValue(0);
		assertThat(answer.out()).contains("kỳ 2026-05 của VU-QUANG, phiên bản 1");
		AuditEvent latest = this.audit.latest(1).get(0);
		assertThat(latest.actor()).isEqualTo("dòng lệnh (" + System.getProperty("user.name") + ")");
		assertThat(latest.subject()).contains("VU-QUANG");
	}

	@Test
	void aFailingCommandKeepsItsExitCodeAndItsMessageOnStderr() {
		Answer answer = ask("runs", "--id", "999999");

		assertThat(answer.exitCode()).hasValue(ReportsCommandLine.BAD_INPUT);
		assertThat(answer.out()).isEmpty();
		assertThat(answer.err()).contains("Không có lần chạy 999999");
	}

	@Test
	void commandsThatAreNotTheServicesAndOtherSettingsAreLeftToTheCaller() {
		int before = this.service.answered();

		assertThat(ask("demo").exitCode()).isEmpty();
		assertThat(ask("run", "monthly", "--period", "2026-05", "--all").exitCode()).isEmpty();
		assertThat(ask("runs", "--spring.datasource.url=jdbc:mariadb://elsewhere/db").exitCode()).isEmpty();
		assertThat(new ServiceCommandClient(this.home, "/another/config", datasourceUrl(), nowhere(), nowhere())
			.answer(new String[] { "runs" })).isEmpty();
		assertThat(this.service.answered()).isEqualTo(before);
	}

	@Test
	void onlyReadingCommandsAndOnePlansRunAreTheServices() {
		assertThat(ServiceCommands.answerable(new String[] { "runs" })).isTrue();
		assertThat(ServiceCommands.answerable(new String[] { "schedule", "preview", "--format", "csv" })).isTrue();
		assertThat(ServiceCommands
			.answerable(new String[] { "submission", "status", "--plan", "VU-QUANG", "--period", "2026-05" })).isTrue();
		assertThat(ServiceCommands.answerable(new String[] { "submission", "show", "7", "--save", "x.xlsx" }))
			.as("writes a file where the caller is")
			.isFalse();
		assertThat(ServiceCommands.answerable(new String[] { "plan", "import", "plans/vu-quang.yaml" })).isFalse();
		assertThat(ServiceCommands
			.answerable(new String[] { "run", "province-monthly", "--period", "2026-05", "--province", "Hà Tĩnh" }))
			.isFalse();
		assertThat(ServiceCommands.answerable(new String[] { "runs", "--help" })).isFalse();
	}

	@Test
	void aCommandWhoseCallerStoppedWaitingIsNeverRunByTheService() throws Exception {
		int answered = this.service.answered();
		int withdrawn = this.service.withdrawn();
		try (SocketChannel caller = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			caller.connect(UnixDomainSocketAddress.of(ServiceCommands.socket(this.home)));
			DataOutputStream request = new DataOutputStream(Channels.newOutputStream(caller));
			new CommandFrames.Request(ServiceCommandClient.absolute(this.configFolder), datasourceUrl(),
					List.of("run", "monthly", "--period", "2026-06", "--plan", "VU-QUANG"))
				.writeTo(request);
			DataInputStream in = new DataInputStream(Channels.newInputStream(caller));
			assertThat(CommandFrames.readFrame(in).kind()).isEqualTo(CommandFrames.ACCEPTED);
			// as a caller whose patience ran out: it closes instead of saying GO
		}
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.service.withdrawn() == withdrawn && System.nanoTime() < until) {
			Thread.sleep(50);
		}

		assertThat(this.service.withdrawn()).isEqualTo(withdrawn + 1);
		assertThat(this.service.answered()).isEqualTo(answered);
		assertThat(ask("runs", "--plan", "VU-QUANG").out()).doesNotContain("2026-06");
	}

	@Test
	void aRunWhoseCallerIsInterruptedCarriesOnInTheService() throws Exception {
		int answered = this.service.answered();
		try (SocketChannel caller = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			caller.connect(UnixDomainSocketAddress.of(ServiceCommands.socket(this.home)));
			DataOutputStream request = new DataOutputStream(Channels.newOutputStream(caller));
			new CommandFrames.Request(ServiceCommandClient.absolute(this.configFolder), datasourceUrl(),
					List.of("run", "monthly", "--period", "2026-03", "--plan", "VU-QUANG"))
				.writeTo(request);
			DataInputStream in = new DataInputStream(Channels.newInputStream(caller));
			assertThat(CommandFrames.readFrame(in).kind()).isEqualTo(CommandFrames.ACCEPTED);
			request.writeByte(CommandFrames.GO);
			request.flush();
			// Ctrl+C: the caller goes away before the command prints anything
		}
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (this.service.answered() == answered && System.nanoTime() < until) {
			Thread.sleep(100);
		}

		assertThat(this.service.answered()).as("the command ran to its end").isEqualTo(answered + 1);
		assertThat(ask("runs", "--plan", "VU-QUANG").out()).contains("2026-03").contains("Hoàn thành");
	}

	@Test
	void aSocketLeftByAKilledServiceIsIgnored(@TempDir Path otherHome) throws IOException {
		Path socket = ServiceCommands.socket(otherHome);
		Files.createDirectories(socket.getParent());
		ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
		dead.bind(UnixDomainSocketAddress.of(socket));
		dead.close();
		assertThat(socket).exists();

		assertThat(new ServiceCommandClient(otherHome, "", "", nowhere(), nowhere()).answer(new String[] { "runs" }))
			.isEmpty();
	}

	private Answer ask(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		OptionalInt exitCode = new ServiceCommandClient(this.home, ServiceCommandClient.absolute(this.configFolder),
				datasourceUrl(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8))
			.answer(args);
		return new Answer(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** As this process would send it: the environment's (CI's MariaDB 10.11), or none. */
	private static String datasourceUrl() {
		return Objects.requireNonNullElse(System.getenv("SPRING_DATASOURCE_URL"), "");
	}

	private static PrintStream nowhere() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}

	record Answer(OptionalInt exitCode, String out, String err) {
	}

}

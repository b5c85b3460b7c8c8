package vn.nq57.reporting.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 19.1: the embedded server checks grants, listens on 127.0.0.1 only, lets in the
 * application's user with its generated password and nobody else from the network, and
 * keeps that password where only its owner can read it.
 */
@Tag("faults")
class EmbeddedServerSecurityTests {

	private static Path folder;

	private static SharedEmbeddedServer server;

	private static SharedEmbeddedServer.Attachment attachment;

	@BeforeAll
	static void startServer() throws IOException {
		folder = DrillDatabase.newFolder("security");
		server = new SharedEmbeddedServer(DrillDatabase.settings(folder));
		attachment = server.attach();
	}

	@AfterAll
	static void stopServer() throws IOException {
		server.release();
		DrillDatabase.remove(folder);
	}

	@Test
	void madeUpUserAndPasswordAreRefused() {
		assertThatThrownBy(() -> DriverManager.getConnection(attachment.jdbcUrl(), "intruder", "guessed-password"))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("Access denied");
	}

	@Test
	void rootCannotLogInOverTheNetworkWithoutPassword() {
		assertThatThrownBy(() -> DriverManager.getConnection(ServerProbe.jdbcUrl(attachment.port(), ""), "root", ""))
			.isInstanceOf(SQLException.class);
	}

	@Test
	void applicationUserWithAWrongPasswordIsRefused() {
		assertThatThrownBy(() -> DriverManager.getConnection(attachment.jdbcUrl(), attachment.username(),
				attachment.password() + "x"))
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("Access denied");
	}

	@Test
	void serverChecksGrantsAndIsBoundToLoopbackOnly() throws SQLException {
		try (Connection connection = DrillDatabase.connect(attachment);
				Statement statement = connection.createStatement();
				ResultSet row = statement
					.executeQuery("SELECT @@bind_address, @@skip_grant_tables, @@skip_networking, CURRENT_USER()")) {
			row.next();
			assertThat(row.getString(1)).isEqualTo("127.0.0.1");
			assertThat(row.getBoolean(2)).as("skip_grant_tables").isFalse();
			assertThat(row.getBoolean(3)).as("skip_networking").isFalse();
			assertThat(row.getString(4)).isEqualTo("reports@127.0.0.1");
		}
	}

	@Test
	void serverDoesNotAnswerOnTheMachinesOtherAddresses() throws IOException {
		Optional<InetAddress> other = nonLoopbackAddress();
		assumeTrue(other.isPresent(), "this machine has no address besides the loopback one");
		try (Socket loopback = new Socket()) {
			loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), attachment.port()), 2000);
		}
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(other.get(), attachment.port()), 2000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	@Test
	void applicationUserMayUseOnlyItsOwnDatabase() throws SQLException {
		try (Connection connection = DrillDatabase.connect(attachment);
				Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute("CREATE DATABASE intruder_db")).isInstanceOf(SQLException.class)
				.hasMessageContaining("Access denied");
			assertThatThrownBy(() -> statement.executeQuery("SELECT COUNT(*) FROM mysql.global_priv"))
				.isInstanceOf(SQLException.class);
		}
	}

	@Test
	void passwordRecordAndFolderAreReadableByTheirOwnerOnly() throws IOException {
		Path password = folder.resolve("password");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
		assertThat(Files.readString(password).strip()).isEqualTo(attachment.password()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("server.properties"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("mariadbd.log"))))
			.isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		assertThat(Files.exists(folder.resolve("init.sql"))).as("the start-up file is deleted").isFalse();
	}

	@Test
	void recordNamesPortServerAndOwner() {
		ServerRecord record = ServerRecord.read(folder.resolve("server.properties")).orElseThrow();
		assertThat(record.port()).isEqualTo(attachment.port());
		assertThat(record.ownerPid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(ProcessHandle.of(record.serverPid()).flatMap((p) -> p.info().command()).orElseThrow())
			.endsWith("/mariadbd");
	}

	private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
		for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (network.isUp() && !network.isLoopback()) {
				for (InetAddress address : Collections.list(network.getInetAddresses())) {
					if (address instanceof Inet4Address) {
						return Optional.of(address);
					}
				}
			}
		}
		return Optional.empty();
	}

}

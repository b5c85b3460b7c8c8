package vn.nq57.reporting.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP setup for GreenMail on a port free when the test class loads, so that test runs
 * side by side do not take each other's port, and a drill that stops and starts the
 * server finds it again on the same port.
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	public static ServerSetup onFreePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

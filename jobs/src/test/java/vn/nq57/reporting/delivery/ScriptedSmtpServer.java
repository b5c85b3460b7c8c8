package vn.nq57.reporting.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving SMTP server for fault drills: one that accepts connections and never says
 * a word, or one that refuses every recipient for good (550).
 */
final class ScriptedSmtpServer implements AutoCloseable {

	enum Behaviour {

		SILENT, REFUSE_RECIPIENTS

	}

	private final ServerSocket socket;

	private final Behaviour behaviour;

	final AtomicInteger connections = new AtomicInteger();

	ScriptedSmtpServer(Behaviour behaviour) throws IOException {
		this.behaviour = behaviour;
		this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "smtp-" + behaviour);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return this.socket.getLocalPort();
	}

	private void accept() {
		while (!this.socket.isClosed()) {
			try {
				Socket client = this.socket.accept();
				this.connections.incrementAndGet();
				Thread talker = new Thread(() -> talk(client), "smtp-client");
				talker.setDaemon(true);
				talker.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void talk(Socket client) {
		try (client) {
			if (this.behaviour == Behaviour.SILENT) {
				// hold the connection open and never answer
				client.getInputStream().transferTo(OutputStream.nullOutputStream());
				return;
			}
			BufferedReader in = new BufferedReader(
					new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
			OutputStream out = client.getOutputStream();
			say(out, "220 smtp.example.gov.vn ESMTP");
			for (String line; (line = in.readLine()) != null;) {
				String command = line.toUpperCase();
				if (command.startsWith("EHLO") || command.startsWith("HELO")) {
					say(out, "250 smtp.example.gov.vn");
				}
				else if (command.startsWith("MAIL FROM")) {
					say(out, "250 2.1.0 Ok");
				}
				else if (command.startsWith("RCPT TO")) {
					say(out, "550 5.1.1 Recipient address rejected: no such mailbox");
				}
				else if (command.startsWith("QUIT")) {
					say(out, "221 Bye");
					return;
				}
				else {
					say(out, "250 Ok");
				}
			}
		}
		catch (IOException ex) {
			// the client went away
		}
	}

	private static void say(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		this.socket.close();
	}

}

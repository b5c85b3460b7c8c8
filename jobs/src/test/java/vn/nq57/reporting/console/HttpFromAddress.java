package vn.nq57.reporting.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 requests from a chosen loopback address (127.0.0.2, 127.0.0.3, …: on Linux all
 * of 127.0.0.0/8 is the local machine), so a test can be many clients, or a client that
 * is not the trusted proxy, without leaving the machine. Plain sockets: the JDK's
 * HttpClient cannot choose its local address.
 */
final class HttpFromAddress {

	private final int port;

	HttpFromAddress(int port) {
		this.port = port;
	}

	/**
	 * One request with "Connection: close"; headers given as name, value, name, value.
	 */
	Response send(String fromAddress, String method, String path, String... headers) throws IOException {
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
		request.append("Host: localhost:").append(this.port).append("\r\n");
		for (int i = 0; i < headers.length; i += 2) {
			request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(fromAddress, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 5_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return Response.read(socket.getInputStream());
		}
	}

	static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Status, headers (a repeated header's values joined by "\n") and body as text. */
	record Response(int status, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(java.util.Locale.ROOT));
		}

		static Response read(InputStream in) throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			String text = bytes.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			List<String> lines = List.of(text.substring(0, (end < 0) ? text.length() : end).split("\r\n"));
			Map<String, String> headers = new LinkedHashMap<>();
			for (String line : lines.subList(1, lines.size())) {
				int colon = line.indexOf(':');
				headers.merge(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
						line.substring(colon + 1).strip(), (a, b) -> a + "\n" + b);
			}
			return new Response(Integer.parseInt(lines.get(0).split(" ")[1]), headers,
					(end < 0) ? "" : text.substring(end + 4));
		}

	}

}

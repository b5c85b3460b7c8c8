package vn.nq57.reporting.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code ./reports} process and the running service say to each other on the
 * commands socket. The caller sends one request; the service answers {@link #ACCEPTED} or
 * {@link #REFUSED} (with the reason); after an acceptance the caller says {@link #GO},
 * and only then does the command run (a caller that gave up waiting and ran the command
 * itself never says it, so a service that was stopped and continues never runs it a
 * second time); then come the command's standard output and standard error as they are
 * written, byte for byte, and last its exit code.
 */
final class CommandFrames {

	static final int VERSION = 1;

	static final byte ACCEPTED = 'A';

	static final byte REFUSED = 'R';

	/** The caller's one byte after an acceptance: it waits for the command's output. */
	static final byte GO = 'G';

	static final byte OUT = 'O';

	static final byte ERR = 'E';

	static final byte EXIT = 'X';

	/** Bounds on what a request may hold: the socket is local, but read as untrusted. */
	private static final int MAX_ARGUMENTS = 256;

	private static final int MAX_TEXT_BYTES = 64 * 1024;

	private static final int MAX_FRAME_BYTES = 16 * 1024 * 1024;

	private CommandFrames() {
	}

	/**
	 * A command for the service, with what decides whether the service runs with the
	 * caller's settings.
	 *
	 * @param configFolder the caller's {@code reports.config-folder} (empty: none)
	 * @param datasourceUrl the caller's {@code spring.datasource.url} (empty: the
	 * embedded database)
	 * @param arguments the command line
	 */
	record Request(String configFolder, String datasourceUrl, List<String> arguments) {

		void writeTo(DataOutputStream out) throws IOException {
			out.writeInt(VERSION);
			writeText(out, this.configFolder);
			writeText(out, this.datasourceUrl);
			out.writeInt(this.arguments.size());
			for (String argument : this.arguments) {
				writeText(out, argument);
			}
			out.flush();
		}

		static Request readFrom(DataInputStream in) throws IOException {
			int version = in.readInt();
			if (version != VERSION) {
				throw new IOException("phiên bản giao thức " + version + ", dịch vụ dùng " + VERSION);
			}
			String configFolder = readText(in);
			String datasourceUrl = readText(in);
			int count = in.readInt();
			if (count < 0 || count > MAX_ARGUMENTS) {
				throw new IOException("số tham số không hợp lệ: " + count);
			}
			List<String> arguments = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				arguments.add(readText(in));
			}
			return new Request(configFolder, datasourceUrl, List.copyOf(arguments));
		}

	}

	/** One frame as read: its kind and its bytes (the exit code for {@link #EXIT}). */
	record Frame(byte kind, byte[] bytes, int exitCode) {

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

	static void writeFrame(DataOutputStream out, byte kind, byte[] bytes, int offset, int length) throws IOException {
		synchronized (out) {
			out.writeByte(kind);
			out.writeInt(length);
			out.write(bytes, offset, length);
			out.flush();
		}
	}

	static void writeText(DataOutputStream out, byte kind, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		writeFrame(out, kind, bytes, 0, bytes.length);
	}

	static void writeExit(DataOutputStream out, int exitCode) throws IOException {
		synchronized (out) {
			out.writeByte(EXIT);
			out.writeInt(exitCode);
			out.flush();
		}
	}

	static Frame readFrame(DataInputStream in) throws IOException {
		byte kind = in.readByte();
		int value = in.readInt();
		if (kind == EXIT) {
			return new Frame(kind, new byte[0], value);
		}
		if (kind != ACCEPTED && kind != REFUSED && kind != OUT && kind != ERR) {
			throw new IOException("khung không hợp lệ: " + kind);
		}
		if (value < 0 || value > MAX_FRAME_BYTES) {
			throw new IOException("độ dài khung không hợp lệ: " + value);
		}
		byte[] bytes = new byte[value];
		in.readFully(bytes);
		return new Frame(kind, bytes, 0);
	}

	/** Bytes written to it go to the other side as frames of one kind. */
	static OutputStream stream(DataOutputStream out, byte kind) {
		return new OutputStream() {

			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				if (length > 0) {
					writeFrame(out, kind, bytes, offset, length);
				}
			}

		};
	}

	private static void writeText(DataOutputStream out, String text) throws IOException {
		byte[] bytes = ((text != null) ? text : "").getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readText(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > MAX_TEXT_BYTES) {
			throw new IOException("độ dài không hợp lệ: " + length);
		}
		byte[] bytes = new byte[length];
		try {
			in.readFully(bytes);
		}
		catch (EOFException ex) {
			throw new IOException("yêu cầu bị cắt ngang", ex);
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

}

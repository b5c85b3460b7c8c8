package vn.nq57.reporting.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * {@code System.out} and {@code System.err} of the service, routed per command: while a
 * command runs for another {@code ./reports} process, what its thread (and the threads it
 * starts) print, its log lines on the console included, goes to that process; everything
 * else goes where it always went. Commands print to {@code System.out}, so this is how
 * one process serves several callers at once (as Nailgun does).
 */
final class RoutedConsole {

	private static final InheritableThreadLocal<Caller> CALLER = new InheritableThreadLocal<>();

	private static boolean installed;

	private RoutedConsole() {
	}

	/** Replaces System.out and System.err once in this JVM. */
	static synchronized void install() {
		if (installed) {
			return;
		}
		System.setOut(new PrintStream(new Routed(System.out, false), true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(new Routed(System.err, true), true, StandardCharsets.UTF_8));
		installed = true;
	}

	/**
	 * Runs {@code command} with this thread's output (and that of the threads it starts
	 * while it runs) going to {@code out} and {@code err}.
	 */
	static int runFor(OutputStream out, OutputStream err, IntSupplier command) {
		Caller caller = new Caller(out, err);
		Caller before = CALLER.get();
		CALLER.set(caller);
		try {
			return command.getAsInt();
		}
		finally {
			// threads the command started and that outlive it (pools) print to the
			// service
			// again
			caller.ended = true;
			CALLER.set(before);
		}
	}

	private static final class Caller {

		private final OutputStream out;

		private final OutputStream err;

		private volatile boolean ended;

		Caller(OutputStream out, OutputStream err) {
			this.out = out;
			this.err = err;
		}

	}

	private static final class Routed extends OutputStream {

		private final OutputStream service;

		private final boolean error;

		Routed(OutputStream service, boolean error) {
			this.service = service;
			this.error = error;
		}

		private OutputStream target() {
			Caller caller = CALLER.get();
			if (caller == null || caller.ended) {
				return this.service;
			}
			return this.error ? caller.err : caller.out;
		}

		@Override
		public void write(int b) throws IOException {
			target().write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			target().write(bytes, offset, length);
		}

		@Override
		public void flush() throws IOException {
			target().flush();
		}

	}

}

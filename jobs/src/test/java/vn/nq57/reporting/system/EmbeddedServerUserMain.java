package vn.nq57.reporting.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another process using an embedded server, for the fault drills: attaches to the folder
 * given (binaries from the second argument), says so on stdout ({@code ATTACHED port
 * serverPid started}), stores each line it reads in {@code drill.note}, and leaves the
 * server when its input ends ({@code RELEASED stopped}), as the application does at exit.
 */
public final class EmbeddedServerUserMain {

	private EmbeddedServerUserMain() {
	}

	public static void main(String[] args) throws Exception {
		SharedEmbeddedServer server = new SharedEmbeddedServer(
				EmbeddedDbSettings.inFolder(Path.of(args[0])).withBaseFolder(Path.of(args[1])));
		SharedEmbeddedServer.Attachment attachment = server.attach();
		System.out.println(
				"ATTACHED " + attachment.port() + " " + attachment.record().serverPid() + " " + attachment.started());
		System.out.flush();
		BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = input.readLine(); line != null; line = input.readLine()) {
			DrillDatabase.addNote(attachment, line);
			System.out.println("STORED " + line);
			System.out.flush();
		}
		System.out.println("RELEASED " + server.release());
		System.out.flush();
	}

}

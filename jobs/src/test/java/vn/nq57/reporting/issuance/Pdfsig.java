package vn.nq57.reporting.issuance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * poppler's pdfsig, an independent signature validator (NSS underneath), trusting the
 * test authority's root through its own NSS database. Where pdfsig or certutil is missing
 * the test is skipped with a message, unless -Dissuance.pdfsig.required=true (as in CI,
 * which installs poppler-utils and libnss3-tools).
 */
final class Pdfsig {

	private final Path nssDatabase;

	private Pdfsig(Path nssDatabase) {
		this.nssDatabase = nssDatabase;
	}

	static Pdfsig trusting(Path rootPem, Path folder) throws Exception {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/pdfsig"))
				&& Files.isExecutable(Path.of("/usr/bin/certutil"));
		if (!installed) {
			if (Boolean.getBoolean("issuance.pdfsig.required")) {
				throw new AssertionError("pdfsig (poppler-utils) and certutil (libnss3-tools) are required");
			}
			Assumptions.abort("pdfsig or certutil not installed (apt-get install poppler-utils libnss3-tools)");
		}
		Path nss = folder.resolve("nss");
		Files.createDirectories(nss);
		run(List.of("certutil", "-N", "-d", "sql:" + nss, "--empty-password"));
		run(List.of("certutil", "-A", "-d", "sql:" + nss, "-n", "nq57-test-ca", "-t", "C,C,C", "-i",
				rootPem.toString()));
		return new Pdfsig(nss);
	}

	/** pdfsig's report of every signature. */
	String verify(Path pdf) throws Exception {
		return run(List.of("pdfsig", "-nssdir", "sql:" + this.nssDatabase, pdf.toString()));
	}

	private static String run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish");
		}
		return output;
	}

}

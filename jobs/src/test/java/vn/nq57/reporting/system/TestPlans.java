package vn.nq57.reporting.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real plan catalogs shipped in plans/, as the application sees them (classpath
 * plans/).
 */
public final class TestPlans {

	private TestPlans() {
	}

	public static String text(String fileName) {
		try (InputStream in = TestPlans.class.getResourceAsStream("/plans/" + fileName)) {
			if (in == null) {
				throw new IllegalArgumentException("No plans/" + fileName + " on the classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package vn.nq57.reporting.issuance;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The sRGB ICC profile the JDK ships, as a file: the PDF/A output intent. JasperReports
 * reads the profile from a location, so the bytes are written once per process to a
 * private temporary file (random name, owner-only), deleted at exit.
 */
final class SrgbProfile {

	private SrgbProfile() {
	}

	/**
	 * The file, written on first use (this holder's initialisation, once, thread-safely).
	 */
	static Path file() {
		return Holder.FILE;
	}

	private static final class Holder {

		private static final Path FILE = write();

		private static Path write() {
			try {
				Path file = Files.createTempFile("nq57-srgb-", ".icc");
				file.toFile().deleteOnExit();
				Files.write(file, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
				return file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Không ghi được hồ sơ màu sRGB cho PDF/A: " + ex.getMessage(), ex);
			}
		}

	}

}

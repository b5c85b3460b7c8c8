package vn.nq57.reporting.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of the product, as lower-case hex: of archived files, received
 * submissions, catalogs and tokens alike.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	/** Streams the file, so its size does not matter. */
	public static String of(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return of(in);
		}
	}

	/** Reads the stream to its end (the caller closes it). */
	public static String of(InputStream in) throws IOException {
		MessageDigest digest = digest();
		try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
			digesting.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A digest to feed piecemeal, for callers that read the bytes anyway. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Java without SHA-256", ex);
		}
	}

	public static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

}

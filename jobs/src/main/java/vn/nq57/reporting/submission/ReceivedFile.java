package vn.nq57.reporting.submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Set;

import vn.nq57.reporting.archive.Sha256;

/**
 * A received file's bytes (up to a limit; past it only counted and hashed), size and
 * SHA-256, as actually read: the size is what was read, not what the file system claims
 * (a file under /proc says 0 bytes and holds more).
 *
 * @param payload the bytes, or null when there were more than the limit
 */
public record ReceivedFile(String name, byte[] payload, long size, String sha256) {

	private static final LinkOption[] NO_FOLLOW = { LinkOption.NOFOLLOW_LINKS };

	/**
	 * Reads a file dropped in an inbox folder, only if it is a regular file of its own:
	 * never through a symbolic link (opened with O_NOFOLLOW), never a file with other
	 * names (a hard link to someone else's file), a FIFO, a device or a directory. The
	 * entry is checked again after reading, so a swap while reading is refused too.
	 * @throws NotOwnFileException when it is not, before a byte is read
	 */
	public static ReceivedFile readOwn(Path file, long limit) throws IOException {
		BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
		String refusal = refusal(file, before);
		if (refusal != null) {
			throw new NotOwnFileException(file, refusal);
		}
		ReceivedFile read;
		try (SeekableByteChannel channel = Files.newByteChannel(file,
				Set.<OpenOption>of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
			read = read(file, Channels.newInputStream(channel), limit);
		}
		BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW);
		String changed = refusal(file, after);
		if (changed == null && !Objects.equals(before.fileKey(), after.fileKey())) {
			changed = "tệp đã bị thay bằng tệp khác trong lúc đọc";
		}
		if (changed != null) {
			throw new NotOwnFileException(file, changed);
		}
		return read;
	}

	/**
	 * Reads a file an operator names by hand (links followed: the operator is trusted),
	 * if it is a regular file.
	 */
	public static ReceivedFile readTrusted(Path file, long limit) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new NotOwnFileException(file, Files.isDirectory(file) ? "đây là một thư mục, không phải tệp"
					: "không có tệp này, hoặc đây không phải một tệp thông thường");
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(file, in, limit);
		}
	}

	/** Why an inbox entry is not a regular file of its own, or null when it is. */
	static String refusal(Path file, BasicFileAttributes attributes) throws IOException {
		if (attributes.isSymbolicLink()) {
			return "đây là liên kết tượng trưng (symlink) trỏ tới nơi khác, không phải tệp thật";
		}
		if (attributes.isDirectory()) {
			return "đây là một thư mục, không phải tệp";
		}
		if (!attributes.isRegularFile()) {
			return "đây không phải tệp thông thường (FIFO, socket hoặc thiết bị)";
		}
		int links = links(file);
		if (links > 1) {
			return "tệp có " + links + " tên (liên kết cứng tới một tệp khác), không phải tệp riêng";
		}
		return null;
	}

	private static int links(Path file) throws IOException {
		try {
			return ((Number) Files.getAttribute(file, "unix:nlink", NO_FOLLOW)).intValue();
		}
		catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
			return 1;
		}
	}

	private static ReceivedFile read(Path file, InputStream in, long limit) throws IOException {
		MessageDigest digest = Sha256.digest();
		ByteArrayOutputStream kept = new ByteArrayOutputStream();
		long size = 0;
		byte[] buffer = new byte[65536];
		for (int n; (n = in.read(buffer)) > 0;) {
			digest.update(buffer, 0, n);
			if (size + n <= limit) {
				kept.write(buffer, 0, n);
			}
			size += n;
		}
		return new ReceivedFile(file.getFileName().toString(), (size <= limit) ? kept.toByteArray() : null, size,
				Sha256.hex(digest));
	}

	/** A file refused unread: why, in Vietnamese. */
	public static class NotOwnFileException extends IOException {

		private final String reason;

		NotOwnFileException(Path file, String reason) {
			super(file + ": " + reason);
			this.reason = reason;
		}

		public String reason() {
			return this.reason;
		}

	}

}

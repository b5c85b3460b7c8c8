package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only their owner can read: created with their permissions (0700,
 * 0600) rather than narrowed afterwards, so no other user can open them in between; files
 * are replaced atomically, so a reader sees the old content or the new, never half.
 */
public final class OwnerOnlyFiles {

	static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

	static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	private OwnerOnlyFiles() {
	}

	/**
	 * Creates the folder as 0700 (its missing parents as usual), or narrows an existing
	 * one to 0700.
	 */
	public static Path folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder.toAbsolutePath().getParent());
			try {
				return POSIX ? Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(FOLDER))
						: Files.createDirectory(folder);
			}
			catch (FileAlreadyExistsException ex) {
				// made by another process meanwhile: narrowed below
			}
		}
		if (POSIX) {
			Files.setPosixFilePermissions(folder, FOLDER);
		}
		return folder;
	}

	/**
	 * Opens (creating as 0600 if missing) a file for reading and writing, e.g. to lock
	 * it.
	 */
	static FileChannel openForLocking(Path file) throws IOException {
		return FileChannel.open(file,
				Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE), fileAttributes());
	}

	/** Creates the file empty (0600) unless it exists. */
	static Path file(Path file) throws IOException {
		try {
			return Files.createFile(file, fileAttributes());
		}
		catch (FileAlreadyExistsException ex) {
			return file;
		}
	}

	/** Writes the text to a new 0600 file beside the target, then moves it into place. */
	static void writeAtomically(Path target, String text) throws IOException {
		Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp", fileAttributes());
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Whether the file is readable by its owner alone (always true off POSIX). */
	static boolean isOwnerOnly(Path file) throws IOException {
		if (!POSIX) {
			return true;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		permissions.removeAll(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
				PosixFilePermission.OWNER_EXECUTE));
		return permissions.isEmpty();
	}

	public static void narrow(Path file) throws IOException {
		if (POSIX) {
			Files.setPosixFilePermissions(file, FILE);
		}
	}

	private static FileAttribute<?>[] fileAttributes() {
		return POSIX ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(FILE) } : new FileAttribute<?>[0];
	}

}

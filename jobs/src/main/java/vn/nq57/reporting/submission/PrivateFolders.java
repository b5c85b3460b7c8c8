package vn.nq57.reporting.submission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folders and files of the inbox that only the pipeline's own account may read: the
 * processed/, rejected/ and failed/ folders of each unit (mode 700), the files moved into
 * them and the notes written beside them (mode 600). A folder the pipeline keeps files in
 * is refused when it is a link, not a folder, or someone else's (a unit could swap its
 * processed/ for a link to another unit's folder).
 */
final class PrivateFolders {

	private static final Logger log = LoggerFactory.getLogger(PrivateFolders.class);

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

	/** The inbox and plan folders: passable to reach one's own folder, not listable. */
	static final Set<PosixFilePermission> PASS_THROUGH = PosixFilePermissions.fromString("rwx--x--x");

	private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

	private static final LinkOption[] NO_FOLLOW = { LinkOption.NOFOLLOW_LINKS };

	private PrivateFolders() {
	}

	/** A folder refused for keeping files in, and why (Vietnamese). */
	static class FolderRefusedException extends IOException {

		FolderRefusedException(Path folder, String reason) {
			super("Thư mục " + folder + " " + reason);
		}

	}

	static boolean posix() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
	}

	/**
	 * Makes a folder with the given mode (exactly, whatever the umask) when missing;
	 * leaves an existing one as it is.
	 * @return whether it was made
	 */
	static boolean create(Path folder, Set<PosixFilePermission> mode) throws IOException {
		if (Files.exists(folder, NO_FOLLOW)) {
			return false;
		}
		if (posix()) {
			Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(mode));
			Files.setPosixFilePermissions(folder, mode);
		}
		else {
			Files.createDirectory(folder);
		}
		return true;
	}

	/**
	 * A folder the pull keeps files in: made owner-only when missing, otherwise checked
	 * to be a real folder owned by this account or by the inbox's owner.
	 */
	static Path kept(Path folder, Path inbox) throws IOException {
		if (create(folder, OWNER_ONLY)) {
			return folder;
		}
		BasicFileAttributes attributes = Files.readAttributes(folder, BasicFileAttributes.class, NO_FOLLOW);
		if (attributes.isSymbolicLink()) {
			throw new FolderRefusedException(folder, "là một liên kết tượng trưng, không phải thư mục thật");
		}
		if (!attributes.isDirectory()) {
			throw new FolderRefusedException(folder, "không phải là thư mục");
		}
		UserPrincipal owner = Files.getOwner(folder, NO_FOLLOW);
		if (!owner.equals(Files.getOwner(inbox)) && !owner.equals(currentUser())) {
			throw new FolderRefusedException(folder, "thuộc tài khoản " + owner.getName()
					+ ", không phải tài khoản của hệ thống báo cáo; không lưu tệp vào đó");
		}
		return folder;
	}

	/** A regular file moved into a kept folder: readable by its owner only. */
	static void ownerOnly(Path file) {
		if (!posix()) {
			return;
		}
		try {
			if (Files.readAttributes(file, BasicFileAttributes.class, NO_FOLLOW).isRegularFile()) {
				Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
			}
		}
		catch (IOException ex) {
			log.warn("Không đặt được quyền chỉ chủ sở hữu cho {}: {}", file, ex.getMessage());
		}
	}

	/** A note beside a kept file, created owner-only (never through a link). */
	static void writeNote(Path note, String text) throws IOException {
		Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS);
		FileAttribute<?>[] attributes = posix()
				? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE) }
				: new FileAttribute<?>[0];
		try (SeekableByteChannel channel = Files.newByteChannel(note, options, attributes)) {
			channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
		}
	}

	/** Whether others than the owner may write in the folder. */
	static boolean writableByOthers(Path folder) throws IOException {
		if (!posix()) {
			return false;
		}
		Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
		return mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE);
	}

	private static UserPrincipal currentUser() {
		try {
			return FileSystems.getDefault()
				.getUserPrincipalLookupService()
				.lookupPrincipalByName(System.getProperty("user.name"));
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}

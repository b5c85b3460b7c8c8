package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application user's password for the embedded server: made once at random and kept
 * in a file only its owner can read.
 */
final class EmbeddedDbPassword {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDbPassword.class);

	private static final Pattern GENERATED = Pattern.compile("[A-Za-z0-9_-]{32,}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private EmbeddedDbPassword() {
	}

	/** The password in the file, after making the file (0600) if there is none. */
	static String readOrCreate(Path file) throws IOException {
		if (Files.isRegularFile(file)) {
			String password = Files.readString(file, StandardCharsets.UTF_8).strip();
			if (GENERATED.matcher(password).matches()) {
				if (!OwnerOnlyFiles.isOwnerOnly(file)) {
					log.warn("Tệp mật khẩu {} đọc được bởi người dùng khác: đã thu hẹp quyền về 0600.", file);
					OwnerOnlyFiles.narrow(file);
				}
				return password;
			}
			log.warn("Tệp mật khẩu {} không hợp lệ: tạo mật khẩu mới.", file);
		}
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OwnerOnlyFiles.writeAtomically(file, password + "\n");
		return password;
	}

	/**
	 * The {@code mysql_native_password} hash ({@code *} and SHA1(SHA1(password)) in hex),
	 * so that the server's start-up file never holds the password itself.
	 */
	static String nativeHash(String password) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
			return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What the pull must remember between pulls when the database may be the thing that
 * failed: how many times each form was tried (and the receipt an attempt kept), and the
 * alerts that could not be queued yet. Kept in {@code <inbox>/.pull-state.properties},
 * owner-only.
 */
final class InboxState {

	static final String FILE = ".pull-state.properties";

	private final Path file;

	private final Properties properties = new Properties();

	private final Set<String> seen = new HashSet<>();

	private InboxState(Path file) {
		this.file = file;
	}

	static InboxState load(Path inbox) throws IOException {
		InboxState state = new InboxState(inbox.resolve(FILE));
		if (Files.isRegularFile(state.file, LinkOption.NOFOLLOW_LINKS)) {
			try (InputStream in = Files.newInputStream(state.file, LinkOption.NOFOLLOW_LINKS)) {
				state.properties.load(in);
			}
		}
		return state;
	}

	/** An attempt failed: how many so far. */
	int failed(String form, Long receiptId) {
		this.seen.add(form);
		int attempts = attempts(form) + 1;
		Long receipt = (receiptId != null) ? receiptId : pendingReceipt(form);
		this.properties.setProperty("attempt." + form, attempts + ((receipt == null) ? "" : ";" + receipt));
		return attempts;
	}

	int attempts(String form) {
		String value = this.properties.getProperty("attempt." + form);
		return (value == null) ? 0 : Integer.parseInt(value.split(";")[0]);
	}

	/** The receipt an earlier attempt kept before failing, if any. */
	Long pendingReceipt(String form) {
		this.seen.add(form);
		String value = this.properties.getProperty("attempt." + form);
		if (value == null || !value.contains(";")) {
			return null;
		}
		return Long.valueOf(value.split(";")[1]);
	}

	void forget(String form) {
		this.properties.remove("attempt." + form);
	}

	void alertPending(String key, String subject, String text) {
		this.properties.setProperty("alert." + key + ".subject", subject);
		this.properties.setProperty("alert." + key + ".text", text);
	}

	/** Alerts still to queue: key → {subject, text}. */
	Map<String, String[]> pendingAlerts() {
		Map<String, String[]> alerts = new LinkedHashMap<>();
		for (String name : this.properties.stringPropertyNames()) {
			if (name.startsWith("alert.") && name.endsWith(".subject")) {
				String key = name.substring("alert.".length(), name.length() - ".subject".length());
				alerts.put(key, new String[] { this.properties.getProperty(name),
						this.properties.getProperty("alert." + key + ".text", "") });
			}
		}
		return alerts;
	}

	void alertQueued(String key) {
		this.properties.remove("alert." + key + ".subject");
		this.properties.remove("alert." + key + ".text");
	}

	/**
	 * Writes the state (attempts of forms no longer there are dropped), replacing the
	 * file at once.
	 */
	void save() throws IOException {
		for (String name : this.properties.stringPropertyNames()) {
			if (name.startsWith("attempt.") && !this.seen.contains(name.substring("attempt.".length()))) {
				this.properties.remove(name);
			}
		}
		Path temporary = this.file.resolveSibling(FILE + ".tmp");
		Files.deleteIfExists(temporary);
		if (PrivateFolders.posix()) {
			Files.createFile(temporary,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		try (OutputStream out = Files.newOutputStream(temporary, LinkOption.NOFOLLOW_LINKS)) {
			this.properties.store(out, "Inbox pull: attempts per form and alerts not yet queued");
		}
		Files.move(temporary, this.file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}

package vn.nq57.reporting.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The report archive: {@code <archive>/<plan>/<period>/<report type>/v<version>/}, one
 * folder per report version, so a re-run never overwrites an earlier version. Each file
 * is recorded with its SHA-256, and a finished version's folder holds {@value #MANIFEST}
 * listing its files, their SHA-256 and the submissions used. A folder with a manifest is
 * sealed: nothing is written into it again.
 */
@Component
public class ReportArchive {

	public static final String MANIFEST = "manifest.json";

	private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);

	private final Path root;

	private final ArchiveMapper mapper;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public ReportArchive(ArchiveProperties properties, ArchiveMapper mapper, Clock clock) {
		this.root = properties.archiveFolder();
		this.mapper = mapper;
		this.clock = clock;
	}

	public Path folderOf(ArchiveVersion version) {
		return version.folderUnder(this.root);
	}

	public Path fileOf(ArchiveVersion version, String extension) {
		return folderOf(version).resolve(version.fileName(extension));
	}

	/**
	 * Opens a version's folder for its files; refuses a version whose folder is sealed by
	 * a manifest the database records. A sealed folder the database does not record —
	 * left by an attempt stopped between writing its manifest and committing, or met
	 * after the database was restored from an older backup — is moved aside, kept as it
	 * was, and the version is written anew.
	 * @return the folder, created if needed
	 */
	public Path openVersion(ArchiveVersion version) throws IOException {
		Path folder = folderOf(version);
		if (Files.exists(folder.resolve(MANIFEST))) {
			if (manifestRecorded(version.runId())) {
				throw new IllegalStateException("Thư mục lưu trữ " + folder + " đã có báo cáo " + version.planCode()
						+ " kỳ " + version.periodCode() + " phiên bản " + version.version() + " hoàn chỉnh (có "
						+ MANIFEST + "); không ghi đè phiên bản đã lưu trữ.");
			}
			moveAside(folder);
		}
		return Files.createDirectories(folder);
	}

	/**
	 * Seals a version written into its folder: records every file in it (kind from the
	 * extension, size, SHA-256), then writes and records the manifest, in the caller's
	 * transaction. A manifest left by an attempt whose transaction rolled back (none
	 * recorded) is replaced.
	 * @param submissionsUsed the submission versions the report was made from, listed in
	 * the manifest
	 */
	public Path seal(ArchiveVersion version, List<Long> submissionsUsed) throws IOException {
		Path folder = folderOf(version);
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("Thư mục lưu trữ của báo cáo không tồn tại: " + folder);
		}
		List<Path> written;
		try (var listing = Files.list(folder)) {
			written = listing.filter(Files::isRegularFile)
				.filter(file -> !MANIFEST.equals(file.getFileName().toString()))
				.sorted()
				.toList();
		}
		List<Map<String, Object>> files = new ArrayList<>();
		for (Path file : written) {
			String name = file.getFileName().toString();
			int dot = name.lastIndexOf('.');
			if (dot <= 0) {
				continue;
			}
			ArchivedFile archived = record(version, name.substring(dot + 1).toUpperCase(Locale.ROOT), file);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", archived.kind());
			entry.put("file", name);
			entry.put("sha256", archived.sha256());
			entry.put("sizeBytes", archived.sizeBytes());
			files.add(entry);
		}
		return writeManifest(version, files, submissionsUsed);
	}

	/**
	 * Adds a file made after the version was sealed — the issued, signed PDF — to its
	 * folder's record, under its own kind, and writes the manifest again listing it, in
	 * the caller's transaction.
	 * @param kind e.g. SIGNED (at most 10 characters)
	 */
	public Path addToSealed(ArchiveVersion version, String kind, Path file, List<Long> submissionsUsed)
			throws IOException {
		if (!file.toAbsolutePath().getParent().equals(folderOf(version).toAbsolutePath())) {
			throw new IllegalArgumentException("Tệp " + file + " không nằm trong thư mục lưu trữ " + folderOf(version));
		}
		record(version, kind, file);
		List<Map<String, Object>> files = new ArrayList<>();
		for (ArchivedFile archived : files(version.runId())) {
			if ("MANIFEST".equals(archived.kind())) {
				continue;
			}
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("kind", archived.kind());
			entry.put("file", Path.of(archived.path()).getFileName().toString());
			entry.put("sha256", archived.sha256());
			entry.put("sizeBytes", archived.sizeBytes());
			files.add(entry);
		}
		return writeManifest(version, files, submissionsUsed);
	}

	/**
	 * A file of the version's folder: "bao-cao-…-v1-ban-hanh.pdf" for suffix
	 * "ban-hanh.pdf".
	 */
	public Path fileOf(ArchiveVersion version, String suffix, String extension) {
		String plain = version.fileName(extension);
		return folderOf(version)
			.resolve(plain.substring(0, plain.length() - extension.length() - 1) + "-" + suffix + "." + extension);
	}

	private Path writeManifest(ArchiveVersion version, List<Map<String, Object>> files, List<Long> submissionsUsed)
			throws IOException {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("plan", version.planCode());
		manifest.put("planVersion", version.planVersion());
		manifest.put("reportType", version.reportType());
		manifest.put("period", version.periodCode());
		manifest.put("version", version.version());
		manifest.put("runId", version.runId());
		manifest.put("files", files);
		manifest.put("submissionsUsed", submissionsUsed);
		Path file = folderOf(version).resolve(MANIFEST);
		Files.writeString(file, this.json.writeValueAsString(manifest));
		record(version, "MANIFEST", file);
		return file;
	}

	/** The files recorded for a version, by kind (PDF, JSON, XLSX, MANIFEST, ...). */
	public List<ArchivedFile> files(long runId) {
		return this.mapper.findFiles(runId);
	}

	public ArchivedFile file(long runId, String kind) {
		return files(runId).stream().filter(f -> f.kind().equalsIgnoreCase(kind)).findFirst().orElse(null);
	}

	private ArchivedFile record(ArchiveVersion version, String kind, Path file) throws IOException {
		ArchivedFile archived = new ArchivedFile(kind, file.toString(), Sha256.of(file), Files.size(file),
				LocalDateTime.now(this.clock));
		this.mapper.saveFile(version.runId(), kind, archived.path(), archived.sha256(), archived.sizeBytes(),
				archived.createdAt());
		return archived;
	}

	private boolean manifestRecorded(long runId) {
		return this.mapper.findFiles(runId).stream().anyMatch(f -> "MANIFEST".equals(f.kind()));
	}

	private void moveAside(Path folder) {
		String stamp = LocalDateTime.now(this.clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
		Path aside = folder.resolveSibling(folder.getFileName() + ".chua-ghi-nhan-" + stamp);
		try {
			Files.move(folder, aside);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Không chuyển được thư mục " + folder + " sang " + aside + ": " + ex.getMessage(), ex);
		}
		log.warn("Thư mục {} có manifest.json nhưng cơ sở dữ liệu không ghi nhận phiên bản này (lần chạy trước dừng"
				+ " giữa chừng, hoặc cơ sở dữ liệu được khôi phục từ bản sao cũ): đã chuyển nguyên vẹn sang {} rồi lập"
				+ " lại phiên bản. Kiểm tra thư mục đó nếu cần.", folder, aside);
	}

}

package vn.nq57.reporting.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * The report archive: {@code <archive>/<plan>/<period>/<report type>/v<version>/}, one
 * folder per report version, so a re-run never overwrites an earlier version. Each file
 * is recorded with its SHA-256, and a finished version's folder holds {@value #MANIFEST}
 * listing its files, their SHA-256 and the submissions used. A folder with a manifest is
 * sealed: nothing is written into it again.
 */
@Component
public class ReportArchive {

	private final Path root;

	private static final Logger log = LoggerFactory.getLogger(ReportArchive.class);

	private final ReportContentMapper mapper;

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public ReportArchive(@Value("${reports.archive-folder:data/archive}") Path root, ReportContentMapper mapper) {
		this.root = root.toAbsolutePath();
		this.mapper = mapper;
	}

	public Path folderOf(RunHeader run) {
		return this.root.resolve(run.planCode())
			.resolve(run.periodCode())
			.resolve(run.reportType().toLowerCase().replace('_', '-'))
			.resolve("v" + run.version());
	}

	public static final String MANIFEST = "manifest.json";

	/**
	 * Where a new file of a run goes; refuses a version whose folder is sealed by a
	 * manifest the database records. A sealed folder the database does not record — left
	 * by an attempt stopped between writing its manifest and committing, or met after the
	 * database was restored from an older backup — is moved aside, kept as it was, and
	 * the version is written anew.
	 */
	public Path newFile(RunHeader run, String extension) {
		Path folder = folderOf(run);
		Path manifest = folder.resolve(MANIFEST);
		if (Files.exists(manifest) && !manifestRecorded(run)) {
			moveAside(folder);
		}
		if (Files.exists(manifest)) {
			throw new IllegalStateException("Thư mục lưu trữ " + folderOf(run) + " đã có báo cáo " + run.planCode()
					+ " kỳ " + run.periodCode() + " phiên bản " + run.version() + " hoàn chỉnh (có " + MANIFEST
					+ "); không ghi đè phiên bản đã lưu trữ.");
		}
		return fileOf(run, extension);
	}

	/**
	 * Writes the version's manifest (files with their SHA-256, submissions used) and
	 * records it; the folder is then sealed. A manifest left by an attempt whose
	 * transaction rolled back (none recorded) is replaced.
	 */
	public Path writeManifest(RunHeader run) throws IOException {
		Path file = folderOf(run).resolve(MANIFEST);
		List<ArchivedFile> recorded = this.mapper.findFiles(run.runId());
		if (recorded.stream().anyMatch(f -> "MANIFEST".equals(f.kind()))) {
			newFile(run, "json");
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("plan", run.planCode());
		manifest.put("planVersion", run.planVersion());
		manifest.put("reportType", run.reportType());
		manifest.put("period", run.periodCode());
		manifest.put("version", run.version());
		manifest.put("runId", run.runId());
		List<Map<String, Object>> files = new ArrayList<>();
		for (ArchivedFile archived : recorded) {
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
		manifest.put("files", files);
		manifest.put("submissionsUsed", this.mapper.findSubmissionsUsed(run.runId()));
		Files.createDirectories(file.getParent());
		Files.writeString(file, this.json.writeValueAsString(manifest));
		record(run, "MANIFEST", file);
		return file;
	}

	private boolean manifestRecorded(RunHeader run) {
		return this.mapper.findFiles(run.runId()).stream().anyMatch(f -> "MANIFEST".equals(f.kind()));
	}

	private static void moveAside(Path folder) {
		String stamp = LocalDateTime.now(ReportingZone.ZONE).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
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

	public Path fileOf(RunHeader run, String extension) {
		String name = "bao-cao-" + run.planCode().toLowerCase() + "-" + run.reportType().toLowerCase().replace('_', '-')
				+ "-" + run.periodCode() + "-v" + run.version() + "." + extension;
		return folderOf(run).resolve(name);
	}

	/** Records a file written for a run: its path, size and SHA-256. */
	public void record(RunHeader run, String kind, Path file) {
		try {
			this.mapper.saveFile(run.runId(), kind, file.toString(), sha256(file), Files.size(file),
					LocalDateTime.now(ReportingZone.ZONE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records every file in the version's folder (PDF, JSON, XLSX, ...: the kind is the
	 * extension), so the archive record is written in the caller's transaction, together
	 * with whatever depends on it.
	 */
	public void recordFolder(RunHeader run) {
		Path folder = folderOf(run);
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("Thư mục lưu trữ của báo cáo không tồn tại: " + folder);
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
				if (MANIFEST.equals(name)) {
					continue;
				}
				int dot = name.lastIndexOf('.');
				if (dot > 0) {
					record(run, name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT), file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String sha256(Path file) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(java.io.OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

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
import java.util.HexFormat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * The report archive: {@code <archive>/<plan>/<period>/<report type>/v<version>/}, one folder per report
 * version, so a re-run never overwrites an earlier version. Each file is recorded with its SHA-256.
 */
@Component
public class ReportArchive {

	private final Path root;

	private final ReportContentMapper mapper;

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
	 * Records every file in the version's folder (PDF, JSON, XLSX, ...: the kind is the extension), so
	 * the archive record is written in the caller's transaction, together with whatever depends on it.
	 */
	public void recordFolder(RunHeader run) {
		Path folder = folderOf(run);
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("Thư mục lưu trữ của báo cáo không tồn tại: " + folder);
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = file.getFileName().toString();
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

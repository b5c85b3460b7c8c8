package vn.nq57.reporting.archive;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Serves a version's archived files to the console and the API, only from inside the
 * archive folder.
 */
@Component
public class ArchiveFiles {

	private final Path root;

	private final ReportArchive archive;

	ArchiveFiles(ArchiveProperties properties, ReportArchive archive) {
		this.root = properties.archiveFolder();
		this.archive = archive;
	}

	public ResponseEntity<FileSystemResource> download(long runId, String kind) {
		ArchivedFile file = this.archive.file(runId, kind);
		if (file == null) {
			return ResponseEntity.notFound().build();
		}
		Path path = Path.of(file.path()).toAbsolutePath().normalize();
		if (!path.startsWith(this.root) || !Files.isRegularFile(path)) {
			return ResponseEntity.notFound().build();
		}
		MediaType type = MediaType.parseMediaType(ArchivedFileTypes.contentType(file.kind()));
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(path.getFileName().toString()).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.body(new FileSystemResource(path));
	}

}

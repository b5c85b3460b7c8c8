package vn.nq57.reporting.console;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.ArchivedFile;

/** Serves archived report files, only from inside the archive folder. */
@Component
class ArchiveFiles {

	private final Path root;

	ArchiveFiles(@Value("${reports.archive-folder}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	ResponseEntity<FileSystemResource> download(ArchivedFile file) {
		if (file == null) {
			return ResponseEntity.notFound().build();
		}
		Path path = Path.of(file.path()).toAbsolutePath().normalize();
		if (!path.startsWith(this.root) || !Files.isRegularFile(path)) {
			return ResponseEntity.notFound().build();
		}
		MediaType type = switch (file.kind()) {
			case "PDF" -> MediaType.APPLICATION_PDF;
			case "JSON" -> MediaType.APPLICATION_JSON;
			case "XLSX" ->
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			default -> MediaType.APPLICATION_OCTET_STREAM;
		};
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(path.getFileName().toString()).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.body(new FileSystemResource(path));
	}

}

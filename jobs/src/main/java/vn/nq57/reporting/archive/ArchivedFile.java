package vn.nq57.reporting.archive;

import java.time.LocalDateTime;

/** A file of a report version in the archive, with its checksum. */
public record ArchivedFile(String kind, String path, String sha256, long sizeBytes, LocalDateTime createdAt) {
}

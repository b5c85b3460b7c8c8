package vn.nq57.reporting.archive;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where report versions are archived ({@code reports.archive-folder}, by default
 * {@code ${reports.home}/archive}).
 */
@ConfigurationProperties("reports")
public record ArchiveProperties(Path archiveFolder) {

	public ArchiveProperties {
		archiveFolder = ((archiveFolder != null) ? archiveFolder : Path.of("data/archive")).toAbsolutePath()
			.normalize();
	}

}

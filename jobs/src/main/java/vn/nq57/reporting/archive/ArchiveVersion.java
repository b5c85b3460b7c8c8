package vn.nq57.reporting.archive;

import java.nio.file.Path;

/**
 * One report version as the archive files it: its folder is
 * {@code <plan>/<period>/<report type>/v<version>/}.
 */
public record ArchiveVersion(long runId, String planCode, int planVersion, String reportType, String periodCode,
		int version) {

	Path folderUnder(Path root) {
		return root.resolve(this.planCode)
			.resolve(this.periodCode)
			.resolve(this.reportType.toLowerCase().replace('_', '-'))
			.resolve("v" + this.version);
	}

	String fileName(String extension) {
		return "bao-cao-" + this.planCode.toLowerCase() + "-" + this.reportType.toLowerCase().replace('_', '-') + "-"
				+ this.periodCode + "-v" + this.version + "." + extension;
	}

}

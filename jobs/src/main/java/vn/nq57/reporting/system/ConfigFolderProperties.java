package vn.nq57.reporting.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The configuration folder ({@code reports.config-folder}, REPORTS_CONFIG): the folder
 * holding {@code plans/} and {@code schedules/}, read instead of the copies inside the
 * jar wherever a file is there. {@code ./reports} sets it to the project's folder, the
 * installed {@code bin/reports} to the installation's; empty: the jar's copies only.
 */
@ConfigurationProperties("reports")
public record ConfigFolderProperties(Path configFolder) {
}

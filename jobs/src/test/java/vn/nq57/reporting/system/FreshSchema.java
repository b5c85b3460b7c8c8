package vn.nq57.reporting.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.FileSystemUtils;

/**
 * Drops whatever an earlier test run left in the test database, then migrates. The report archive goes
 * with the database: a fresh schema numbers report versions from 1 again, and the archive refuses to write
 * into a version folder that an earlier run sealed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreshSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate(@Value("${reports.archive-folder}") Path archive) {
		return flyway -> {
			try {
				FileSystemUtils.deleteRecursively(archive);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			flyway.clean();
			flyway.migrate();
		};
	}

}

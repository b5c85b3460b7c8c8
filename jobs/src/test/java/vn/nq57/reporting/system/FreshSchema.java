package vn.nq57.reporting.system;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.FileSystemUtils;

/**
 * Drops whatever an earlier test run left in the test database, then migrates; empties
 * the report archive and the mail outbox folders with it, so files and rows start
 * together.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FreshSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate(@Value("${reports.archive-folder}") Path archive,
			@Value("${reports.mail.outbox-folder}") Path outbox) {
		return flyway -> {
			flyway.clean();
			try {
				FileSystemUtils.deleteRecursively(archive);
				FileSystemUtils.deleteRecursively(outbox);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot empty the test archive " + archive, ex);
			}
			flyway.migrate();
		};
	}

}

package vn.nq57.reporting.system;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Drops whatever an earlier test run left in the test database, then migrates. */
@TestConfiguration(proxyBeanMethods = false)
public class FreshSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}

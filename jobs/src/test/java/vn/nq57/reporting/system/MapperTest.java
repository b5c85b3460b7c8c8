package vn.nq57.reporting.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.mybatis.spring.boot.test.autoconfigure.MybatisTest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.nq57.reporting.catalog.PlanImporter;

/**
 * A mapper's SQL against the real MariaDB (the embedded server, or the one
 * SPRING_DATASOURCE_URL names): only MyBatis, the data source and Flyway are started, and
 * each test's writes are rolled back. Plans are imported the product's way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@MybatisTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
@Import({ PlanImporter.class, TimeConfiguration.class, ConfigFiles.class })
@EnableConfigurationProperties(ConfigFolderProperties.class)
public @interface MapperTest {

}

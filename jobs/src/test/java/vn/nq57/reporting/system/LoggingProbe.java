package vn.nq57.reporting.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A Spring application that only logs, started in its own JVM by
 * {@link LoggingConfigurationTests} with the product's logging configuration: {@code N}
 * lines (first argument) a few milliseconds apart, then a warning with a stack trace.
 */
@Configuration(proxyBeanMethods = false)
public class LoggingProbe {

	public static void main(String[] args) throws InterruptedException {
		int lines = Integer.parseInt(args[0]);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LoggingProbe.class)
			.web(WebApplicationType.NONE)
			.run(args);
		Logger log = LoggerFactory.getLogger("vn.nq57.reporting.probe");
		for (int i = 0; i < lines; i++) {
			log.info("Dòng nhật ký số {}: {}", i, "báo cáo ".repeat(10));
			Thread.sleep(15);
		}
		log.warn("Cảnh báo thử", new IllegalStateException("lỗi thử"));
		System.out.println("kết quả cho chương trình");
		context.close();
	}

}

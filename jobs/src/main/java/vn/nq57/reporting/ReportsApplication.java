package vn.nq57.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "serve".equals(args[0])) {
			// the only command that needs the web server; every other command runs without one
			System.setProperty("spring.main.web-application-type", "servlet");
		}
		System.exit(SpringApplication.exit(SpringApplication.run(ReportsApplication.class, args)));
	}

}

package vn.nq57.reporting;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportsApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(ReportsApplication.class, args)));
	}

}

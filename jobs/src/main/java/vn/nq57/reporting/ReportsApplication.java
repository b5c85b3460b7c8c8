package vn.nq57.reporting;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "serve".equals(args[0])) {
			// the web console and API: keep running until stopped
			String[] withServer = Arrays.copyOf(args, args.length + 1);
			withServer[args.length] = "--spring.main.web-application-type=servlet";
			SpringApplication.run(ReportsApplication.class, withServer);
			return;
		}
		System.exit(SpringApplication.exit(SpringApplication.run(ReportsApplication.class, args)));
	}

}

package vn.nq57.reporting;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.nq57.reporting.cli.ReportsCommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportsApplication {

	public static void main(String[] args) {
		// help, version and wrong arguments need neither the application nor its database
		int answered = ReportsCommandLine.answerWithoutApplication(args);
		if (answered >= 0) {
			System.exit(answered);
		}
		if (args.length > 0 && "serve".equals(args[0])) {
			// the web console, the API and (unless --no-scheduler) the scheduler: keep
			// running until
			// stopped
			boolean scheduler = !Arrays.asList(args).contains("--no-scheduler");
			String[] withServer = Arrays.copyOf(args, args.length + 2);
			withServer[args.length] = "--spring.main.web-application-type=servlet";
			withServer[args.length + 1] = "--reports.scheduler.enabled=" + scheduler;
			SpringApplication.run(ReportsApplication.class, withServer);
			return;
		}
		System.exit(SpringApplication.exit(SpringApplication.run(ReportsApplication.class, args)));
	}

}

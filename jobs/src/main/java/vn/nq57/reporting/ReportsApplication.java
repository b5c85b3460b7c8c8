package vn.nq57.reporting;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.nq57.reporting.cli.ReportsCommandLine;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ReportsApplication {

	/**
	 * {@code serve}: the web console, the API and the scheduler, unless
	 * {@code --no-scheduler} or REPORTS_SCHEDULER_ENABLED=false in the environment.
	 */
	static String[] serveArguments(String[] args, String schedulerEnabled) {
		boolean scheduler = !Arrays.asList(args).contains("--no-scheduler")
				&& !"false".equalsIgnoreCase(schedulerEnabled);
		String[] withServer = Arrays.copyOf(args, args.length + 2);
		withServer[args.length] = "--spring.main.web-application-type=servlet";
		withServer[args.length + 1] = "--reports.scheduler.enabled=" + scheduler;
		return withServer;
	}

	public static void main(String[] args) {
		// help, version and wrong arguments need neither the application nor its database
		int answered = ReportsCommandLine.answerWithoutApplicationOrByService(args);
		if (answered >= 0) {
			System.exit(answered);
		}
		if (args.length > 0 && "serve".equals(args[0])) {
			// keep running until stopped
			application(true).run(serveArguments(args, System.getenv("REPORTS_SCHEDULER_ENABLED")));
			return;
		}
		boolean scheduler = args.length > 0 && "scheduler".equals(args[0]);
		System.exit(SpringApplication.exit(application(scheduler).run(args)));
	}

	/**
	 * The application; a long-running one (serve, scheduler) also answers other
	 * {@code ./reports} processes' commands on the folder's commands socket
	 * ({@code reports.cli.service}).
	 */
	static SpringApplication application(boolean longRunning) {
		SpringApplication application = new SpringApplication(ReportsApplication.class);
		if (longRunning) {
			application.setDefaultProperties(Map.of("reports.cli.service", "true"));
		}
		return application;
	}

}

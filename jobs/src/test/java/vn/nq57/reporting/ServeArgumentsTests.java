package vn.nq57.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports serve} runs the console, the API and the scheduler in one process;
 * {@code --no-scheduler} or REPORTS_SCHEDULER_ENABLED=false leave the schedules to
 * another.
 */
class ServeArgumentsTests {

	@Test
	void serveRunsTheWebServerAndTheSchedulerByDefault() {
		assertThat(ReportsApplication.serveArguments(new String[] { "serve", "--server.port=8080" }, null))
			.containsExactly("serve", "--server.port=8080", "--spring.main.web-application-type=servlet",
					"--reports.scheduler.enabled=true");
		assertThat(ReportsApplication.serveArguments(new String[] { "serve" }, "true"))
			.contains("--reports.scheduler.enabled=true");
	}

	@Test
	void theSwitchOrTheEnvironmentTurnsTheSchedulerOff() {
		assertThat(ReportsApplication.serveArguments(new String[] { "serve", "--no-scheduler" }, null))
			.contains("--reports.scheduler.enabled=false");
		assertThat(ReportsApplication.serveArguments(new String[] { "serve" }, "false"))
			.contains("--reports.scheduler.enabled=false");
	}

}

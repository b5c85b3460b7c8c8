package vn.nq57.reporting.monitoring;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.FreshSchema;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Health and metrics as a monitoring agent on the server reads them: on the management
 * port, bound to 127.0.0.1 only, without signing in; never on the console's port.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
@ActiveProfiles("test")
@Import(FreshSchema.class)
class ManagementPortTests {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	PlanImporter importer;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void healthAnswersOnTheLoopbackManagementPortWithTheDatabaseAndTheServiceParts() throws Exception {
		HttpResponse<String> health = get(this.managementPort, "/actuator/health");

		assertThat(health.statusCode()).isEqualTo(200);
		// overall WARNING from 1 November while next year's holiday file is provisional
		assertThat(health.body()).containsPattern("\"status\":\"(UP|WARNING)\"}$")
			.containsPattern("\"db\":\\{\"details\":\\{\"database\":\"MariaDB\"[^}]*},\"status\":\"UP\"")
			.contains("\"outbox\":{\"details\":{\"backlog\":0,\"failed\":0,\"uncertain\":0},\"status\":\"UP\"}")
			.contains("\"scheduler\":{\"details\":{\"enabled\":false},\"status\":\"UP\"}")
			.contains("\"holidays\":{\"details\":{", "\"diskSpace\":{");
		assertThat(get(this.managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get(this.managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void prometheusCountsTheReportRunsAndTheOutboxByStatus() throws Exception {
		String text = TestPlans.text("yen-hoa.yaml").replace("code: \"YEN-HOA\"", "code: \"YEN-HOA-METRICS\"");
		this.importer.importText("plans/yen-hoa-metrics.yaml", text);
		this.samples.generate("YEN-HOA-METRICS", Period.parse(ReportType.MONTHLY, "2026-08"), 7L);
		this.launcher.run("YEN-HOA-METRICS", ReportType.MONTHLY, "2026-08", false);
		Thread.sleep(2_100); // the counts are read at most once every two seconds

		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).containsPattern("reports_runs\\{[^}]*status=\"COMPLETED\"[^}]*\\} [1-9]")
			.containsPattern("reports_runs\\{[^}]*status=\"FAILED\"[^}]*\\} 0")
			.containsPattern("reports_outbox_messages\\{[^}]*status=\"PENDING\"[^}]*\\} 0")
			.containsPattern("reports_outbox_messages\\{[^}]*status=\"FAILED\"[^}]*\\} 0")
			.contains("reports_submissions_received", "reports_submissions_refused");
	}

	@Test
	void theConsolePortDoesNotServeThemAndTheManagementPortListensOnLoopbackOnly() throws Exception {
		HttpResponse<String> onConsolePort = get(this.port, "/actuator/health");
		assertThat(onConsolePort.statusCode()).isIn(302, 401, 403, 404);
		assertThat(onConsolePort.body()).doesNotContain("\"status\"");
		assertThat(get(this.port, "/actuator/prometheus").body()).doesNotContain("reports_runs");

		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> connect("127.0.0.2", this.managementPort));
		connect("127.0.0.1", this.managementPort);
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static void connect(String address, int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2_000);
		}
	}

}

package vn.nq57.reporting.console;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.nq57.reporting.system.FreshSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a reverse proxy ({@code server.forward-headers-strategy=native}): the client's
 * address and scheme come from X-Forwarded-For and X-Forwarded-Proto only when the
 * request comes from a trusted proxy (by default the local machine's 127.0.0.1), and the
 * session cookie is Secure when the proxy says the client used HTTPS.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet", "server.forward-headers-strategy=native" })
@ActiveProfiles("test")
@Import(FreshSchema.class)
@ExtendWith(OutputCaptureExtension.class)
class ForwardedHeadersTests {

	@LocalServerPort
	int port;

	@Test
	void clientAddressComesFromForwardedHeadersOnlyWhenTheProxyIsTrusted(CapturedOutput output) throws Exception {
		HttpFromAddress http = new HttpFromAddress(this.port);

		assertThat(http
			.send("127.0.0.1", "GET", "/api/runs", "Authorization", HttpFromAddress.basic("qua-proxy", "sai"),
					"X-Forwarded-For", "203.0.113.7")
			.status()).isEqualTo(401);
		assertThat(http
			.send("127.0.0.2", "GET", "/api/runs", "Authorization", HttpFromAddress.basic("khong-qua-proxy", "sai"),
					"X-Forwarded-For", "203.0.113.8")
			.status()).isEqualTo(401);

		String log = output.getOut() + output.getErr();
		assertThat(log).containsPattern("qua-proxy.*203\\.0\\.113\\.7");
		assertThat(log).containsPattern("khong-qua-proxy.*127\\.0\\.0\\.2").doesNotContain("203.0.113.8");
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureHttpOnlyAndSameSite() throws Exception {
		HttpFromAddress http = new HttpFromAddress(this.port);

		String cookie = http.send("127.0.0.1", "GET", "/login", "X-Forwarded-Proto", "https").header("Set-Cookie");

		assertThat(cookie).contains("JSESSIONID=", "Secure", "HttpOnly", "SameSite=Lax");
	}

}

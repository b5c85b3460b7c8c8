package vn.nq57.reporting.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing on the console's sign-in form and the API's HTTP Basic: an account
 * name locks after repeated failures (whatever the password afterwards, and alike for
 * names that do not exist), an address is refused after too many failures, a disabled
 * user stays disabled, and a user's sessions end when an administrator changes them. Each
 * test uses its own names and addresses: the limits are state of the shared context.
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.main.web-application-type=servlet")
@ExtendWith(OutputCaptureExtension.class)
class SignInProtectionTests {

	private static final String PASSWORD = "mật-khẩu-dài-đủ";

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsoleUsers users;

	@Test
	void apiRefusesTheRightPasswordOfALockedAccountExactlyLikeAWrongOne() throws Exception {
		this.users.save("khoa-api", PASSWORD.toCharArray(), "VIEWER", null, null);
		MockHttpServletResponse wrong = null;
		for (int attempt = 1; attempt <= 5; attempt++) {
			wrong = this.mvc
				.perform(get("/api/runs").with(httpBasic("khoa-api", "sai-" + attempt)).with(from("10.1.0." + attempt)))
				.andExpect(status().isUnauthorized())
				.andReturn()
				.getResponse();
		}

		MockHttpServletResponse right = this.mvc
			.perform(get("/api/runs").with(httpBasic("khoa-api", PASSWORD)).with(from("10.1.0.6")))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse();

		assertThat(right.getHeader("WWW-Authenticate")).isEqualTo(wrong.getHeader("WWW-Authenticate"));
		assertThat(right.getContentAsString()).isEqualTo(wrong.getContentAsString());
		assertThat(right.getHeaderNames()).containsExactlyInAnyOrderElementsOf(wrong.getHeaderNames());
	}

	@Test
	void consoleSaysLockedWhateverThePasswordAndAlikeForANameThatDoesNotExist() throws Exception {
		this.users.save("khoa-form", PASSWORD.toCharArray(), "VIEWER", null, null);
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn("khoa-form", "sai-" + attempt, "10.3.0." + attempt).andExpect(redirectedUrl("/login?error"));
			signIn("khong-co-ai", "sai-" + attempt, "10.3.1." + attempt).andExpect(redirectedUrl("/login?error"));
		}

		signIn("khoa-form", PASSWORD, "10.3.0.9").andExpect(redirectedUrl("/login?locked"));
		signIn("khoa-form", "sai-6", "10.3.0.9").andExpect(redirectedUrl("/login?locked"));
		signIn("khong-co-ai", "sai-6", "10.3.1.9").andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Tài khoản tạm khóa")));
	}

	@Test
	void oneAddressIsRefusedAfterTooManyFailuresWhileOthersGoOn() throws Exception {
		this.users.save("dung-dia-chi", PASSWORD.toCharArray(), "VIEWER", null, null);
		for (int attempt = 1; attempt <= 20; attempt++) {
			// a different name each time: no account locks, only the address counts
			this.mvc.perform(get("/api/runs").with(httpBasic("doan-" + attempt, "sai")).with(from("10.2.0.1")))
				.andExpect(status().isUnauthorized());
		}

		this.mvc.perform(get("/api/runs").with(httpBasic("dung-dia-chi", PASSWORD)).with(from("10.2.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		signIn("dung-dia-chi", PASSWORD, "10.2.0.1").andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(get("/api/runs").with(httpBasic("dung-dia-chi", PASSWORD)).with(from("10.2.0.2")))
			.andExpect(status().isOk());
	}

	@Test
	void updatingADisabledUserKeepsItDisabledAndItsRightPasswordIsRefusedLikeAWrongOne() throws Exception {
		this.users.save("tat-di", PASSWORD.toCharArray(), "VIEWER", null, null);
		this.users.disable("tat-di");
		this.users.save("tat-di", "mật-khẩu-mới-đủ-dài".toCharArray(), "OPERATOR", null, null);

		assertThat(this.users.find("tat-di").enabled()).isFalse();
		this.mvc.perform(get("/api/runs").with(httpBasic("tat-di", "mật-khẩu-mới-đủ-dài")).with(from("10.4.0.1")))
			.andExpect(status().isUnauthorized());
		signIn("tat-di", "mật-khẩu-mới-đủ-dài", "10.4.0.1").andExpect(redirectedUrl("/login?error"));

		this.users.enable("tat-di");
		this.mvc.perform(get("/api/runs").with(httpBasic("tat-di", "mật-khẩu-mới-đủ-dài")).with(from("10.4.0.1")))
			.andExpect(status().isOk());
	}

	@Test
	void aUsersSessionsEndWhenTheirRoleChangesOrTheyAreDisabled() throws Exception {
		this.users.save("phien-vai-tro", PASSWORD.toCharArray(), "VIEWER", null, null);
		MockHttpSession session = signedIn("phien-vai-tro", "10.5.0.1");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.users.save("phien-vai-tro", PASSWORD.toCharArray(), "OPERATOR", null, null);

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));

		this.users.save("phien-tat", PASSWORD.toCharArray(), "VIEWER", null, null);
		MockHttpSession other = signedIn("phien-tat", "10.5.0.2");
		this.mvc.perform(get("/").session(other)).andExpect(status().isOk());
		this.users.disable("phien-tat");
		this.mvc.perform(get("/").session(other)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void failuresAreLoggedWithTheNameAndAddressButNeverThePassword(CapturedOutput output) throws Exception {
		this.mvc.perform(get("/api/runs").with(httpBasic("ghi-nhat-ky", "bí-mật-đoán-thử")).with(from("10.6.0.7")))
			.andExpect(status().isUnauthorized());
		signIn("ghi-nhat-ky", "mật-khẩu-thứ-hai", "10.6.0.8").andExpect(redirectedUrl("/login?error"));

		assertThat(output.getOut() + output.getErr()).contains("ghi-nhat-ky", "10.6.0.7", "10.6.0.8")
			.doesNotContain("bí-mật-đoán-thử")
			.doesNotContain("mật-khẩu-thứ-hai");
	}

	@Test
	void apiRefusesARequestThatCarriesOnlyAConsoleSessionCookie() throws Exception {
		this.users.save("chi-co-phien", PASSWORD.toCharArray(), "OPERATOR", null, null);
		MockHttpSession session = signedIn("chi-co-phien", "10.7.0.1");
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.mvc.perform(get("/api/runs").session(session)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/runs").session(session)
				.contentType("application/json")
				.content("{\"plan\":\"VU-QUANG\",\"type\":\"monthly\",\"period\":\"2026-06\"}"))
			.andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password, String address)
			throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	private MockHttpSession signedIn(String username, String address) throws Exception {
		return (MockHttpSession) signIn(username, PASSWORD, address).andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

package vn.nq57.reporting.console;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The users page: only an ADMIN sees it, and unlocks, disables and enables users there
 * (forms with their CSRF token).
 */
@DatabaseTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spring.main.web-application-type=servlet")
class UsersPageTests {

	private static final String PASSWORD = "mật-khẩu-dài-đủ";

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsoleUsers users;

	@Autowired
	SignInLocks locks;

	@Test
	void onlyAnAdministratorSeesTheUsersPageAndItsLink() throws Exception {
		this.mvc.perform(get("/users").with(user("xem").roles("VIEWER"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/users").with(user("vanhanh").roles("OPERATOR"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/users/unlock").param("username", "x").with(user("vanhanh").roles("OPERATOR")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(user("vanhanh").roles("OPERATOR")))
			.andExpect(content().string(not(containsString("id=\"users-link\""))));
		this.mvc.perform(get("/").with(user("quan-tri").roles("ADMIN")))
			.andExpect(content().string(containsString("id=\"users-link\"")));
	}

	@Test
	void administratorSeesALockAndLiftsIt() throws Exception {
		this.users.save("bi-khoa", PASSWORD.toCharArray(), "VIEWER", null, null);
		for (int i = 0; i < 5; i++) {
			this.locks.failed("bi-khoa", "192.0.2.44");
		}

		this.mvc.perform(get("/users").with(user("quan-tri").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tạm khóa đến")))
			.andExpect(content().string(containsString("192.0.2.44")));
		this.mvc.perform(post("/users/unlock").param("username", "bi-khoa").with(user("quan-tri").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(
				post("/users/unlock").param("username", "bi-khoa").with(user("quan-tri").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/users"))
			.andExpect(flash().attribute("message", "Đã mở khóa tài khoản «bi-khoa»."));

		assertThat(this.locks.state("bi-khoa")).isNull();
	}

	@Test
	void administratorDisablesAndEnablesAUserButNotThemself() throws Exception {
		this.users.save("se-tat", PASSWORD.toCharArray(), "OPERATOR", null, null);
		var admin = user("quan-tri-2").roles("ADMIN");

		this.mvc.perform(post("/users/disable").param("username", "se-tat").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/users"));
		assertThat(this.users.find("se-tat").enabled()).isFalse();
		this.mvc.perform(get("/users").with(admin)).andExpect(content().string(containsString("Đã vô hiệu hóa")));

		this.mvc.perform(post("/users/enable").param("username", "se-tat").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/users"));
		assertThat(this.users.find("se-tat").enabled()).isTrue();

		this.users.save("quan-tri-2", PASSWORD.toCharArray(), "ADMIN", null, null);
		this.mvc.perform(post("/users/disable").param("username", "quan-tri-2").with(admin).with(csrf()))
			.andExpect(flash().attribute("message", "Không thể tự vô hiệu hóa tài khoản đang dùng."));
		assertThat(this.users.find("quan-tri-2").enabled()).isTrue();

		this.mvc.perform(post("/users/enable").param("username", "khong-co").with(admin).with(csrf()))
			.andExpect(redirectedUrl("/users"))
			.andExpect(flash().attribute("message", "Không có người dùng «khong-co»"));
	}

}

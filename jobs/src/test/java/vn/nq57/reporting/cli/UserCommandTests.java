package vn.nq57.reporting.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.console.SignInLocks;
import vn.nq57.reporting.console.SignInSettings;
import vn.nq57.reporting.system.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./reports user list | unlock | disable | enable}, as an administrator at the
 * server's shell uses them.
 */
@DatabaseTest
class UserCommandTests {

	private static final String PASSWORD = "mật-khẩu-dài-đủ";

	@Autowired
	ConsoleUsers users;

	@Autowired
	SignInLocks locks;

	@Autowired
	SignInSettings settings;

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	@Test
	void unlockLiftsTheLockThatFailedSignInsPut() {
		this.users.save("khoa-cli", PASSWORD.toCharArray(), "VIEWER", null, null);
		for (int i = 0; i < 5; i++) {
			this.locks.failed("khoa-cli", "192.0.2.7");
		}
		assertThat(this.locks.isLocked(this.locks.state("khoa-cli"))).isTrue();
		assertThat(list())
			.containsPattern("khoa-cli,VIEWER,,,đang dùng,0,\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4} từ 192\\.0\\.2\\.7,"
					+ "\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");

		UserCommand.Unlock unlock = new UserCommand.Unlock(this.users);
		unlock.out = out();
		unlock.username = "khoa-cli";

		assertThat(unlock.call()).isZero();
		assertThat(text()).contains("Đã mở khóa người dùng khoa-cli");
		assertThat(this.locks.state("khoa-cli")).isNull();
	}

	@Test
	void disableAndEnableChangeOnlyThatUserAndAnUnknownNameIsBadInput() {
		this.users.save("tat-cli", PASSWORD.toCharArray(), "OPERATOR", null, null);
		UserCommand.Disable disable = new UserCommand.Disable(this.users);
		disable.out = out();
		disable.username = "tat-cli";

		assertThat(disable.call()).isZero();
		assertThat(this.users.find("tat-cli").enabled()).isFalse();
		assertThat(list()).contains("tat-cli,OPERATOR,,,đã vô hiệu hóa,0,,");

		UserCommand.Enable enable = new UserCommand.Enable(this.users);
		enable.out = out();
		enable.username = "tat-cli";
		assertThat(enable.call()).isZero();
		assertThat(this.users.find("tat-cli").enabled()).isTrue();

		UserCommand.Disable unknown = new UserCommand.Disable(this.users);
		unknown.out = out();
		unknown.username = "TAT-CLI";
		assertThat(unknown.call()).isEqualTo(2);
		assertThat(this.users.find("tat-cli").enabled()).isTrue();
	}

	private String list() {
		UserCommand.ListUsers list = new UserCommand.ListUsers(this.users, this.settings);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		list.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		list.format = "csv";
		list.run();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private PrintStream out() {
		return new PrintStream(this.printed, true, StandardCharsets.UTF_8);
	}

	private String text() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}

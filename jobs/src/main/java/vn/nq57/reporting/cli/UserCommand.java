package vn.nq57.reporting.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.console.ConsoleUsers;

/**
 * {@code ./reports user add NAME --role ROLE}: a console user, with the password read,
 * never echoed.
 */
@Component
@Command(name = "user", mixinStandardHelpOptions = true, description = "Quản lý người dùng trang quản trị.",
		subcommands = UserCommand.Add.class)
public class UserCommand extends CommandGroup {

	@Component
	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Tạo người dùng (hoặc đặt lại mật khẩu, vai trò). Mật khẩu nhập từ bàn phím, hoặc từ đầu vào "
					+ "chuẩn với --password-stdin; ít nhất 10 ký tự.")
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "TÊN")
		String username;

		@Option(names = "--role", required = true, description = "ADMIN, OPERATOR, VIEWER hoặc UNIT")
		String role;

		@Option(names = "--plan", description = "Với UNIT: mã kế hoạch")
		String plan;

		@Option(names = "--unit", description = "Với UNIT: mã đơn vị")
		String unit;

		@Option(names = "--password-stdin", description = "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn")
		boolean passwordStdin;

		private final ConsoleUsers users;

		Add(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() throws IOException {
			char[] password;
			if (this.passwordStdin || System.console() == null) {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				password = (line == null) ? new char[0] : line.toCharArray();
			}
			else {
				password = System.console().readPassword("Mật khẩu cho %s: ", this.username);
			}
			boolean created = this.users.save(this.username, password, this.role.toUpperCase(), this.plan, this.unit);
			System.out.println((created ? "Đã tạo" : "Đã cập nhật") + " người dùng " + this.username + " ("
					+ this.role.toUpperCase() + ")");
			return 0;
		}

	}

}

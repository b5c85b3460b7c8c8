package vn.nq57.reporting.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.console.ConsoleUserStatus;
import vn.nq57.reporting.console.ConsoleUsers;
import vn.nq57.reporting.console.SignInFailure;
import vn.nq57.reporting.console.SignInSettings;

/**
 * {@code ./reports user add NAME --role ROLE}: a console user, with the password read,
 * never echoed; {@code list}, {@code unlock}, {@code disable} and {@code enable} for an
 * administrator at the server's shell.
 */
@Component
@Command(name = "user", mixinStandardHelpOptions = true, description = "Quản lý người dùng trang quản trị.",
		subcommands = { UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Unlock.class,
				UserCommand.Disable.class, UserCommand.Enable.class })
public class UserCommand extends CommandGroup {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	@Component
	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Tạo người dùng (hoặc đặt lại mật khẩu, vai trò). Mật khẩu nhập từ bàn phím, hoặc từ đầu vào "
					+ "chuẩn với --password-stdin; ít nhất 10 ký tự.")
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "TÊN")
		String username;

		@Option(names = "--role", paramLabel = "VAI-TRÒ", required = true,
				description = "ADMIN, OPERATOR, VIEWER, UNIT, PROVINCE (cán bộ Sở, chỉ xem tỉnh của mình) hoặc SIGNER (người ký duyệt báo cáo của một kế hoạch)")
		String role;

		@Option(names = "--plan", paramLabel = "MÃ-KẾ-HOẠCH", description = "Với UNIT, SIGNER: mã kế hoạch")
		String plan;

		@Option(names = "--unit", paramLabel = "MÃ-ĐƠN-VỊ", description = "Với UNIT: mã đơn vị")
		String unit;

		@Option(names = "--province", paramLabel = "TỈNH",
				description = "Với PROVINCE: tên tỉnh/thành phố, ví dụ \"Hà Tĩnh\"")
		String province;

		@Option(names = "--email", paramLabel = "THƯ-ĐIỆN-TỬ",
				description = "Địa chỉ thư (người ký duyệt nhận cảnh báo khi báo cáo chờ duyệt đến hạn)")
		String email;

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
			boolean created = this.users.save(this.username, password, this.role.toUpperCase(), this.plan, this.unit,
					this.province);
			if (this.email != null) {
				this.users.setEmail(this.username, this.email.isBlank() ? null : this.email.strip());
			}
			System.out.println((created ? "Đã tạo" : "Đã cập nhật") + " người dùng " + this.username + " ("
					+ this.role.toUpperCase() + ")");
			return 0;
		}

	}

	@Component
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Các người dùng: vai trò, đơn vị, trạng thái, số lần đăng nhập sai liên tiếp và khóa.")
	static class ListUsers implements Runnable, AnsweredByService {

		@Option(names = "--format", paramLabel = "ĐỊNH-DẠNG", description = "table (mặc định) hoặc csv")
		String format = "table";

		PrintStream out = System.out;

		private final ConsoleUsers users;

		private final SignInSettings settings;

		ListUsers(ConsoleUsers users, SignInSettings settings) {
			this.users = users;
			this.settings = settings;
		}

		@Override
		public void run() {
			LocalDateTime now = LocalDateTime.now(ReportingZone.ZONE);
			Table table = new Table("Tên", "Vai trò", "Kế hoạch", "Đơn vị", "Trạng thái", "Sai liên tiếp",
					"Lần sai cuối", "Khóa đến");
			for (ConsoleUserStatus user : this.users.list()) {
				SignInFailure failure = user.failure();
				LocalDateTime until = (failure == null) ? null : failure.lockedUntil(now, this.settings.lockDuration());
				table.row(user.username(), user.role(), user.planCode(), user.unitCode(),
						user.enabled() ? "đang dùng" : "đã vô hiệu hóa", user.failures(),
						(failure == null) ? null : TIME.format(failure.lastFailedAt()) + " từ " + failure.lastAddress(),
						(until == null) ? null
								: until.equals(LocalDateTime.MAX) ? "đến khi mở khóa" : TIME.format(until));
			}
			table.print(this.out, this.format);
		}

	}

	@Component
	@Command(name = "unlock", mixinStandardHelpOptions = true,
			description = "Mở khóa tài khoản bị tạm khóa vì đăng nhập sai, và xóa số lần sai đã đếm.")
	static class Unlock implements Callable<Integer> {

		@Parameters(paramLabel = "TÊN")
		String username;

		PrintStream out = System.out;

		private final ConsoleUsers users;

		Unlock(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			return change(this.out, () -> this.users.unlock(this.username) ? "Đã mở khóa người dùng " + this.username
					: "Người dùng " + this.username + " không bị khóa, không có lần đăng nhập sai nào được đếm");
		}

	}

	@Component
	@Command(name = "disable", mixinStandardHelpOptions = true,
			description = "Vô hiệu hóa người dùng: không đăng nhập được nữa, các phiên đang mở kết thúc.")
	static class Disable implements Callable<Integer> {

		@Parameters(paramLabel = "TÊN")
		String username;

		PrintStream out = System.out;

		private final ConsoleUsers users;

		Disable(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			return change(this.out,
					() -> this.users.disable(this.username) ? "Đã vô hiệu hóa người dùng " + this.username
							: "Người dùng " + this.username + " đã bị vô hiệu hóa từ trước");
		}

	}

	@Component
	@Command(name = "enable", mixinStandardHelpOptions = true, description = "Kích hoạt lại người dùng đã vô hiệu hóa.")
	static class Enable implements Callable<Integer> {

		@Parameters(paramLabel = "TÊN")
		String username;

		PrintStream out = System.out;

		private final ConsoleUsers users;

		Enable(ConsoleUsers users) {
			this.users = users;
		}

		@Override
		public Integer call() {
			return change(this.out,
					() -> this.users.enable(this.username) ? "Đã kích hoạt lại người dùng " + this.username
							: "Người dùng " + this.username + " đang được dùng");
		}

	}

	/** Prints what was done; an unknown user is bad input (exit 2), said on stderr. */
	private static int change(PrintStream out, java.util.function.Supplier<String> action) {
		try {
			out.println(action.get());
			return 0;
		}
		catch (IllegalArgumentException ex) {
			System.err.println("Lỗi: " + ex.getMessage());
			return 2;
		}
	}

}

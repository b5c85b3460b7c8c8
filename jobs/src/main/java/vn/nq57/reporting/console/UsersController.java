package vn.nq57.reporting.console;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * The users page (ADMIN only): who may sign in, which accounts failed sign-ins have
 * locked; unlock, disable and enable again. Roles and passwords are set with
 * {@code ./reports user add}.
 */
@Controller
class UsersController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private final ConsoleUsers users;

	private final SignInSettings settings;

	UsersController(ConsoleUsers users, SignInSettings settings) {
		this.users = users;
		this.settings = settings;
	}

	/** One line of the page. */
	record UserLine(String username, String role, String unit, boolean enabled, boolean locked, String lock,
			int failures, String lastFailure) {
	}

	@GetMapping("/users")
	String users(Model model) {
		LocalDateTime now = LocalDateTime.now(ReportingZone.ZONE);
		List<UserLine> lines = this.users.list().stream().map(user -> line(user, now)).toList();
		model.addAttribute("users", lines);
		model.addAttribute("maxFailures", this.settings.maxFailures());
		return "console/users";
	}

	@PostMapping("/users/unlock")
	String unlock(@RequestParam String username, RedirectAttributes redirect) {
		return change(redirect, () -> {
			this.users.unlock(username);
			return "Đã mở khóa tài khoản «" + username + "».";
		});
	}

	@PostMapping("/users/disable")
	String disable(@RequestParam String username, Authentication admin, RedirectAttributes redirect) {
		if (username.equals(admin.getName())) {
			redirect.addFlashAttribute("message", "Không thể tự vô hiệu hóa tài khoản đang dùng.");
			return "redirect:/users";
		}
		return change(redirect, () -> {
			this.users.disable(username);
			return "Đã vô hiệu hóa tài khoản «" + username + "»; các phiên đăng nhập của tài khoản này đã kết thúc.";
		});
	}

	@PostMapping("/users/enable")
	String enable(@RequestParam String username, RedirectAttributes redirect) {
		return change(redirect, () -> {
			this.users.enable(username);
			return "Đã kích hoạt lại tài khoản «" + username + "».";
		});
	}

	/** Back to the page with what was done, or why not (a user removed meanwhile). */
	private static String change(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("message", action.get());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("message", ex.getMessage());
		}
		return "redirect:/users";
	}

	private UserLine line(ConsoleUserStatus user, LocalDateTime now) {
		SignInFailure failure = user.failure();
		LocalDateTime until = (failure == null) ? null : failure.lockedUntil(now, this.settings.lockDuration());
		String lock = (until == null) ? ""
				: (until.equals(LocalDateTime.MAX) ? "Tạm khóa đến khi mở khóa" : "Tạm khóa đến " + TIME.format(until));
		String unit = ("UNIT".equals(user.role())) ? user.planCode() + " / " + user.unitCode() : "";
		String last = (failure == null) ? "" : TIME.format(failure.lastFailedAt()) + " từ " + failure.lastAddress();
		return new UserLine(user.username(), user.role(), unit, user.enabled(), until != null, lock,
				(failure == null) ? 0 : failure.failures(), last);
	}

}

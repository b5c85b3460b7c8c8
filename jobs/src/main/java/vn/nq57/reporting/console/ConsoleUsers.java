package vn.nq57.reporting.console;

import java.time.LocalDateTime;
import java.util.Set;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.ReportingZone;

/** Looks up and keeps console users; passwords only ever as hashes. */
@Service
public class ConsoleUsers implements UserDetailsService {

	public static final Set<String> ROLES = Set.of("ADMIN", "OPERATOR", "VIEWER", "UNIT");

	static final int MIN_PASSWORD_LENGTH = 10;

	private final ConsoleUserMapper users;

	private final PasswordEncoder encoder;

	public ConsoleUsers(ConsoleUserMapper users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		ConsoleUser user = this.users.findByUsername(username);
		if (user == null || !user.enabled()) {
			throw new UsernameNotFoundException("Không có người dùng " + username);
		}
		return User.withUsername(user.username()).password(user.passwordHash()).roles(user.role()).build();
	}

	public ConsoleUser find(String username) {
		return this.users.findByUsername(username);
	}

	/** Creates the user, or sets a new password and role for an existing one. */
	public boolean save(String username, char[] password, String role, String planCode, String unitCode) {
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("Vai trò \"" + role + "\" không hợp lệ: " + ROLES);
		}
		if ("UNIT".equals(role) && (planCode == null || unitCode == null)) {
			throw new IllegalArgumentException("Người dùng của đơn vị cần --plan và --unit");
		}
		if (password.length < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
		}
		String hash = this.encoder.encode(new String(password));
		if (this.users.updatePassword(username, hash, role, planCode, unitCode) > 0) {
			return false;
		}
		this.users.insertUser(username, hash, role, planCode, unitCode, LocalDateTime.now(ReportingZone.ZONE));
		return true;
	}

}

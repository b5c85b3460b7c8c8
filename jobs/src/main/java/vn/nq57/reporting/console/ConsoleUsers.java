package vn.nq57.reporting.console;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.ReportingZone;
import vn.nq57.reporting.audit.AuditAction;
import vn.nq57.reporting.audit.AuditLog;

/**
 * Looks up and keeps console users; passwords only ever as hashes. Names are compared
 * exactly ("Admin" is not "admin").
 */
@Service
public class ConsoleUsers implements UserDetailsService {

	public static final Set<String> ROLES = Set.of("ADMIN", "OPERATOR", "VIEWER", "UNIT", "PROVINCE", "SIGNER");

	static final int MIN_PASSWORD_LENGTH = 10;

	private final ConsoleUserMapper users;

	private final PasswordEncoder encoder;

	private final SignInLocks locks;

	private AuditLog audit;

	/** Set by Spring; a service made by hand records nothing. */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void setAuditLog(AuditLog audit) {
		this.audit = audit;
	}

	private void record(AuditAction action, String username, String detail) {
		if (this.audit != null) {
			this.audit.record(action, "người dùng " + username, detail);
		}
	}

	public ConsoleUsers(ConsoleUserMapper users, PasswordEncoder encoder, SignInLocks locks) {
		this.users = users;
		this.encoder = encoder;
		this.locks = locks;
	}

	/**
	 * The user, disabled ones included: their password is checked like anyone's, and only
	 * then are they refused, with the answer a wrong password gets.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		ConsoleUser user = this.users.findByUsername(username);
		if (user == null) {
			throw new UsernameNotFoundException("Không có người dùng này");
		}
		return new SignedInUser(user, AuthorityUtils.createAuthorityList("ROLE_" + user.role()));
	}

	public ConsoleUser find(String username) {
		return this.users.findByUsername(username);
	}

	/** Every user with its status, failed sign-ins and lock. */
	public List<ConsoleUserStatus> list() {
		return this.users.listUsers();
	}

	/**
	 * Whether a session signed in as this user may go on: the user still exists, is
	 * enabled, and has not been changed since.
	 */
	public boolean sessionStillValid(SignedInUser principal) {
		ConsoleUser user = this.users.findByUsername(principal.getUsername());
		return user != null && user.enabled() && user.sessionStamp() == principal.sessionStamp();
	}

	/**
	 * Creates the user, or sets a new password and role for an existing one (which keeps
	 * its status: a disabled user stays disabled). Either way the user's sessions end.
	 */
	public boolean save(String username, char[] password, String role, String planCode, String unitCode) {
		return save(username, password, role, planCode, unitCode, null);
	}

	/**
	 * As {@link #save(String, char[], String, String, String)}; a PROVINCE user (the Sở's
	 * staff) sees the province dashboard of its own province only.
	 */
	public boolean save(String username, char[] password, String role, String planCode, String unitCode,
			String province) {
		checkName(username);
		if (!ROLES.contains(role)) {
			throw new IllegalArgumentException("Vai trò \"" + role + "\" không hợp lệ: " + ROLES);
		}
		if ("UNIT".equals(role) && (planCode == null || unitCode == null)) {
			throw new IllegalArgumentException("Người dùng của đơn vị cần --plan và --unit");
		}
		if ("PROVINCE".equals(role) && (province == null || province.isBlank())) {
			throw new IllegalArgumentException("Người dùng của Sở cần --province \"Tên tỉnh\"");
		}
		if ("SIGNER".equals(role) && planCode == null) {
			throw new IllegalArgumentException(
					"Người ký duyệt cần --plan: mã kế hoạch có cơ quan ban hành mà người đó ký thay mặt");
		}
		if (password.length < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
		}
		String hash = this.encoder.encode(new String(password));
		String detail = "vai trò " + role + (("UNIT".equals(role)) ? ", đơn vị " + planCode + " / " + unitCode : "")
				+ (("PROVINCE".equals(role)) ? ", tỉnh " + province : "");
		if (this.users.updatePassword(username, hash, role, planCode, unitCode,
				"PROVINCE".equals(role) ? province : null) > 0) {
			record(AuditAction.USER_CHANGE, username, "mật khẩu mới, " + detail);
			return false;
		}
		this.users.insertUser(username, hash, role, planCode, unitCode, "PROVINCE".equals(role) ? province : null,
				LocalDateTime.now(ReportingZone.ZONE));
		record(AuditAction.USER_ADD, username, detail);
		return true;
	}

	/**
	 * Where the user is written to (a signer's alert when a version waits for approval on
	 * its last day); null removes it.
	 */
	public void setEmail(String username, String email) {
		existing(username);
		if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
			throw new IllegalArgumentException("Địa chỉ thư \"" + email + "\" không hợp lệ");
		}
		this.users.setEmail(username, email);
	}

	/**
	 * The user can no longer sign in, and its sessions end; false when it was disabled
	 * already.
	 */
	public boolean disable(String username) {
		existing(username);
		boolean changed = this.users.setEnabled(username, false) == 1;
		if (changed) {
			record(AuditAction.USER_DISABLE, username, null);
		}
		return changed;
	}

	/** The user can sign in again; false when it was enabled already. */
	public boolean enable(String username) {
		existing(username);
		boolean changed = this.users.setEnabled(username, true) == 1;
		if (changed) {
			record(AuditAction.USER_ENABLE, username, null);
		}
		return changed;
	}

	/**
	 * Lifts the lock that failed sign-ins put on the user and forgets them; false when
	 * there were none.
	 */
	public boolean unlock(String username) {
		existing(username);
		boolean unlocked = this.locks.unlock(username);
		if (unlocked) {
			record(AuditAction.USER_UNLOCK, username, null);
		}
		return unlocked;
	}

	private ConsoleUser existing(String username) {
		ConsoleUser user = this.users.findByUsername(username);
		if (user == null) {
			throw new IllegalArgumentException("Không có người dùng «" + username + "»");
		}
		return user;
	}

	/**
	 * Names are identifiers compared exactly: none that differs from another only by
	 * spaces around it or invisible characters.
	 */
	private static void checkName(String username) {
		if (username == null || username.isEmpty() || username.length() > SignInLocks.MAX_NAME_LENGTH) {
			throw new IllegalArgumentException("Tên đăng nhập cần từ 1 đến " + SignInLocks.MAX_NAME_LENGTH + " ký tự");
		}
		if (!username.equals(username.strip()) || username.codePoints().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(
					"Tên đăng nhập không được có khoảng trắng ở đầu hoặc cuối, hay ký tự điều khiển");
		}
	}

}

package vn.nq57.reporting.console;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * Spring Security's registry of console sessions, which also ends a session whose user
 * has been disabled, removed or changed (role, unit, password) since it signed in. The
 * user is read from the database at each request, so a change made on another node or
 * with {@code ./reports user} from a shell ends the session too, which an in-memory
 * registry alone could not see.
 */
public class ConsoleSessionRegistry extends SessionRegistryImpl {

	private final ConsoleUsers users;

	public ConsoleSessionRegistry(ConsoleUsers users) {
		this.users = users;
	}

	@Override
	public SessionInformation getSessionInformation(String sessionId) {
		SessionInformation session = super.getSessionInformation(sessionId);
		if (session != null && !session.isExpired() && session.getPrincipal() instanceof SignedInUser user
				&& !this.users.sessionStillValid(user)) {
			session.expireNow();
		}
		return session;
	}

}

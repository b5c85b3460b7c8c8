package vn.nq57.reporting.audit;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.system.OperatingSystemUser;

/**
 * Records who did what by hand, and when: a row of {@code audit_event} and the same fact
 * as a line of the log ({@code vn.nq57.reporting.audit}, INFO). Called by the services
 * that re-run, resend, import plans and change users (whoever asked them: console, API or
 * command line), and by any other code with an action to record (an approval):
 * {@code auditLog.record(actor, AuditAction.APPROVE, subject, detail)}, or without an
 * actor for the current one ({@link #currentActor()}).
 */
@Component
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	/** The actor of what the scheduler does by itself. */
	public static final String SCHEDULER = "bộ lập lịch";

	private final AuditMapper mapper;

	private final Clock clock;

	AuditLog(AuditMapper mapper, Clock clock) {
		this.mapper = mapper;
		this.clock = clock;
	}

	public void record(String actor, AuditAction action, String subject, String detail) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.mapper.insert(now, actor, action, subject, detail);
		log.info("Nhật ký thao tác: {} | {} | {}{}", actor, action.label(), subject,
				(detail == null || detail.isEmpty()) ? "" : " | " + detail);
	}

	/** Records an action of the current actor ({@link #currentActor()}). */
	public void record(AuditAction action, String subject, String detail) {
		record(currentActor(), action, subject, detail);
	}

	/** The latest facts first. */
	public List<AuditEvent> latest(int limit) {
		return this.mapper.findLatest(limit);
	}

	/**
	 * Who is acting: the signed-in user of a console or API request; the scheduler on its
	 * threads; else the operating system's user of a {@code ./reports} command.
	 */
	public static String currentActor() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
			return user.getName();
		}
		if (Thread.currentThread().getName().contains("_Worker-")) {
			return SCHEDULER;
		}
		return "dòng lệnh (" + OperatingSystemUser.current() + ")";
	}

}

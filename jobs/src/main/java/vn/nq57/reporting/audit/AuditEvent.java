package vn.nq57.reporting.audit;

import java.time.LocalDateTime;

/**
 * One fact of the audit log.
 *
 * @param occurredAt in Vietnam's time
 * @param actor who: a console user's name, {@code dòng lệnh (os-user)}, or the scheduler
 * @param subject what it was done to: a run, a plan, a user
 * @param detail anything else worth knowing (version, recipients, role)
 */
public record AuditEvent(long id, LocalDateTime occurredAt, String actor, AuditAction action, String subject,
		String detail) {
}

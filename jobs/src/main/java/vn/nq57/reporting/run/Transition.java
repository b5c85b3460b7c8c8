package vn.nq57.reporting.run;

import java.time.LocalDateTime;

/**
 * One change of a version's issuance status: from what to what, who made it, when, and
 * what they wrote (a return's reason, an approval's comment, the number issued).
 *
 * @param fromStatus null for the first (the draft)
 */
public record Transition(IssuanceStatus fromStatus, IssuanceStatus toStatus, String actor, LocalDateTime at,
		String comment) {

	/** "Dự thảo, chờ duyệt → Đã duyệt, chờ ban hành", or the new status alone. */
	public String label() {
		return (this.fromStatus != null) ? this.fromStatus.label() + " → " + this.toStatus.label()
				: this.toStatus.label();
	}

}

package vn.nq57.reporting.run;

/**
 * The transaction groups a report's stages run in, in this order. A group's stages commit
 * together, and a run that is continued skips the groups it had finished: which ones is
 * read from the run's stage columns, so a retry uses the same inputs and never writes a
 * version twice.
 */
public enum StageGroup {

	/**
	 * Inputs and results, in one transaction; done when report_run.assessed_at is set.
	 */
	ASSESSMENT(true),

	/** The version's files, outside a transaction; done with the archive group. */
	DOCUMENTS(false),

	/**
	 * The archive record of every file, the manifest and the outbox rows, in one
	 * transaction; done when report_run.archived_at is set.
	 */
	ARCHIVE(true),

	/**
	 * The version's issuance when it may be issued (approved, or schedule mode auto): its
	 * number, the signed PDF/A, its archive record and the outbox rows, in one
	 * transaction. A new version is recorded as a draft here; done once it is a draft
	 * (waiting or returned) or issued — an approved version is still to do.
	 */
	ISSUANCE(true),

	/**
	 * Sending, outside a transaction: each outbox row is claimed and updated on its own.
	 */
	DELIVERY(false);

	private final boolean transactional;

	StageGroup(boolean transactional) {
		this.transactional = transactional;
	}

	public boolean transactional() {
		return this.transactional;
	}

	/** Whether an earlier attempt of the run finished this group (as its columns say). */
	boolean isDone(ReportRun run) {
		return switch (this) {
			case ASSESSMENT -> run.assessedAt() != null;
			case DOCUMENTS, ARCHIVE -> run.archivedAt() != null;
			// recorded as a draft (waiting, returned) or issued; an approved version is
			// still to be issued
			case ISSUANCE -> run.issuanceStatus() != null && run.issuanceStatus() != IssuanceStatus.APPROVED;
			case DELIVERY -> false;
		};
	}

}

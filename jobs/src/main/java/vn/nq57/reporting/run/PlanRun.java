package vn.nq57.reporting.run;

import vn.nq57.reporting.archive.ArchiveVersion;
import vn.nq57.reporting.document.ReportDocument;

/**
 * One plan's run as its stages see it: the run, whether sending was asked for, and what
 * earlier stages of this attempt made (the assembled document and where the archive keeps
 * it), so nothing is read or assembled twice.
 */
public final class PlanRun {

	private final ReportRun run;

	private final boolean deliver;

	private ReportDocument document;

	private ArchiveVersion archiveVersion;

	PlanRun(ReportRun run, boolean deliver) {
		this.run = run;
		this.deliver = deliver;
	}

	public ReportRun run() {
		return this.run;
	}

	public boolean deliver() {
		return this.deliver;
	}

	public ReportDocument document() {
		if (this.document == null) {
			throw new IllegalStateException("The document of run " + this.run.id() + " is not written yet");
		}
		return this.document;
	}

	/** Whether this attempt wrote the document (false when it continues after that). */
	public boolean documentWritten() {
		return this.document != null;
	}

	public ArchiveVersion archiveVersion() {
		if (this.archiveVersion == null) {
			throw new IllegalStateException("Run " + this.run.id() + " has no archive folder yet");
		}
		return this.archiveVersion;
	}

	void documentWritten(ReportDocument document, ArchiveVersion archiveVersion) {
		this.document = document;
		this.archiveVersion = archiveVersion;
	}

}

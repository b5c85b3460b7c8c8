package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ReportArchive;

/**
 * Seals the version in the archive: every file with its SHA-256, then the manifest. The
 * version is a draft; it is queued for sending only once issued ({@link IssueStage}), so
 * no unsigned draft is ever mailed.
 */
@Component
@Order(500)
class ArchiveStage implements ReportStage {

	private final ReportArchive archive;

	ArchiveStage(ReportArchive archive) {
		this.archive = archive;
	}

	@Override
	public String name() {
		return "archiveAndQueue";
	}

	@Override
	public String label() {
		return "Lưu trữ dự thảo (SHA-256)";
	}

	@Override
	public StageGroup group() {
		return StageGroup.ARCHIVE;
	}

	@Override
	public int run(PlanRun plan) throws Exception {
		this.archive.seal(plan.archiveVersion(), plan.document().submissionsUsed());
		return 0;
	}

}

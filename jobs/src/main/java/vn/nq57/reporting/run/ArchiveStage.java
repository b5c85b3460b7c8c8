package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.delivery.ReportMailContent;
import vn.nq57.reporting.delivery.ReportMailQueue;

/**
 * Seals the version in the archive (every file with its SHA-256, then the manifest) and,
 * when sending was asked for, queues it to the schedule's recipients — in one
 * transaction, so an archived report is never left unsent by a crash in between.
 */
@Component
@Order(500)
class ArchiveStage implements ReportStage {

	private final ReportArchive archive;

	private final ReportMailQueue mailQueue;

	private final ReportMailContent mailContent;

	private final ReportSchedules schedules;

	ArchiveStage(ReportArchive archive, ReportMailQueue mailQueue, ReportMailContent mailContent,
			ReportSchedules schedules) {
		this.archive = archive;
		this.mailQueue = mailQueue;
		this.mailContent = mailContent;
		this.schedules = schedules;
	}

	@Override
	public String name() {
		return "archiveAndQueue";
	}

	@Override
	public String label() {
		return "Lưu trữ (SHA-256) và xếp thư vào hàng gửi";
	}

	@Override
	public StageGroup group() {
		return StageGroup.ARCHIVE;
	}

	@Override
	public int run(PlanRun plan) throws Exception {
		this.archive.seal(plan.archiveVersion(), plan.document().submissionsUsed());
		if (!plan.deliver()) {
			return 0;
		}
		return this.mailQueue.queue(plan.run().id(), this.schedules.recipients(plan.run().type()),
				this.mailContent.of(plan.document()));
	}

}

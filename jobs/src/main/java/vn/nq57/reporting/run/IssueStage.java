package vn.nq57.reporting.run;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.nq57.reporting.calendar.ReportSchedule;
import vn.nq57.reporting.calendar.ReportSchedules;
import vn.nq57.reporting.delivery.ReportMailQueue;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;

/**
 * A version's issuance, in one transaction. A new version becomes a draft; it is issued
 * (numbered, made again as PDF/A, signed, recorded in the archive) once a signer approved
 * it — person and agency sign — or, when its schedule says {@code approval: auto}, at
 * once by a run that sends — the agency alone (a run without sending stays a draft and
 * takes no number from the register); then, when sending was asked for, it is queued to
 * the schedule's recipients. Only an issued version is ever mailed. A draft waiting for
 * approval, or a returned one, passes through unchanged.
 */
@Component
@Order(520)
class IssueStage implements ReportStage {

	private final IssuanceMapper issuance;

	private final IssuanceRecords lifecycle;

	private final VersionIssuer issuer;

	private final ReportContentMapper content;

	private final ReportDocumentAssembler assembler;

	private final ReportSchedules schedules;

	private final ReportMailQueue mailQueue;

	private final IssuedMail mail;

	IssueStage(IssuanceMapper issuance, IssuanceRecords lifecycle, VersionIssuer issuer, ReportContentMapper content,
			ReportDocumentAssembler assembler, ReportSchedules schedules, ReportMailQueue mailQueue, IssuedMail mail) {
		this.issuance = issuance;
		this.lifecycle = lifecycle;
		this.issuer = issuer;
		this.content = content;
		this.assembler = assembler;
		this.schedules = schedules;
		this.mailQueue = mailQueue;
		this.mail = mail;
	}

	@Override
	public String name() {
		return "issue";
	}

	@Override
	public String label() {
		return "Ban hành: cấp số, PDF/A, ký số và xếp thư vào hàng gửi";
	}

	@Override
	public StageGroup group() {
		return StageGroup.ISSUANCE;
	}

	@Override
	public int run(PlanRun plan) throws Exception {
		long runId = plan.run().id();
		IssuanceStatus status = this.issuance.findStatus(runId);
		if (status == null) {
			this.lifecycle.record(runId, null, IssuanceStatus.DRAFT, IssuanceRecords.SYSTEM,
					"Dự thảo phiên bản " + plan.run().version());
			this.lifecycle.supersedeEarlierDrafts(runId, plan.run().version());
			status = IssuanceStatus.DRAFT;
		}
		boolean auto = this.schedules.approval(plan.run().type()) == ReportSchedule.Approval.AUTO;
		boolean personSigns;
		String issuedBy;
		if (status == IssuanceStatus.APPROVED) {
			personSigns = true;
			issuedBy = this.lifecycle.approver(runId);
		}
		else if (status == IssuanceStatus.DRAFT && auto && plan.deliver()) {
			personSigns = false;
			issuedBy = IssuanceRecords.SYSTEM;
		}
		else {
			return 0;
		}
		RunHeader header = this.content.findRunHeader(runId);
		ReportDocument draft = plan.documentWritten() ? plan.document() : this.assembler.assemble(header);
		VersionIssuer.Issued issued = this.issuer.issue(header, draft, personSigns, issuedBy);
		this.lifecycle.issued(runId, status, issued.number().issuedAt(), issuedBy,
				(auto && !personSigns ? "Tự động theo lịch (approval: auto). " : "") + issued.summary());
		if (!plan.deliver()) {
			return 1;
		}
		return 1 + this.mailQueue.queue(runId, this.schedules.recipients(plan.run().type()),
				this.mail.of(header, issued));
	}

}

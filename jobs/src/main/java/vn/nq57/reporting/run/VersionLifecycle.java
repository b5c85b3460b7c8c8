package vn.nq57.reporting.run;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.audit.AuditAction;
import vn.nq57.reporting.audit.AuditLog;

/**
 * A report version's life as an official document: draft, approved or returned by a
 * signer of its plan, issued, sent. Every change is guarded (it moves only from the
 * status it was read in, so two people acting at once cannot both succeed) and recorded
 * with who made it, when, and their comment. Approval hands the version back to the
 * report engine ({@link PlanReporter}), which issues and sends it as a new attempt of the
 * same run.
 */
@Service
public class VersionLifecycle {

	/** The actor of what the application does by itself. */
	public static final String SYSTEM = IssuanceRecords.SYSTEM;

	/** The console role that approves and returns versions of its plan. */
	public static final String SIGNER_ROLE = "SIGNER";

	private final IssuanceMapper issuance;

	private final ReportRunMapper runs;

	private final ReportBatchMapper batches;

	private final RunClaims claims;

	private final PlanReporter reporter;

	private final IssuanceRecords records;

	private final TransactionTemplate transaction;

	private final AuditLog audit;

	VersionLifecycle(IssuanceMapper issuance, ReportRunMapper runs, ReportBatchMapper batches, RunClaims claims,
			PlanReporter reporter, IssuanceRecords records, PlatformTransactionManager transactionManager,
			AuditLog audit) {
		this.audit = audit;
		this.issuance = issuance;
		this.runs = runs;
		this.batches = batches;
		this.claims = claims;
		this.reporter = reporter;
		this.records = records;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * A signer approves a draft: recorded, then issued and (when its run asked for it)
	 * sent at once.
	 * @return the run as it stands afterwards: COMPLETED and issued, or FAILED with the
	 * reason (./reports restart RUN continues it)
	 * @throws IllegalArgumentException no such run, or the user may not approve it
	 * @throws IllegalStateException the version is not a draft waiting for approval
	 */
	public ReportRun approve(long runId, String username, String comment) throws Exception {
		ReportRun run = waitingDraft(runId, username, "duyệt");
		this.transaction.executeWithoutResult(status -> this.records.record(runId, IssuanceStatus.DRAFT,
				IssuanceStatus.APPROVED, username, blankToNull(comment)));
		boolean deliver = this.batches.findBatch(run.batchId()).deliver();
		try (RunClaims.Claim claim = this.claims.claim(run.planId(), run.planCode(), run.period())) {
			this.reporter.continueApproved(runId, deliver, "./reports restart " + runId);
		}
		ReportRun after = this.runs.findRun(runId);
		this.audit.record(username, AuditAction.APPROVE, ReportRunLauncher.subject(after),
				"phiên bản " + after.version() + ((comment != null && !comment.isBlank()) ? ", " + comment.strip() : "")
						+ "; kết quả: " + after.status().label());
		return after;
	}

	/**
	 * A signer returns a draft with the reason; a new run of the period makes the next
	 * version.
	 */
	public ReportRun returnVersion(long runId, String username, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Trả lại cần lý do (--reason): người lập báo cáo cần biết sửa gì.");
		}
		ReportRun run = waitingDraft(runId, username, "trả lại");
		this.transaction.executeWithoutResult(status -> this.records.record(runId, IssuanceStatus.DRAFT,
				IssuanceStatus.RETURNED, username, reason.strip()));
		this.audit.record(username, AuditAction.RETURN, ReportRunLauncher.subject(run),
				"phiên bản " + run.version() + ", lý do: " + reason.strip());
		return this.runs.findRun(run.id());
	}

	/**
	 * The latest versions still waiting for approval whose plan's "before day"
	 * (report_run deadline) lies in the range.
	 */
	public List<IssuanceMapper.WaitingVersion> waiting(java.time.LocalDate deadlineFrom,
			java.time.LocalDate deadlineTo) {
		return this.issuance.findWaiting(deadlineFrom, deadlineTo);
	}

	/** Where the enabled signers of a plan are written to. */
	public List<String> signerEmails(String planCode) {
		return this.issuance.findSignerEmails(planCode);
	}

	public List<Transition> transitions(long runId) {
		return this.issuance.findTransitions(runId);
	}

	/** Whether a user may approve or return versions of a plan. */
	public boolean maySign(String username, String planCode) {
		IssuanceMapper.Signer signer = (username != null) ? this.issuance.findSigner(username) : null;
		return signer != null && signer.enabled() && SIGNER_ROLE.equals(signer.role())
				&& planCode.equals(signer.planCode());
	}

	private ReportRun waitingDraft(long runId, String username, String what) {
		ReportRun run = this.runs.findRun(runId);
		if (run == null) {
			throw new IllegalArgumentException("Không có lần chạy báo cáo số " + runId);
		}
		if (!maySign(username, run.planCode())) {
			throw new IllegalArgumentException(
					"Người dùng \"" + username + "\" không có quyền " + what + " báo cáo của kế hoạch " + run.planCode()
							+ ": cần vai trò SIGNER của kế hoạch này (./reports user" + " add TÊN --role SIGNER --plan "
							+ run.planCode() + ").");
		}
		IssuanceStatus status = this.issuance.findStatus(runId);
		if (run.status() != RunStatus.COMPLETED || status != IssuanceStatus.DRAFT) {
			throw new IllegalStateException(
					"Lần chạy " + runId + " không phải dự thảo đang chờ duyệt (trạng thái: " + run.status().label()
							+ ((status != null) ? ", " + status.label() : "") + "): không " + what + " được.");
		}
		int latest = this.issuance.latestVersion(runId);
		if (latest > run.version()) {
			throw new IllegalStateException(
					"Báo cáo " + run.planCode() + " kỳ " + run.periodCode() + " đã có phiên bản " + latest
							+ " mới hơn phiên bản " + run.version() + " này: " + what + " phiên bản mới nhất.");
		}
		return run;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

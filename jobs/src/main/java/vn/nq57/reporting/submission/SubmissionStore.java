package vn.nq57.reporting.submission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.submission.NewSubmission.IndicatorValue;
import vn.nq57.reporting.submission.NewSubmission.TaskProgressEntry;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * Keeps every submission received: each one for the same unit and period becomes the next
 * version, all of it written in one transaction.
 */
@Service
public class SubmissionStore {

	private final SubmissionMapper submissions;

	private final CatalogMapper catalog;

	public SubmissionStore(SubmissionMapper submissions, CatalogMapper catalog) {
		this.submissions = submissions;
		this.catalog = catalog;
	}

	public record Stored(long id, int version) {
	}

	@Transactional
	public Stored storeAccepted(NewSubmission submission) {
		return store(submission, "ACCEPTED");
	}

	/**
	 * Keeps a rejected submission as a version of its own (with none of its values: the
	 * payload, kept in submission_receipt, has them as sent), so the unit's history shows
	 * it.
	 */
	@Transactional
	public Stored storeRejected(NewSubmission submission) {
		return store(submission, "REJECTED");
	}

	private Stored store(NewSubmission submission, String status) {
		StoredPlanVersion plan = this.catalog.findLatestVersion(submission.planCode());
		if (plan == null) {
			throw new IllegalArgumentException("Không có kế hoạch mã " + submission.planCode());
		}
		int version = this.submissions.nextVersion(plan.planId(), submission.unitCode(), submission.reportType(),
				submission.periodCode());
		GeneratedKey key = new GeneratedKey();
		this.submissions.insertSubmission(plan.planId(), plan.id(), version, status, submission, key);
		for (IndicatorValue value : submission.values()) {
			this.submissions.insertValue(key.getId(), value);
		}
		for (TaskProgressEntry progress : submission.progress()) {
			this.submissions.insertProgress(key.getId(), progress);
		}
		return new Stored(key.getId(), version);
	}

}

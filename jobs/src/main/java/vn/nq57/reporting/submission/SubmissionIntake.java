package vn.nq57.reporting.submission;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.ReceivedSubmission.Header;
import vn.nq57.reporting.submission.SubmissionValidator.PlanContext;
import vn.nq57.reporting.submission.SubmissionValidator.Validation;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * The one way in for every channel: validates what was received, stores a valid
 * submission as the unit's next version, and keeps everything received — the payload as
 * sent, the outcome and each error — in one transaction, accepted or not.
 */
@Service
public class SubmissionIntake {

	private final CatalogMapper catalog;

	private final SubmissionMapper submissions;

	private final SubmissionStore store;

	private final SubmissionValidator validator;

	private final TransactionTemplate transactions;

	public SubmissionIntake(CatalogMapper catalog, SubmissionMapper submissions, SubmissionStore store,
			SubmissionValidator validator, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.catalog = catalog;
		this.submissions = submissions;
		this.store = store;
		this.validator = validator;
	}

	/**
	 * What became of a submission: its receipt, its version (when identifiable) and its
	 * errors.
	 */
	public record Outcome(long receiptId, Long submissionId, Integer version, String planCode, String unitCode,
			String periodCode, List<SubmissionError> errors) {

		public boolean accepted() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * Validates and stores in one transaction. Two arrivals for the same unit and period
	 * at the same moment can claim the same version number; the loser is retried in a new
	 * transaction, so neither is lost.
	 */
	public Outcome receive(ReceivedSubmission received) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute(status -> receiveOnce(received));
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	private Outcome receiveOnce(ReceivedSubmission received) {
		Header header = received.header();
		PlanContext context = context(header);
		Validation validation = this.validator.validate(received, context);
		SubmissionStore.Stored stored = null;
		if (validation.accepted()) {
			stored = this.store.storeAccepted(validation.submission());
		}
		else if (identifiable(header, context)) {
			stored = this.store.storeRejected(new NewSubmission(context.plan().planCode(), header.unitCode().text(),
					typeName(header.reportType().text()), header.periodCode().text(), received.receipt().channel(),
					received.receipt().receivedAt(), clip(header.submittedBy().text(), 200), List.of(), List.of(),
					new Narrative(null, null, null, null)));
		}
		String status = validation.accepted() ? "ACCEPTED" : "REJECTED";
		GeneratedKey key = new GeneratedKey();
		this.submissions.insertReceipt(received.receipt(), status, claim(header, Header::planCode, 40),
				claim(header, Header::unitCode, 40),
				(header == null) ? null : clip(typeName(header.reportType().text()), 20),
				claim(header, Header::periodCode, 40), (stored == null) ? null : stored.id(), key);
		int position = 0;
		for (SubmissionError error : validation.errors()) {
			this.submissions.insertError(key.getId(), ++position, error.code().name(),
					clip(error.location().text(), 300), error.message());
		}
		return new Outcome(key.getId(), (stored == null) ? null : stored.id(),
				(stored == null) ? null : stored.version(), claim(header, Header::planCode, 40),
				claim(header, Header::unitCode, 40), claim(header, Header::periodCode, 40), validation.errors());
	}

	private PlanContext context(Header header) {
		if (header == null || header.planCode().isBlank()) {
			return null;
		}
		StoredPlanVersion plan = this.catalog.findLatestVersion(header.planCode().text());
		if (plan == null) {
			return null;
		}
		return new PlanContext(plan, this.catalog.findUnits(plan.id()), this.catalog.findIndicators(plan.id()),
				this.catalog.findTasks(plan.id()));
	}

	/**
	 * A rejected submission gets a version of its own when it names a known plan and unit
	 * and a period.
	 */
	private static boolean identifiable(Header header, PlanContext context) {
		return context != null && fits(header.unitCode(), 40) && fits(header.reportType(), 20)
				&& fits(header.periodCode(), 40)
				&& context.units().stream().anyMatch(u -> u.code().equals(header.unitCode().text()));
	}

	private static String typeName(String text) {
		if (text == null) {
			return null;
		}
		try {
			return ReportType.fromCliName(text).name();
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	private static boolean fits(RawField field, int length) {
		return !field.isBlank() && field.text().length() <= length;
	}

	private static String claim(Header header, java.util.function.Function<Header, RawField> field, int length) {
		return (header == null) ? null : clip(field.apply(header).text(), length);
	}

	private static String clip(String text, int length) {
		return (text == null || text.length() <= length) ? text : text.substring(0, length);
	}

}

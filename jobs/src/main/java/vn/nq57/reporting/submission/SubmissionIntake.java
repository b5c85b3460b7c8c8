package vn.nq57.reporting.submission;

import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;
import vn.nq57.reporting.catalog.StoredPlanVersion;
import vn.nq57.reporting.submission.NewSubmission.Narrative;
import vn.nq57.reporting.submission.ReceivedSubmission.Header;
import vn.nq57.reporting.submission.ReceivedSubmission.Receipt;
import vn.nq57.reporting.submission.SubmissionValidator.PlanContext;
import vn.nq57.reporting.submission.SubmissionValidator.Validation;
import vn.nq57.reporting.system.GeneratedKey;

/**
 * The one way in for every channel. First the receipt — the bytes as received, their
 * SHA-256, channel, sender and time — is written in a transaction of its own, so nothing
 * received is lost whatever happens next. Then the payload is read, bound to its sender,
 * recognised when the same bytes were already accepted for the unit, validated, and
 * stored as the unit's next version with the outcome and each error, in a second
 * transaction.
 */
@Service
public class SubmissionIntake {

	private static final Logger log = LoggerFactory.getLogger(SubmissionIntake.class);

	private final CatalogMapper catalog;

	private final SubmissionMapper submissions;

	private final SubmissionStore store;

	private final SubmissionValidator validator;

	private final TransactionTemplate transactions;

	private final TransactionTemplate receiptTransactions;

	public SubmissionIntake(CatalogMapper catalog, SubmissionMapper submissions, SubmissionStore store,
			SubmissionValidator validator, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.receiptTransactions = new TransactionTemplate(transactionManager);
		this.receiptTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.catalog = catalog;
		this.submissions = submissions;
		this.store = store;
		this.validator = validator;
	}

	/**
	 * What became of a submission: its receipt, its version (when identifiable) and its
	 * errors; for bytes already accepted, {@code duplicateOf} names the first receipt and
	 * {@code version} the version it made.
	 */
	public record Outcome(long receiptId, Long submissionId, Integer version, String planCode, String unitCode,
			String periodCode, List<SubmissionError> errors, Long duplicateOf) {

		public boolean accepted() {
			return this.errors.isEmpty();
		}

		/** The same bytes were accepted before for this plan and unit: no new version. */
		public boolean duplicate() {
			return this.duplicateOf != null;
		}

	}

	/**
	 * The receipt was kept but what followed failed (the database went away, a bug): the
	 * receipt stays RECEIVED and can be processed again by passing its id.
	 */
	public static class ProcessingFailedException extends RuntimeException {

		private final long receiptId;

		ProcessingFailedException(long receiptId, RuntimeException cause) {
			super("Đã lưu biên nhận số " + receiptId + " nhưng chưa xử lý được: " + cause.getMessage(), cause);
			this.receiptId = receiptId;
		}

		public long receiptId() {
			return this.receiptId;
		}

	}

	/**
	 * Keeps the receipt, then reads, validates and stores.
	 * @param reader turns the kept bytes into a submission; whatever it throws is
	 * recorded as an unreadable payload
	 */
	public Outcome receive(Receipt receipt, Sender sender, Function<Receipt, ReceivedSubmission> reader) {
		return receive(receipt, sender, reader, null);
	}

	/**
	 * As {@link #receive(Receipt, Sender, Function)}, taking up a receipt kept by an
	 * earlier attempt that failed after keeping it (same bytes, still RECEIVED) instead
	 * of keeping a second one; its time of arrival stands.
	 */
	public Outcome receive(Receipt receipt, Sender sender, Function<Receipt, ReceivedSubmission> reader,
			Long pendingReceiptId) {
		Kept kept = keep(receipt, sender, pendingReceiptId);
		long receiptId = kept.id;
		ReceivedSubmission received;
		try {
			received = reader.apply(kept.receipt).boundTo(sender);
		}
		catch (RuntimeException ex) {
			log.warn("Không đọc được nội dung của biên nhận {}: {}", receiptId, ex.toString());
			received = ReceivedSubmission.unreadable(kept.receipt,
					List.of(new SubmissionError(SubmissionErrorCode.FILE_UNREADABLE, Location.wholeFile(),
							"Không đọc được nội dung đã nhận; nội dung vẫn được lưu nguyên vẹn để kiểm tra.")));
		}
		return process(receiptId, received);
	}

	/** A submission already read (its receipt is still kept first). */
	public Outcome receive(ReceivedSubmission received) {
		Sender sender = new Sender(received.receipt().channel(), null, null, null);
		return receive(received.receipt(), sender, r -> received.withReceivedAt(r.receivedAt()));
	}

	private record Kept(long id, Receipt receipt) {
	}

	private Kept keep(Receipt receipt, Sender sender, Long pendingReceiptId) {
		if (pendingReceiptId != null) {
			StoredReceipt pending = this.submissions.findReceipt(pendingReceiptId);
			if (pending != null && "RECEIVED".equals(pending.status()) && pending.sha256().equals(receipt.sha256())) {
				return new Kept(pending.id(), new Receipt(receipt.channel(), pending.receivedAt(), receipt.fileName(),
						receipt.contentType(), receipt.payload(), receipt.sizeBytes(), receipt.sha256()));
			}
		}
		Receipt fitting = new Receipt(receipt.channel(), receipt.receivedAt(), clip(receipt.fileName(), 500),
				receipt.contentType(), receipt.payload(), receipt.sizeBytes(), receipt.sha256());
		GeneratedKey key = new GeneratedKey();
		this.receiptTransactions.executeWithoutResult(status -> this.submissions.insertReceipt(fitting,
				clip(sender.identity(), 300), clip(sender.planCode(), 40), clip(sender.unitCode(), 40), key));
		return new Kept(key.getId(), receipt);
	}

	/**
	 * Validates and stores in one transaction. Two arrivals for the same unit and period
	 * at the same moment can claim the same version number; the loser is retried in a new
	 * transaction, so neither is lost (and the same bytes twice make one version).
	 */
	private Outcome process(long receiptId, ReceivedSubmission received) {
		try {
			for (int attempt = 1;; attempt++) {
				try {
					return this.transactions.execute(status -> processOnce(receiptId, received));
				}
				catch (DuplicateKeyException ex) {
					if (attempt >= 5) {
						throw ex;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			throw new ProcessingFailedException(receiptId, ex);
		}
	}

	private Outcome processOnce(long receiptId, ReceivedSubmission received) {
		Header header = received.header();
		AcceptedCopy copy = acceptedCopy(received);
		if (copy != null) {
			return duplicate(receiptId, header, copy);
		}
		PlanContext context = context(header);
		Validation validation = this.validator.validate(received, context);
		SubmissionStore.Stored stored = null;
		if (validation.accepted()) {
			NewSubmission submission = validation.submission();
			// under the lock on the unit's versions, the same bytes accepted meanwhile
			// are
			// seen
			this.submissions.nextVersion(context.plan().planId(), submission.unitCode(), submission.reportType(),
					submission.periodCode());
			copy = acceptedCopy(received);
			if (copy != null) {
				return duplicate(receiptId, header, copy);
			}
			stored = this.store.storeAccepted(submission);
		}
		else if (identifiable(header, context)) {
			stored = this.store.storeRejected(new NewSubmission(context.plan().planCode(), header.unitCode().text(),
					typeName(header.reportType().text()), header.periodCode().text(), received.receipt().channel(),
					received.receipt().receivedAt(), clip(header.submittedBy().text(), 200), List.of(), List.of(),
					new Narrative(null, null, null, null)));
		}
		String status = validation.accepted() ? "ACCEPTED" : "REJECTED";
		this.submissions.updateReceipt(receiptId, status, claim(header, Header::planCode, 40),
				claim(header, Header::unitCode, 40),
				(header == null) ? null : clip(typeName(header.reportType().text()), 20),
				claim(header, Header::periodCode, 40), (stored == null) ? null : stored.id(), null);
		int position = 0;
		for (SubmissionError error : validation.errors()) {
			this.submissions.insertError(receiptId, ++position, error.code().name(), clip(error.location().text(), 300),
					error.message());
		}
		return new Outcome(receiptId, (stored == null) ? null : stored.id(), (stored == null) ? null : stored.version(),
				claim(header, Header::planCode, 40), claim(header, Header::unitCode, 40),
				claim(header, Header::periodCode, 40), validation.errors(), null);
	}

	/** The same bytes already accepted for the plan and unit the submission is for. */
	private AcceptedCopy acceptedCopy(ReceivedSubmission received) {
		Header header = received.header();
		if (header == null || header.planCode().isBlank() || header.unitCode().isBlank()) {
			return null;
		}
		return this.submissions.findAcceptedCopy(received.receipt().sha256(), header.planCode().text(),
				header.unitCode().text());
	}

	private Outcome duplicate(long receiptId, Header header, AcceptedCopy copy) {
		String plan = header.planCode().text();
		String unit = header.unitCode().text();
		this.submissions.updateReceipt(receiptId, "DUPLICATE", plan, unit, copy.reportType(), copy.periodCode(),
				copy.submissionId(), copy.receiptId());
		return new Outcome(receiptId, copy.submissionId(), copy.version(), plan, unit, copy.periodCode(), List.of(),
				copy.receiptId());
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

package vn.nq57.reporting.issuance;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of outgoing documents (sổ đăng ký văn bản đi): numbers per issuer and
 * calendar year, consecutive from 1, never reused or skipped.
 * <p>
 * A number is taken only inside the caller's transaction, the one that records the
 * issuance ({@link Propagation#MANDATORY}): the year's counter row stays locked until
 * that transaction ends, so two nodes issuing for one issuer take turns, and a rollback
 * gives the number back. Different issuers and years never wait for each other.
 */
@Component
public class OutgoingDocumentRegister {

	private final OutgoingRegisterMapper mapper;

	public OutgoingDocumentRegister(OutgoingRegisterMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * What is being issued.
	 *
	 * @param issuer the issuer's register, e.g. the plan's code ("VU-QUANG")
	 * @param symbol kind and issuer as the catalog writes them, e.g. "BC-UBND"
	 * @param style how the number is printed (state or party)
	 * @param reportRunId the report version being issued
	 * @param issuedAt the time of issue (Asia/Ho_Chi_Minh): its year picks the register
	 * @param issuedBy the user issuing it
	 */
	public record Issue(String issuer, String symbol, DocumentNumberStyle style, long reportRunId,
			LocalDateTime issuedAt, String issuedBy) {

	}

	/**
	 * Takes the issuer's next number for the year of issue and records what it was given
	 * to.
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction
	 * @throws org.springframework.dao.DuplicateKeyException when the report version
	 * already has a number (see {@link #findByRun})
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public RegisteredDocument take(Issue issue) {
		int year = issue.issuedAt().getYear();
		this.mapper.ensureCounter(issue.issuer(), year);
		int number = this.mapper.lockCounter(issue.issuer(), year) + 1;
		if (this.mapper.advanceCounter(issue.issuer(), year, number) != 1) {
			throw new IllegalStateException("Sổ văn bản đi của " + issue.issuer() + " năm " + year
					+ " thay đổi trong khi đang khóa: không cấp số " + number);
		}
		RegisteredDocument document = new RegisteredDocument(issue.issuer(), year, number, issue.symbol(),
				issue.style().format(number, issue.symbol()), issue.reportRunId(), issue.issuedAt().toLocalDate(),
				issue.issuedAt(), issue.issuedBy());
		this.mapper.insertDocument(document);
		return document;
	}

	/** The number a report version was given, if it was issued. */
	public Optional<RegisteredDocument> findByRun(long reportRunId) {
		return Optional.ofNullable(this.mapper.findByRun(reportRunId));
	}

	/** One issuer's register for a year, in number order. */
	public List<RegisteredDocument> list(String issuer, int year) {
		return this.mapper.findByIssuerAndYear(issuer, year);
	}

}

package vn.nq57.reporting.run;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.attainment.VietnameseDates;
import vn.nq57.reporting.delivery.IssuedAs;
import vn.nq57.reporting.delivery.MailContent;
import vn.nq57.reporting.delivery.ReportMailContent;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.issuance.OutgoingDocumentRegister;
import vn.nq57.reporting.issuance.RegisteredDocument;

/**
 * The email of an issued version: its number and date of issue and who signed it, in the
 * subject and both bodies; for a version just issued, or (resend) one issued earlier,
 * whose number and date are read back from the register.
 */
@Component
class IssuedMail {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final ReportMailContent content;

	private final OutgoingDocumentRegister register;

	private final ReportContentMapper headers;

	private final ReportDocumentAssembler assembler;

	private final IssuanceRecords records;

	IssuedMail(ReportMailContent content, OutgoingDocumentRegister register, ReportContentMapper headers,
			ReportDocumentAssembler assembler, IssuanceRecords records) {
		this.content = content;
		this.register = register;
		this.headers = headers;
		this.assembler = assembler;
		this.records = records;
	}

	/** The email of a version just issued. */
	MailContent of(RunHeader header, VersionIssuer.Issued issued) {
		return this.content.of(issued.document(),
				issuedAs(issued.number(), header, issued.signatures().signerName(), issued.signatures().agencyName()));
	}

	/**
	 * The email of a version issued earlier: the document again, with the number and date
	 * of issue the register gave it; a version from before issuance existed has none.
	 */
	MailContent of(long runId) {
		RunHeader header = this.headers.findRunHeader(runId);
		if (header == null) {
			throw new IllegalArgumentException("Không có lần chạy báo cáo số " + runId);
		}
		ReportDocument document = this.assembler.assemble(header);
		Optional<RegisteredDocument> number = this.register.findByRun(runId);
		if (number.isEmpty()) {
			return this.content.of(document, null);
		}
		// the person signed only a version a signer approved; otherwise the agency alone
		String approver = this.records.approver(runId);
		String person = IssuanceRecords.SYSTEM.equals(approver) ? null
				: (header.signerName() == null || header.signerName().isBlank()) ? approver : header.signerName();
		return this.content.of(
				document.issued(number.get().printedNumber(),
						ReportDocumentAssembler.placeAndDate(header.place(), number.get().issuedOn())),
				issuedAs(number.get(), header, person, VersionIssuer.agencyName(header.issuerName(), header.place())));
	}

	private static IssuedAs issuedAs(RegisteredDocument number, RunHeader header, String person, String agency) {
		String signedBy;
		if (person != null) {
			String title = (header.signerTitle() != null && !header.signerTitle().isBlank())
					? " (" + sentenceCase(header.signerTitle()) + ")" : "";
			signedBy = person + title + " và " + agency;
		}
		else {
			signedBy = agency + " (chữ ký số của cơ quan)";
		}
		return new IssuedAs(number.printedNumber(), VietnameseDates.documentDate(number.issuedOn()), signedBy);
	}

	/**
	 * "PHÓ CHỦ TỊCH" as running text writes it: "Phó Chủ tịch" (the office after "Phó"
	 * keeps its capital).
	 */
	static String sentenceCase(String title) {
		String lower = title.strip().toLowerCase(VIETNAMESE);
		String cased = capital(lower);
		return cased.startsWith("Phó ") ? "Phó " + capital(cased.substring(4)) : cased;
	}

	private static String capital(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(VIETNAMESE) + text.substring(1);
	}

}

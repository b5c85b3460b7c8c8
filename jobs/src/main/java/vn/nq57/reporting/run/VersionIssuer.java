package vn.nq57.reporting.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.archive.ArchiveVersion;
import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.document.PdfReportRenderer;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocumentAssembler;
import vn.nq57.reporting.document.RunHeader;
import vn.nq57.reporting.issuance.ArchivalPdf;
import vn.nq57.reporting.issuance.DocumentNumberStyle;
import vn.nq57.reporting.issuance.IssuedPdfSigner;
import vn.nq57.reporting.issuance.IssuedSignatures;
import vn.nq57.reporting.issuance.OutgoingDocumentRegister;
import vn.nq57.reporting.issuance.Placement;
import vn.nq57.reporting.issuance.RegisteredDocument;
import vn.nq57.reporting.issuance.SignatureBlockLocator;
import vn.nq57.reporting.issuance.SignatureRequest;
import vn.nq57.reporting.issuance.SigningKeyResolver;

/**
 * Issues a report version, inside the caller's transaction: takes the issuer's next
 * number from the register of outgoing documents (its counter stays locked until the
 * transaction ends, so a failure gives the number back), makes the PDF again with the
 * number and the date of issue and without "DỰ THẢO" as PDF/A-2b, signs it — the person
 * who approved it and the agency, or the agency alone — and records the signed file in
 * the version's archive folder as kind {@value #KIND}.
 */
@Component
class VersionIssuer {

	/** The archive kind of the issued, signed PDF. */
	static final String KIND = "SIGNED";

	/** Width of the signature block's column the appearances are centred in. */
	private static final float BLOCK_WIDTH = 230;

	/** The space under the title when the catalog prints no signer's name. */
	private static final float UNNAMED_GAP = 64;

	private final OutgoingDocumentRegister register;

	private final PdfReportRenderer renderer;

	private final ReportArchive archive;

	private final IssuedPdfSigner signer;

	private final SigningKeyResolver keys;

	private final Clock clock;

	VersionIssuer(OutgoingDocumentRegister register, PdfReportRenderer renderer, ReportArchive archive,
			IssuedPdfSigner signer, SigningKeyResolver keys, Clock clock) {
		this.register = register;
		this.renderer = renderer;
		this.archive = archive;
		this.signer = signer;
		this.keys = keys;
		this.clock = clock;
	}

	/** What issuing made: the number, the issued document, the signed file. */
	record Issued(RegisteredDocument number, ReportDocument document, Path file, IssuedSignatures signatures) {

		/** "Số: 01/BC-UBND, ngày 05 tháng 01 năm 2026" and who signed. */
		String summary() {
			String signed = (this.signatures.signerName() != null)
					? "ký số: " + this.signatures.signerName() + " và " + this.signatures.agencyName()
					: "ký số của cơ quan: " + this.signatures.agencyName();
			return this.number.printedNumber() + ", " + this.document.header().placeAndDate() + "; " + signed + " ("
					+ this.signatures.level() + ")";
		}

	}

	/**
	 * @param draft the version's document as its draft was made
	 * @param personSigns whether the person with authority signs (an approved version) or
	 * the agency alone (schedule mode auto)
	 * @param issuedBy who issues it
	 */
	Issued issue(RunHeader header, ReportDocument draft, boolean personSigns, String issuedBy) throws IOException {
		LocalDateTime issuedAt = LocalDateTime.now(this.clock);
		DocumentNumberStyle style = "party".equals(header.numbering()) ? DocumentNumberStyle.PARTY
				: DocumentNumberStyle.STATE;
		RegisteredDocument number = this.register.take(new OutgoingDocumentRegister.Issue(header.planCode(),
				header.documentPrefix(), style, header.runId(), issuedAt, issuedBy));
		ReportDocument issued = draft.issued(number.printedNumber(),
				ReportDocumentAssembler.placeAndDate(header.place(), number.issuedOn()));
		ArchiveVersion version = new ArchiveVersion(header.runId(), header.planCode(), header.planVersion(),
				header.reportType(), header.periodCode(), header.version());
		Path signed = this.archive.fileOf(version, "ban-hanh", "pdf");
		Path unsigned = Files.createTempFile("bao-cao-ban-hanh-", ".pdf");
		try {
			String agency = agencyName(header.issuerName(), header.place());
			ArchivalPdf.export(this.renderer, this.renderer.fill(issued, false),
					new ArchivalPdf.Metadata("Báo cáo " + issued.header().summaryLine(), agency,
							number.printedNumber() + ", " + issued.header().placeAndDate(), "Nghị quyết 57-NQ/TW"),
					unsigned);
			SignatureBlockLocator.Placements areas = signatureAreas(unsigned, issued);
			// a catalog that prints no signer's name: the approver's account names the
			// person
			String personName = (header.signerName() == null || header.signerName().isBlank()) ? issuedBy
					: header.signerName();
			SigningKeyResolver.Keys keys = this.keys.resolve(header.planCode(), personName, agency);
			SignatureRequest.Party person = personSigns
					? new SignatureRequest.Party(keys.signer(), areas.signer(), personName, null) : null;
			// alone, the agency's appearance takes the whole space between title and name
			Placement agencyArea = personSigns ? areas.agency()
					: new Placement(areas.agency().page(), areas.agency().x(), areas.agency().y(),
							areas.agency().width(), areas.signer().top() - areas.agency().y());
			SignatureRequest request = new SignatureRequest(person,
					new SignatureRequest.Party(keys.agency(), agencyArea, agency, null),
					header.place() + ", " + header.province());
			IssuedSignatures signatures = this.signer.sign(unsigned, signed, request);
			this.archive.addToSealed(version, KIND, signed, draft.submissionsUsed());
			return new Issued(number, issued, signed, signatures);
		}
		catch (IOException | RuntimeException ex) {
			// the transaction rolls back the number and the record: no file stays behind
			Files.deleteIfExists(signed);
			throw ex;
		}
		finally {
			Files.deleteIfExists(unsigned);
		}
	}

	private static SignatureBlockLocator.Placements signatureAreas(Path pdf, ReportDocument document)
			throws IOException {
		List<String> block = document.signature().blockLines();
		String title = block.isEmpty() ? "" : block.get(block.size() - 1);
		String name = document.signature().name();
		var found = (name == null || name.isBlank()) ? SignatureBlockLocator.locateUnderTitle(pdf, title, UNNAMED_GAP)
				: SignatureBlockLocator.locate(pdf, title, name);
		return found
			.orElseThrow(() -> new IllegalStateException("Không tìm thấy khối chữ ký (\"" + title + "\" trên tên \""
					+ name + "\") trong báo cáo ban hành: không biết đặt chữ ký số ở đâu"))
			.textAreas(BLOCK_WIDTH);
	}

	/**
	 * The agency as Decree 30 prints it in a signature: "Ủy ban nhân dân xã Vũ Quang"
	 * from "ỦY BAN NHÂN DÂN XÃ VŨ QUANG" and the place "Vũ Quang".
	 */
	static String agencyName(String issuerName, String place) {
		Locale vietnamese = Locale.forLanguageTag("vi");
		String lower = issuerName.strip().toLowerCase(vietnamese);
		if (place != null && !place.isBlank()) {
			String placeLower = place.strip().toLowerCase(vietnamese);
			int at = lower.lastIndexOf(placeLower);
			if (at >= 0) {
				lower = lower.substring(0, at) + place.strip() + lower.substring(at + placeLower.length());
			}
		}
		return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(vietnamese) + lower.substring(1);
	}

}

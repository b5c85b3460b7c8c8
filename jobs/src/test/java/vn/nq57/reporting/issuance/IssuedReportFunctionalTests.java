package vn.nq57.reporting.issuance;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.validation.reports.Reports;
import net.sf.jasperreports.engine.JasperPrint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import vn.nq57.reporting.archive.ReportArchive;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.PlanImporter;
import vn.nq57.reporting.document.PdfReportRenderer;
import vn.nq57.reporting.document.ReportContentMapper;
import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.run.ReportRunLauncher;
import vn.nq57.reporting.submission.SampleSubmissionGenerator;
import vn.nq57.reporting.system.DatabaseTest;
import vn.nq57.reporting.system.TestPlans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real report (Vũ Quang, May 2026, from sample submissions) exported as PDF/A-2b and
 * signed by the person with authority and the agency, checked by independent validators:
 * veraPDF for PDF/A, poppler's pdfsig and EU DSS's validation for the signatures. The
 * files and a picture of the signed page stay in target/issuance/ to look at.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuedReportFunctionalTests {

	static final Path FOLDER = Path.of("target/issuance");

	static final String AGENCY = "Ủy ban nhân dân xã Vũ Quang";

	@Autowired
	PlanImporter importer;

	@Autowired
	ReportArchive reportArchive;

	@Autowired
	SampleSubmissionGenerator samples;

	@Autowired
	ReportRunLauncher launcher;

	@Autowired
	ReportContentMapper content;

	@Autowired
	PdfReportRenderer renderer;

	ReportDocument document;

	Path unsigned;

	TestCertificateAuthority ca;

	Pdfsig pdfsig;

	@BeforeAll
	void givenTheMonthlyReportOfVuQuangAsPdfA() throws Exception {
		FileSystemUtils.deleteRecursively(FOLDER);
		Files.createDirectories(FOLDER);
		this.importer.importText("plans/vu-quang.yaml", TestPlans.text("vu-quang.yaml"));
		this.samples.generate("VU-QUANG", Period.parse(ReportType.MONTHLY, "2026-05"), 57L);
		long runId = this.launcher.run("VU-QUANG", ReportType.MONTHLY, "2026-05", false).run().id();
		Path json = this.reportArchive.files(runId)
			.stream()
			.filter(f -> f.kind().equals("JSON"))
			.map(f -> Path.of(f.path()))
			.findFirst()
			.orElseThrow();
		this.document = JsonMapper.builder().build().readValue(Files.readString(json), ReportDocument.class);
		JasperPrint print = this.renderer.fill(this.document, false);
		this.unsigned = FOLDER.resolve("report-pdfa.pdf");
		ArchivalPdf.export(this.renderer, print,
				new ArchivalPdf.Metadata("Báo cáo " + this.document.header().summaryLine(), AGENCY, null, null),
				this.unsigned);
		this.ca = TestCertificateAuthority.openOrCreate(FOLDER.resolve("pki"));
	}

	@Test
	void theRenderedReportIsPdfA2bInVietnamese() throws Exception {
		assertThat(VeraPdf.pdfa2bViolations(this.unsigned)).isEmpty();
		try (PDDocument pdf = Loader.loadPDF(this.unsigned.toFile())) {
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
			assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Báo cáo Kết quả thực hiện");
			assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(AGENCY);
			assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8))
				.contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
			assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
		}
	}

	@Test
	void theSignedReportCarriesBothValidSignaturesAndStaysPdfA2b() throws Exception {
		Path signed = FOLDER.resolve("report-signed.pdf");

		IssuedSignatures result = new IssuedPdfSigner(Clock.systemUTC(), (String) null).sign(this.unsigned, signed,
				request(textAreas()));

		assertThat(result.level()).isEqualTo("PAdES-BASELINE-B");
		assertThat(result.signerName()).isEqualTo(this.document.signature().name());
		assertThat(result.agencyName()).isEqualTo(AGENCY);
		assertThat(VeraPdf.pdfa2bViolations(signed)).as("still PDF/A-2b").isEmpty();

		String pdfsigReport = pdfsig().verify(signed);
		assertThat(count(pdfsigReport, "Signature Validation: Signature is Valid.")).as(pdfsigReport).isEqualTo(2);
		assertThat(count(pdfsigReport, "Certificate Validation: Certificate is Trusted.")).as(pdfsigReport)
			.isEqualTo(2);
		assertThat(pdfsigReport).contains("Signer Certificate Common Name: " + this.document.signature().name(),
				"Signer Certificate Common Name: " + AGENCY, "Signature Type: ETSI.CAdES.detached",
				"Total document signed");

		DiagnosticData dss = DssValidation.validate(signed, this.ca.rootCertificate()).getDiagnosticData();
		assertThat(dss.getSignatures()).hasSize(2);
		for (SignatureWrapper signature : dss.getSignatures()) {
			assertThat(signature.isSignatureIntact()).isTrue();
			assertThat(signature.isSignatureValid()).isTrue();
			assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
			assertThat(signature.isTrustedChain()).as("chain to the test authority").isTrue();
			List<CertificateWrapper> chain = signature.getCertificateChain();
			assertThat(chain.get(chain.size() - 1).getCommonName())
				.isEqualTo(TestCertificateAuthority.ROOT_COMMON_NAME);
		}
		assertThat(dss.getSignatures().stream().map(s -> s.getSigningCertificate().getCommonName()))
			.containsExactlyInAnyOrder(this.document.signature().name(), AGENCY);

		List<String> appearances = appearanceTexts(signed);
		assertThat(appearances).hasSize(2);
		assertThat(appearances.get(0)).contains("Người ký: " + this.document.signature().name(),
				"Thời gian ký: " + IssuedPdfSigner.ISO_SECONDS.format(result.signedBySigner()));
		assertThat(appearances.get(1)).contains("Cơ quan: " + AGENCY,
				"Thời gian ký: " + IssuedPdfSigner.ISO_SECONDS.format(result.signedByAgency()));
		assertThat(result.signedBySigner().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
		render(signed, "signed-page");
	}

	@Test
	void aByteChangedAfterSigningIsDetected() throws Exception {
		Path signed = FOLDER.resolve("report-signed-for-tampering.pdf");
		new IssuedPdfSigner(Clock.systemUTC(), (String) null).sign(this.unsigned, signed, request(textAreas()));
		byte[] bytes = Files.readAllBytes(signed);
		String latin = new String(bytes, StandardCharsets.ISO_8859_1);
		int at = latin.indexOf("NQ57 reporting");
		assertThat(at).as("a byte of the first revision, covered by both signatures")
			.isPositive()
			.isLessThan(latin.indexOf("/ByteRange"));
		bytes[at + 3] = '8';
		Path tampered = FOLDER.resolve("report-tampered.pdf");
		Files.write(tampered, bytes);

		String pdfsigReport = pdfsig().verify(tampered);
		assertThat(pdfsigReport).as(pdfsigReport).doesNotContain("Signature is Valid.");
		assertThat(count(pdfsigReport, "Signature Validation: Digest Mismatch.")).as(pdfsigReport).isEqualTo(2);

		Reports reports = DssValidation.validate(tampered, this.ca.rootCertificate());
		assertThat(reports.getDiagnosticData().getSignatures()).hasSize(2)
			.allSatisfy(s -> assertThat(s.isSignatureIntact()).isFalse());
		for (String id : reports.getSimpleReport().getSignatureIdList()) {
			assertThat(reports.getSimpleReport().getIndication(id)).isEqualTo(Indication.TOTAL_FAILED);
			assertThat(reports.getSimpleReport().getSubIndication(id)).isEqualTo(SubIndication.HASH_FAILURE);
		}
	}

	@Test
	void aTimestampServerMakesBothSignaturesBaselineT() throws Exception {
		Path signed = FOLDER.resolve("report-signed-timestamped.pdf");
		try (InProcessTimestampServer tsa = InProcessTimestampServer.start(this.ca)) {
			IssuedSignatures result = new IssuedPdfSigner(Clock.systemUTC(), tsa.url()).sign(this.unsigned, signed,
					request(textAreas()));

			assertThat(result.level()).isEqualTo("PAdES-BASELINE-T");
			assertThat(tsa.served()).isEqualTo(2);
		}
		DiagnosticData dss = DssValidation.validate(signed, this.ca.rootCertificate()).getDiagnosticData();
		assertThat(dss.getSignatures()).hasSize(2).allSatisfy(signature -> {
			assertThat(signature.getSignatureFormat()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
			assertThat(signature.isSignatureValid()).isTrue();
			assertThat(signature.getTimestampList()).hasSize(1)
				.allSatisfy(timestamp -> assertThat(timestamp.isMessageImprintDataIntact()).isTrue());
		});
		String pdfsigReport = pdfsig().verify(signed);
		assertThat(count(pdfsigReport, "Signature Validation: Signature is Valid.")).as(pdfsigReport).isEqualTo(2);
		assertThat(VeraPdf.pdfa2bViolations(signed)).isEmpty();
	}

	@Test
	void imageAppearancesAsDecree30LaysThemKeepTheFilePdfA2b() throws Exception {
		SignatureBlockLocator.SignatureBlock block = block();
		// the seal at real size (36 mm), over the left third of the handwritten signature
		SignatureBlockLocator.Placements areas = block.imageAreas(120, 102);
		assertThat(areas.agency().x() + areas.agency().width()).isEqualTo(areas.signer().x() + 40, within());
		Path signature = image("chu-ky.png", 360, 180, new Color(0, 40, 160), false);
		Path seal = image("dau.png", 300, 300, new Color(200, 0, 0), true);
		Path signed = FOLDER.resolve("report-signed-images.pdf");

		new IssuedPdfSigner(Clock.systemUTC(), (String) null).sign(this.unsigned, signed,
				new SignatureRequest(new SignatureRequest.Party(signer(), areas.signer(), null, signature),
						new SignatureRequest.Party(agency(), areas.agency(), null, seal), "Vũ Quang, Hà Tĩnh"));

		assertThat(VeraPdf.pdfa2bViolations(signed)).isEmpty();
		assertThat(count(pdfsig().verify(signed), "Signature Validation: Signature is Valid.")).isEqualTo(2);
		render(signed, "signed-page-images");
	}

	@Test
	void theSignatureBlockIsFoundUnderItsTitle() throws Exception {
		SignatureBlockLocator.SignatureBlock block = block();

		assertThat(block.page()).as("the page before the appendix").isEqualTo(pageCount(this.unsigned) - 1);
		assertThat(block.name().text()).isEqualTo(this.document.signature().name());
		assertThat(block.title().text()).isEqualTo("PHÓ CHỦ TỊCH");
		assertThat(block.gap()).as("room for the appearances").isGreaterThan(60);
		SignatureBlockLocator.Placements areas = block.textAreas(230);
		assertThat(areas.agency().top()).isLessThanOrEqualTo(areas.signer().y());
		assertThat(areas.signer().top()).isLessThan(block.title().bottom());
		assertThat(areas.agency().y()).isGreaterThan(block.name().top());
		assertThat(SignatureBlockLocator.locate(this.unsigned, "CHỦ TỊCH", this.document.signature().name()))
			.as("another title is not this block")
			.isEmpty();
	}

	private SignatureRequest request(SignatureBlockLocator.Placements areas) {
		return new SignatureRequest(new SignatureRequest.Party(signer(), areas.signer()),
				new SignatureRequest.Party(agency(), areas.agency()), "Vũ Quang, Hà Tĩnh");
	}

	private SigningKeySpec signer() {
		return this.ca.personal("vu-quang-signer", this.document.signature().name(), AGENCY);
	}

	private SigningKeySpec agency() {
		return this.ca.organisation("vu-quang-agency", AGENCY);
	}

	private SignatureBlockLocator.Placements textAreas() throws Exception {
		return block().textAreas(230);
	}

	private SignatureBlockLocator.SignatureBlock block() throws Exception {
		return SignatureBlockLocator.locate(this.unsigned, "PHÓ CHỦ TỊCH", this.document.signature().name())
			.orElseThrow();
	}

	private Pdfsig pdfsig() throws Exception {
		if (this.pdfsig == null) {
			this.pdfsig = Pdfsig.trusting(this.ca.rootCertificatePem(), FOLDER);
		}
		return this.pdfsig;
	}

	/** The text each signature's appearance shows, in signing order. */
	private static List<String> appearanceTexts(Path pdf) throws Exception {
		List<String> texts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (PDPage page : document.getPages()) {
				for (PDAnnotation annotation : page.getAnnotations()) {
					if (!(annotation instanceof PDAnnotationWidget widget)
							|| widget.getNormalAppearanceStream() == null) {
						continue;
					}
					try (PDDocument scratch = new PDDocument()) {
						PDPage blank = new PDPage(page.getMediaBox());
						scratch.addPage(blank);
						try (PDPageContentStream stream = new PDPageContentStream(scratch, blank)) {
							stream.drawForm(new PDFormXObject(widget.getNormalAppearanceStream().getCOSObject()));
						}
						texts.add(new PDFTextStripper().getText(scratch));
					}
				}
			}
		}
		return texts;
	}

	private static void render(Path pdf, String name) throws Exception {
		int page = pageCount(pdf) - 1;
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "80", "-f", String.valueOf(page), "-l",
				String.valueOf(page), "-singlefile", pdf.toString(), FOLDER.resolve(name).toString())
			.redirectErrorStream(true)
			.start();
		process.getInputStream().readAllBytes();
		process.waitFor();
	}

	private static int pageCount(Path pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getNumberOfPages();
		}
	}

	/** A stand-in image on a transparent background: a scribble, or a ring for a seal. */
	private static Path image(String name, int width, int height, Color colour, boolean ring) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		graphics.setColor(colour);
		graphics.setStroke(new BasicStroke(8));
		if (ring) {
			graphics.drawOval(10, 10, width - 20, height - 20);
			graphics.drawOval(40, 40, width - 80, height - 80);
		}
		else {
			graphics.drawPolyline(new int[] { 20, 80, 120, 170, 220, 280, 340 },
					new int[] { 140, 40, 150, 50, 140, 60, 120 }, 7);
		}
		graphics.dispose();
		Path file = FOLDER.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private static int count(String text, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private static org.assertj.core.data.Offset<Float> within() {
		return org.assertj.core.data.Offset.offset(0.5f);
	}

}

package vn.nq57.reporting.issuance;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import eu.europa.esig.dss.alert.LogOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextVerticalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.nq57.reporting.attainment.ReportingZone;

/**
 * Signs an issued report twice, as Decree 30/2020/NĐ-CP wants an electronic document
 * between state bodies signed: first the person with authority, then the agency (the
 * signature that stands for its seal). Each is a PAdES baseline signature (EU DSS),
 * PAdES-BASELINE-B, or PAdES-BASELINE-T when a timestamp server is configured, added as
 * an incremental update so the first stays valid.
 * <p>
 * Appearances follow Decree 30, Appendix I, part II as far as text allows: the person's
 * in blue, the agency's in black, Liberation Serif (Times New Roman's metrics) at 10 pt,
 * lower case, upright, with the time of signing in ISO 8601 with the Vietnamese time zone
 * ("2026-05-27T09:30:00+07:00"). The font is embedded, so a PDF/A-2b file stays PDF/A-2b.
 * Images (the person's handwritten signature, the agency's seal) replace the text when
 * given; name and time then show in the signature's properties only.
 */
public class IssuedPdfSigner {

	public static final ZoneId ZONE = ReportingZone.ZONE;

	static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

	/** The person's appearance: blue, the colour of the handwritten signature. */
	static final Color SIGNER_COLOUR = new Color(0, 40, 160);

	/** The agency's information: black. */
	static final Color AGENCY_COLOUR = Color.BLACK;

	static final float FONT_SIZE = 10f;

	private static final float MIN_FONT_SIZE = 7f;

	private static final float PADDING = 2f;

	private static final String FONT = "/templates/fonts/LiberationSerif-Regular.ttf";

	private final Clock clock;

	private final TSPSource timestamps;

	/**
	 * @param clock the time of signing
	 * @param timestampUrl an RFC 3161 timestamp server, or null/blank for
	 * PAdES-BASELINE-B
	 */
	public IssuedPdfSigner(Clock clock, String timestampUrl) {
		this(clock, (timestampUrl == null || timestampUrl.isBlank()) ? null : new OnlineTSPSource(timestampUrl));
	}

	IssuedPdfSigner(Clock clock, TSPSource timestamps) {
		this.clock = clock;
		this.timestamps = timestamps;
	}

	public String level() {
		return signatureLevel().toString();
	}

	/**
	 * Writes {@code signed}: {@code unsigned} with the person's and the agency's
	 * signature, or the agency's alone when the request has no signer (a version issued
	 * without a person's approval, schedule mode {@code auto}).
	 * @throws IllegalArgumentException when a key cannot be opened (Vietnamese message
	 * naming the key, never its password)
	 * @throws IOException when a file cannot be read or written, or signing fails
	 */
	public IssuedSignatures sign(Path unsigned, Path signed, SignatureRequest request) throws IOException {
		byte[] fontBytes = fontBytes();
		try (SigningKey signerKey = (request.signer() != null) ? SigningKey.open(request.signer().key()) : null;
				SigningKey agencyKey = SigningKey.open(request.agency().key())) {
			String agencyName = displayName(request.agency(), organisationOf(agencyKey.certificate()));
			DSSDocument document = new FileDocument(unsigned.toFile());

			String signerName = null;
			OffsetDateTime signerTime = null;
			if (signerKey != null) {
				signerName = displayName(request.signer(), CertificateNames.commonName(signerKey.certificate()));
				signerTime = now();
				document = signOnce(document, signerKey, request.signer(), Role.SIGNER, signerName, signerTime,
						request.location(), fontBytes);
			}
			// the agency signs after the person, never at the same second
			OffsetDateTime agencyTime = (signerTime != null) ? later(signerTime) : now();
			document = signOnce(document, agencyKey, request.agency(), Role.AGENCY, agencyName, agencyTime,
					request.location(), fontBytes);

			write(document, signed);
			return new IssuedSignatures(level(), signerName, signerTime, agencyName, agencyTime);
		}
		catch (DSSException ex) {
			throw new IOException("Không ký số được " + unsigned + ": " + ex.getMessage(), ex);
		}
	}

	/** The lines of text an appearance shows. */
	static List<String> appearanceLines(Role role, String name, OffsetDateTime time) {
		String when = "Thời gian ký: " + ISO_SECONDS.format(time);
		return switch (role) {
			case SIGNER -> List.of("Người ký: " + name, when);
			case AGENCY -> List.of("Cơ quan: " + name, when);
		};
	}

	enum Role {

		SIGNER("Ký ban hành văn bản", SIGNER_COLOUR),

		AGENCY("Chữ ký số của cơ quan, tổ chức ban hành văn bản", AGENCY_COLOUR);

		final String reason;

		final Color colour;

		Role(String reason, Color colour) {
			this.reason = reason;
			this.colour = colour;
		}

	}

	private DSSDocument signOnce(DSSDocument document, SigningKey key, SignatureRequest.Party party, Role role,
			String name, OffsetDateTime time, String location, byte[] fontBytes) throws IOException {
		PAdESSignatureParameters parameters = new PAdESSignatureParameters();
		parameters.setSignatureLevel(signatureLevel());
		parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
		parameters.setSigningCertificate(key.entry().getCertificate());
		parameters.setCertificateChain(key.entry().getCertificateChain());
		parameters.bLevel().setSigningDate(Date.from(time.toInstant()));
		parameters.setSigningTimeZone(TimeZone.getTimeZone(ZONE));
		parameters.setSignerName(name);
		parameters.setReason(role.reason);
		parameters.setLocation(location);
		parameters.setAppName("NQ57 reporting");
		// room for the CMS with two chains and a timestamp token (DSS's default, 9.5 KB,
		// is tight for B-T)
		parameters.setContentSize(16 * 1024);
		parameters.setImageParameters(appearance(document, party, role, appearanceLines(role, name, time), fontBytes));

		PAdESService service = new PAdESService(new CommonCertificateVerifier());
		service.setPdfObjFactory(objectFactory());
		if (this.timestamps != null) {
			service.setTspSource(this.timestamps);
		}
		ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
		SignatureValue value = key.token().sign(toBeSigned, parameters.getDigestAlgorithm(), key.entry());
		return service.signDocument(document, parameters, value);
	}

	/**
	 * PDFBox drawing text as text (not as an image), with a field-position check that
	 * allows what Decree 30 asks for: the agency's seal overlapping the person's
	 * signature.
	 */
	private static PdfBoxNativeObjectFactory objectFactory() {
		PdfBoxNativeObjectFactory factory = new PdfBoxNativeObjectFactory();
		PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
		positions.setAlertOnSignatureFieldOverlap(new LogOnStatusAlert());
		factory.setPdfSignatureFieldPositionChecker(positions);
		return factory;
	}

	private SignatureImageParameters appearance(DSSDocument document, SignatureRequest.Party party, Role role,
			List<String> lines, byte[] fontBytes) throws IOException {
		Placement area = party.placement();
		float pageHeight = pageHeight(document, area.page());
		SignatureImageTextParameters text = new SignatureImageTextParameters();
		text.setText(String.join("\n", lines));
		text.setTextColor(role.colour);
		// transparent: the agency's appearance may lie over the person's
		text.setBackgroundColor(null);
		text.setPadding(PADDING);
		text.setTextWrapping(TextWrapping.FONT_BASED);
		text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.CENTER);
		text.setSignerTextVerticalAlignment(SignerTextVerticalAlignment.MIDDLE);

		SignatureImageParameters image = new SignatureImageParameters();
		SignatureFieldParameters field = new SignatureFieldParameters();
		field.setPage(area.page());
		if (party.image() != null) {
			// the image alone fills the area: the name and time stay in the signature's
			// properties, since text under a seal at real size would not fit the block
			image.setImage(new FileDocument(party.image().toFile()));
			image.setImageScaling(ImageScaling.ZOOM_AND_CENTER);
			place(field, area, area.width(), area.height(), pageHeight);
			image.setFieldParameters(field);
			return image;
		}
		float size = fittingSize(fontBytes, lines, area.width());
		text.setFont(font(fontBytes, size));
		float width = Math.min(area.width(), textWidth(fontBytes, lines, size) + 2 * PADDING + 1);
		float height = Math.min(area.height(), lines.size() * size * 1.2f + 2 * PADDING);
		place(field, area, width, height, pageHeight);
		image.setFieldParameters(field);
		image.setTextParameters(text);
		return image;
	}

	/**
	 * A box of the given size centred in the area; DSS counts from the top-left corner.
	 */
	private static void place(SignatureFieldParameters field, Placement area, float width, float height,
			float pageHeight) {
		float x = area.x() + (area.width() - width) / 2;
		float bottom = area.y() + (area.height() - height) / 2;
		field.setOriginX(x);
		field.setOriginY(pageHeight - (bottom + height));
		field.setWidth(width);
		field.setHeight(height);
	}

	private static float pageHeight(DSSDocument document, int page) throws IOException {
		try (InputStream in = document.openStream(); PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
			if (page > pdf.getNumberOfPages()) {
				throw new IllegalArgumentException(
						"Vị trí chữ ký ở trang " + page + " nhưng văn bản chỉ có " + pdf.getNumberOfPages() + " trang");
			}
			return pdf.getPage(page - 1).getMediaBox().getHeight();
		}
	}

	/** 10 pt unless the longest line would not fit the area's width; never under 7 pt. */
	static float fittingSize(byte[] fontBytes, List<String> lines, float areaWidth) throws IOException {
		float width = textWidth(fontBytes, lines, FONT_SIZE);
		float available = areaWidth - 2 * PADDING - 1;
		if (width <= available) {
			return FONT_SIZE;
		}
		return Math.max(MIN_FONT_SIZE, (float) Math.floor(FONT_SIZE * available / width * 10) / 10);
	}

	static float textWidth(byte[] fontBytes, List<String> lines, float size) throws IOException {
		try (PDDocument scratch = new PDDocument()) {
			PDType0Font font = PDType0Font.load(scratch, new java.io.ByteArrayInputStream(fontBytes), false);
			float widest = 0;
			for (String line : lines) {
				widest = Math.max(widest, font.getStringWidth(line) / 1000 * size);
			}
			return widest;
		}
	}

	private static DSSFileFont font(byte[] fontBytes, float size) {
		DSSFileFont font = new DSSFileFont(new InMemoryDocument(fontBytes, "LiberationSerif-Regular.ttf"), size);
		font.setEmbedFontSubset(true);
		return font;
	}

	private static byte[] fontBytes() {
		try (InputStream in = IssuedPdfSigner.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("Thiếu phông chữ " + FONT + " cho hình thức chữ ký");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SignatureLevel signatureLevel() {
		return (this.timestamps != null) ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B;
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS).atZone(ZONE).toOffsetDateTime();
	}

	private OffsetDateTime later(OffsetDateTime previous) {
		OffsetDateTime now = now();
		return now.isAfter(previous) ? now : previous.plusSeconds(1);
	}

	private static String displayName(SignatureRequest.Party party, String fromCertificate) {
		return (party.displayName() != null && !party.displayName().isBlank()) ? party.displayName().strip()
				: fromCertificate;
	}

	private static String organisationOf(X509Certificate certificate) {
		String organisation = CertificateNames.organisation(certificate);
		return (organisation != null) ? organisation : CertificateNames.commonName(certificate);
	}

	private static void write(DSSDocument document, Path target) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".part");
		try (OutputStream out = Files.newOutputStream(temporary)) {
			document.writeTo(out);
		}
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}

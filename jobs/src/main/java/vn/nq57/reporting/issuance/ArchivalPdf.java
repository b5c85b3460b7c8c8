package vn.nq57.reporting.issuance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.pdf.PdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.nq57.reporting.document.PdfReportRenderer;

/**
 * Makes JasperReports export a filled report as PDF/A-2b (ISO 19005-2, level B), the form
 * an issued document is archived in: the conformance and its XMP metadata, an sRGB output
 * intent (the JDK's profile), title and language. The fonts must be embedded already (the
 * font extension in templates/fonts embeds Liberation Serif).
 * <p>
 * The settings go on the {@link JasperPrint} as export properties, which the PDF exporter
 * reads when its own configuration leaves them unset; so the usual export
 * ({@link PdfReportRenderer#exportPdf(JasperPrint, Path)}) writes the PDF. One repair
 * follows: OpenPDF knows only PDF/A-1, for which it writes a CIDSet per embedded font
 * that lists fewer glyphs than its font subset holds. PDF/A-2 makes the CIDSet optional
 * but forbids an incomplete one (veraPDF rule 6.2.11.4.2-2), so it is removed.
 */
public final class ArchivalPdf {

	/** Vietnamese, the language of every document the product issues. */
	public static final String LANGUAGE = "vi-VN";

	private ArchivalPdf() {
	}

	/**
	 * What the PDF says about itself (document information and XMP metadata).
	 *
	 * @param title the document's title, e.g. "Báo cáo kết quả thực hiện Nghị quyết số
	 * 57-NQ/TW tháng 5 năm 2026"
	 * @param author the issuing body, e.g. "Ủy ban nhân dân xã Vũ Quang"
	 * @param subject a summary, may be null
	 * @param keywords may be null
	 */
	public record Metadata(String title, String author, String subject, String keywords) {

		public Metadata {
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(author, "author");
		}

	}

	/**
	 * Exports a filled report as PDF/A-2b.
	 */
	public static void export(PdfReportRenderer renderer, JasperPrint print, Metadata metadata, Path file)
			throws IOException {
		renderer.exportPdf(prepare(print, metadata), file);
		removeFontCidSets(file);
	}

	/**
	 * Sets the PDF/A-2b export properties on a filled report; export it as usual
	 * afterwards.
	 * @return the same print
	 */
	public static JasperPrint prepare(JasperPrint print, Metadata metadata) {
		print.setProperty(PdfExporterConfiguration.PROPERTY_PDFA_CONFORMANCE, PdfaConformanceEnum.PDFA_2B.getName());
		print.setProperty(PdfExporterConfiguration.PROPERTY_PDFA_ICC_PROFILE_PATH,
				SrgbProfile.file().toAbsolutePath().toString());
		print.setProperty(PdfExporterConfiguration.PROPERTY_TAG_LANGUAGE, LANGUAGE);
		print.setProperty(PdfExporterConfiguration.PROPERTY_METADATA_TITLE, metadata.title());
		print.setProperty(PdfExporterConfiguration.PROPERTY_DISPLAY_METADATA_TITLE, "true");
		print.setProperty(PdfExporterConfiguration.PROPERTY_METADATA_AUTHOR, metadata.author());
		if (metadata.subject() != null) {
			print.setProperty(PdfExporterConfiguration.PROPERTY_METADATA_SUBJECT, metadata.subject());
		}
		if (metadata.keywords() != null) {
			print.setProperty(PdfExporterConfiguration.PROPERTY_METADATA_KEYWORDS, metadata.keywords());
		}
		print.setProperty(PdfExporterConfiguration.PROPERTY_METADATA_CREATOR, "NQ57 reporting");
		return print;
	}

	/** Rewrites the file without the fonts' CIDSet streams (optional in PDF/A-2). */
	static void removeFontCidSets(Path file) throws IOException {
		Path repaired = file.resolveSibling(file.getFileName() + ".pdfa");
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			for (COSObject descriptor : document.getDocument().getObjectsByType(COSName.FONT_DESC)) {
				if (descriptor.getObject() instanceof COSDictionary dictionary) {
					dictionary.removeItem(COSName.CID_SET);
				}
			}
			// classic cross-reference table, as the exporter wrote it
			document.save(repaired.toFile(), CompressParameters.NO_COMPRESSION);
		}
		Files.move(repaired, file, StandardCopyOption.REPLACE_EXISTING);
	}

}

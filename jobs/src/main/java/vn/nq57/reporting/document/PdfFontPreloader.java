package vn.nq57.reporting.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFace;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.repo.RepositoryUtil;

/**
 * Loads the PDF fonts of the font extension (templates/fonts) into OpenPDF's font cache
 * from their bytes, once per process.
 * <p>
 * The exporter asks OpenPDF for a font by its location first. When that location is also
 * a file relative to the working directory — as {@code templates/fonts/...} is when
 * {@code ./reports} runs from the project folder — OpenPDF reads the font file for every
 * PDF, a byte per system call while subsetting it, which doubled the time to export a
 * report. Fonts put in the cache from memory are found by the same location, whatever the
 * working directory.
 */
final class PdfFontPreloader {

	private PdfFontPreloader() {
	}

	/**
	 * @return the font locations now cached in memory
	 */
	static List<String> preload(JasperReportsContext context) {
		List<String> loaded = new ArrayList<>();
		RepositoryUtil repository = RepositoryUtil.getInstance(context);
		for (FontFamily family : context.getExtensions(FontFamily.class)) {
			if (family.getPdfEncoding() == null) {
				continue;
			}
			boolean embedded = Boolean.TRUE.equals(family.isPdfEmbedded());
			Stream.of(family.getNormalFace(), family.getBoldFace(), family.getItalicFace(), family.getBoldItalicFace())
				.filter(face -> face != null)
				.map(PdfFontPreloader::location)
				.filter(location -> location != null && !loaded.contains(location))
				.forEach(location -> {
					cache(repository, location, family.getPdfEncoding(), embedded);
					loaded.add(location);
				});
		}
		return loaded;
	}

	static List<String> preload() {
		return preload(DefaultJasperReportsContext.getInstance());
	}

	/** The location the PDF exporter asks for: the face's PDF font, else its TTF. */
	private static String location(FontFace face) {
		return (face.getPdf() != null) ? face.getPdf() : face.getTtf();
	}

	private static void cache(RepositoryUtil repository, String location, String encoding, boolean embedded) {
		try {
			BaseFont.createFont(location, encoding, embedded, true, repository.getBytesFromLocation(location), null);
		}
		catch (JRException | DocumentException | IOException ex) {
			throw new IllegalStateException("Không nạp được phông chữ PDF " + location + ": " + ex.getMessage(), ex);
		}
	}

}

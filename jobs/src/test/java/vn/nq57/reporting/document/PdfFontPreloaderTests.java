package vn.nq57.reporting.document;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF exporter asks OpenPDF for each font by its location; it must get the font
 * loaded from memory, not a file re-read for every report.
 */
class PdfFontPreloaderTests {

	@Test
	void everyFaceOfTheReportFontIsCachedUnderTheLocationTheExporterAsksFor() throws Exception {
		List<String> loaded = PdfFontPreloader.preload();

		assertThat(loaded).contains("templates/fonts/LiberationSerif-Regular.ttf",
				"templates/fonts/LiberationSerif-Bold.ttf", "templates/fonts/LiberationSerif-Italic.ttf",
				"templates/fonts/LiberationSerif-BoldItalic.ttf");
		for (String location : loaded.stream().filter(location -> location.contains("Liberation")).toList()) {
			BaseFont cached = BaseFont.createFont(location, BaseFont.IDENTITY_H, true, true, null, null);
			// the exporter's first attempt (JRPdfExporter → FontFactory.getFont)
			Font asked = FontFactory.getFont(location, BaseFont.IDENTITY_H, true, 10, Font.NORMAL, Color.BLACK);
			assertThat(asked.getBaseFont()).as(location).isSameAs(cached);
			assertThat(cached.getPostscriptFontName()).startsWith("LiberationSerif");
		}
	}

}

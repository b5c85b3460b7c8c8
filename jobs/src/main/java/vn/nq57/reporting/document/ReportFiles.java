package vn.nq57.reporting.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The one way a report version's files are written: the PDF, the JSON data file and the
 * XLSX workbook, all from one assembled document so they cannot disagree.
 */
@Component
public class ReportFiles {

	private final PdfReportRenderer renderer;

	private final JsonReportWriter json;

	private final XlsxReportWriter xlsx;

	public ReportFiles(PdfReportRenderer renderer, JsonReportWriter json, XlsxReportWriter xlsx) {
		this.renderer = renderer;
		this.json = json;
		this.xlsx = xlsx;
	}

	/**
	 * @param fileOf where the file with a given extension goes
	 * @return the files written
	 */
	public List<Path> write(ReportDocument document, Function<String, Path> fileOf) throws IOException {
		Path pdf = fileOf.apply("pdf");
		Path data = fileOf.apply("json");
		Path workbook = fileOf.apply("xlsx");
		this.renderer.exportPdf(this.renderer.fill(document), pdf);
		this.json.write(document, data);
		this.xlsx.write(document, workbook);
		return List.of(pdf, data, workbook);
	}

}

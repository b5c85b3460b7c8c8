package vn.nq57.reporting.province;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The one way a province report version's files are written: PDF, JSON and XLSX from one
 * {@link ProvinceReport}, so they cannot disagree.
 */
@Component
public class ProvinceFiles {

	private final ProvincePdfRenderer pdf;

	private final ProvinceJsonWriter json;

	private final ProvinceXlsxWriter xlsx;

	public ProvinceFiles(ProvincePdfRenderer pdf, ProvinceJsonWriter json, ProvinceXlsxWriter xlsx) {
		this.pdf = pdf;
		this.json = json;
		this.xlsx = xlsx;
	}

	public List<Path> write(ProvinceReport report, Function<String, Path> fileOf) throws IOException {
		Path pdfFile = fileOf.apply("pdf");
		Path jsonFile = fileOf.apply("json");
		Path xlsxFile = fileOf.apply("xlsx");
		this.pdf.write(report, pdfFile);
		this.json.write(report, jsonFile);
		this.xlsx.write(report, xlsxFile);
		return List.of(pdfFile, jsonFile, xlsxFile);
	}

}

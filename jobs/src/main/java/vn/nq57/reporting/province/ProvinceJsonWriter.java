package vn.nq57.reporting.province;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The province report's data file: the same {@link ProvinceReport} as the PDF and XLSX.
 */
@Component
public class ProvinceJsonWriter {

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public void write(ProvinceReport report, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, this.json.writeValueAsString(report));
	}

}

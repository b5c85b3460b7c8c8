package vn.nq57.reporting.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Writes a report's figures as JSON, from the same {@link ReportDocument} the PDF is
 * filled from.
 */
@Component
public class JsonReportWriter {

	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public void write(ReportDocument document, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, this.json.writeValueAsString(document));
	}

}

package vn.nq57.reporting.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Service;

import vn.nq57.reporting.attainment.DataWindowPolicy;
import vn.nq57.reporting.attainment.Period;
import vn.nq57.reporting.attainment.ReportType;
import vn.nq57.reporting.catalog.CatalogMapper;

/** Makes a unit's spreadsheet form for a period from the plan's latest version. */
@Service
public class SubmissionFormService {

	private final CatalogMapper catalog;

	private final Clock clock;

	private final DataWindowPolicy windows;

	public SubmissionFormService(CatalogMapper catalog, Clock clock, DataWindowPolicy windows) {
		this.catalog = catalog;
		this.clock = clock;
		this.windows = windows;
	}

	public SubmissionForm writeForm(String planCode, String unitCode, ReportType type, String periodCode, Path out)
			throws IOException {
		SubmissionForm form = SubmissionForm.of(this.catalog, planCode, unitCode, Period.parse(type, periodCode),
				this.windows);
		if (out.getParent() != null) {
			Files.createDirectories(out.getParent());
		}
		try (OutputStream stream = Files.newOutputStream(out)) {
			new SubmissionFormWriter().write(form, LocalDateTime.now(this.clock), stream);
		}
		return form;
	}

}

package vn.nq57.reporting.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import org.springframework.stereotype.Component;

/** The report schedules of {@code schedules/report-schedules.yaml}: per report type, its recipients. */
@Component
public class ReportSchedules {

	private final Map<String, List<String>> recipients = new LinkedHashMap<>();

	public ReportSchedules() {
		this("/schedules/report-schedules.yaml");
	}

	@SuppressWarnings("unchecked")
	ReportSchedules(String resource) {
		try (InputStream in = ReportSchedules.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Thiếu tệp lịch báo cáo " + resource);
			}
			Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
			for (Object item : (List<Object>) root.get("schedules")) {
				Map<String, Object> schedule = (Map<String, Object>) item;
				this.recipients.put((String) schedule.get("report"),
						List.copyOf((List<String>) schedule.getOrDefault("recipients", List.of())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Who receives a report type, by its command-line name (monthly, quarterly, half-year, annual, ad-hoc). */
	public List<String> recipients(String reportTypeCliName) {
		return this.recipients.getOrDefault(reportTypeCliName, List.of());
	}

}

package vn.nq57.reporting.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;

/**
 * The Vietnamese subject and HTML body that carry a report (templates/mail/report.html):
 * the period's summary, the PDF attached.
 */
@Component
public class ReportMailContent {

	private final MailTemplates templates;

	public ReportMailContent(MailTemplates templates) {
		this.templates = templates;
	}

	public MailContent of(ReportDocument document) {
		ReportDocument.Header h = document.header();
		String subject = h.reportTitle() + " về thực hiện Nghị quyết số 57-NQ/TW - " + h.issuerShort() + " (phiên bản "
				+ h.reportVersion() + ")";
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("subject", subject);
		variables.put("header", h);
		variables.put("revision", document.revision());
		variables.put("completeness", document.completeness());
		variables.put("statusesByGroup", statusesByGroup(document));
		variables.put("judging", document.judging());
		variables.put("tasks", document.tasks());
		return new MailContent(subject, this.templates.render("mail/report", variables));
	}

	private static Map<String, String> statusesByGroup(ReportDocument document) {
		Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
		for (IndicatorLine line : document.indicators()) {
			counts.computeIfAbsent(line.group(), g -> new TreeMap<>()).merge(line.statusName(), 1, Integer::sum);
		}
		Map<String, String> text = new LinkedHashMap<>();
		counts.forEach((group, byStatus) -> text.put(group,
				byStatus.entrySet()
					.stream()
					.map(e -> e.getKey() + ": " + e.getValue())
					.collect(Collectors.joining("; "))));
		return text;
	}

}

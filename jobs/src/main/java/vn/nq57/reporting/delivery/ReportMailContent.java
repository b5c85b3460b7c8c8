package vn.nq57.reporting.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;

/**
 * The Vietnamese subject and body that carry an issued report, in HTML
 * (templates/mail/report.html) and plain text (templates/mail/report.txt): its number,
 * date of issue and signers, the period's summary, the signed PDF attached, and the
 * sender's block.
 */
@Component
public class ReportMailContent {

	private final MailTemplates templates;

	private final SenderBlock sender;

	public ReportMailContent(MailTemplates templates, SenderBlock sender) {
		this.templates = templates;
		this.sender = sender;
	}

	/**
	 * @param document the issued document
	 * @param issued its number, date of issue and signers; null for a version made before
	 * issuance existed (it has none)
	 */
	public MailContent of(ReportDocument document, IssuedAs issued) {
		ReportDocument.Header h = document.header();
		String subject = h.reportTitle() + " về thực hiện Nghị quyết số 57-NQ/TW - " + h.issuerShort()
				+ ((issued != null) ? " - " + issued.numberAndDate() : "") + " (phiên bản " + h.reportVersion() + ")";
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("subject", subject);
		variables.put("header", h);
		variables.put("issued", issued);
		variables.put("revision", document.revision());
		variables.put("completeness", document.completeness());
		variables.put("statusesByGroup", statusesByGroup(document));
		variables.put("judging", document.judging());
		variables.put("tasks", document.tasks());
		variables.put("sender", this.sender.lines(h.issuerName().replace('\n', ' ')));
		return new MailContent(subject, this.templates.render("mail/report", variables),
				this.templates.renderText("mail/report", variables));
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

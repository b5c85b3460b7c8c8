package vn.nq57.reporting.province;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.nq57.reporting.delivery.MailContent;
import vn.nq57.reporting.delivery.MailTemplates;

/**
 * The Vietnamese subject and body that carry a province report: HTML
 * (templates/mail/province-report.html) beside plain text (province-report.txt), who
 * reported, the PDF and XLSX attached.
 */
@Component
public class ProvinceMailContent {

	private final MailTemplates templates;

	public ProvinceMailContent(MailTemplates templates) {
		this.templates = templates;
	}

	public MailContent of(ProvinceReport report) {
		ProvinceReport.Header h = report.header();
		// "... - Sở Khoa học và Công nghệ tỉnh Hà Tĩnh, tháng 5 năm 2026 (phiên bản 1)"
		String subject = h.reportTypeName() + " về thực hiện Nghị quyết số 57-NQ/TW - Sở Khoa học và Công nghệ "
				+ ProvinceNames.named(h.province()) + ", " + h.periodLabel() + " (phiên bản " + h.version() + ")";
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("subject", subject);
		variables.put("header", h);
		variables.put("revision", report.revision());
		variables.put("reporting", report.reporting());
		return new MailContent(subject, this.templates.render("mail/province-report", variables),
				this.templates.renderText("mail/province-report", variables));
	}

}

package vn.nq57.reporting.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.util.HtmlUtils;

import vn.nq57.reporting.document.ReportDocument;
import vn.nq57.reporting.document.ReportDocument.IndicatorLine;
import vn.nq57.reporting.document.ReportDocument.TaskLine;

/**
 * The Vietnamese subject and HTML body that carry a report: the period's summary, the PDF
 * attached.
 */
public class ReportMailContent {

	public String subject(ReportDocument document) {
		ReportDocument.Header h = document.header();
		return h.reportTitle() + " về thực hiện Nghị quyết số 57-NQ/TW - " + h.issuerShort() + " (phiên bản "
				+ h.reportVersion() + ")";
	}

	public String htmlBody(ReportDocument document) {
		ReportDocument.Header h = document.header();
		ReportDocument.Completeness c = document.completeness();
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head>")
			.append("<body style=\"font-family:'Times New Roman',serif;font-size:14px\">");
		html.append("<p>Kính gửi: ").append(esc(h.recipient())).append(",</p>");
		html.append("<p>")
			.append(esc(h.issuerShort()))
			.append(" gửi ")
			.append(esc(h.reportTitle().toLowerCase()))
			.append(" về kết quả thực hiện Nghị quyết số 57-NQ/TW (phiên bản ")
			.append(h.reportVersion())
			.append("; số liệu ")
			.append(esc(h.dataWindow()))
			.append("). Báo cáo đầy đủ ở tệp PDF đính kèm.</p>");
		if (document.revision() != null) {
			html.append("<p><b>Báo cáo đính chính.</b> ").append(esc(document.revision().note())).append("</p>");
		}
		html.append("<p><b>Tình hình gửi báo cáo của các đơn vị:</b> ")
			.append(c.submitted())
			.append("/")
			.append(c.expected())
			.append(" đơn vị (")
			.append(esc(c.shareText()))
			.append("), ")
			.append(c.onTime())
			.append(" đúng hạn, ")
			.append(c.late())
			.append(" muộn, ")
			.append(c.missing())
			.append(" chưa gửi.</p>");
		html.append("<p><b>Chỉ tiêu theo nhóm:</b></p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
			.append("<tr><th>Nhóm</th><th>Kết quả đánh giá</th></tr>");
		statusesByGroup(document).forEach((group, counts) -> html.append("<tr><td>")
			.append(esc(group))
			.append("</td><td>")
			.append(esc(counts))
			.append("</td></tr>"));
		html.append("</table>");
		ReportDocument.TaskSummary t = document.tasks();
		html.append("<p><b>Nhiệm vụ:</b> ")
			.append(t.total())
			.append(" nhiệm vụ; hoàn thành ")
			.append(t.done())
			.append(", đang triển khai ")
			.append(t.inProgress())
			.append(", chưa triển khai ")
			.append(t.notStarted())
			.append(", chưa báo cáo ")
			.append(t.notReported())
			.append("; quá hạn ")
			.append(t.overdue())
			.append(".</p>");
		if (!t.overdueTasks().isEmpty()) {
			html.append("<p><b>Nhiệm vụ quá hạn:</b></p><ul>");
			for (TaskLine task : t.overdueTasks()) {
				html.append("<li>")
					.append(esc(task.name()))
					.append(" — chủ trì: ")
					.append(esc(task.lead()))
					.append("; thời hạn: ")
					.append(esc(task.deadline()))
					.append("</li>");
			}
			html.append("</ul>");
		}
		html.append("<p>Trân trọng.</p></body></html>");
		return html.toString();
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
					.reduce((a, b) -> a + "; " + b)
					.orElse("")));
		return text;
	}

	private static String esc(String text) {
		return (text == null) ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
	}

}

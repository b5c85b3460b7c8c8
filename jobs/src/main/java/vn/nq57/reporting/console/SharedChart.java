package vn.nq57.reporting.console;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import vn.nq57.reporting.province.ProvinceReport.SharedFigure;

/**
 * One shared indicator's distribution across communes as an inline SVG bar chart: the
 * number of communes in each band of figures.
 */
record SharedChart(String code, String name, String svg) {

	static final int WIDTH = 260;

	static final int HEIGHT = 90;

	static String svg(SharedFigure figure) {
		List<Integer> counts = figure.distribution();
		int max = counts.stream().mapToInt(Integer::intValue).max().orElse(1);
		max = Math.max(1, max);
		int slot = WIDTH / Math.max(1, counts.size());
		StringBuilder out = new StringBuilder();
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT + 28)
			.append("\" role=\"img\" aria-label=\"")
			.append(HtmlUtils.htmlEscape("Phân bố số liệu các xã: " + figure.name()))
			.append("\">");
		for (int i = 0; i < counts.size(); i++) {
			int height = (HEIGHT - 14) * counts.get(i) / max;
			int x = i * slot + slot / 8;
			int y = HEIGHT - height;
			out.append("<rect x=\"")
				.append(x)
				.append("\" y=\"")
				.append(y)
				.append("\" width=\"")
				.append(slot * 3 / 4)
				.append("\" height=\"")
				.append(height)
				.append("\" fill=\"#1565c0\"><title>")
				.append(HtmlUtils.htmlEscape(figure.distributionLabels().get(i) + ": " + counts.get(i) + " xã"))
				.append("</title></rect>");
			out.append("<text x=\"")
				.append(x + slot * 3 / 8)
				.append("\" y=\"")
				.append(y - 3)
				.append("\" font-size=\"11\" text-anchor=\"middle\">")
				.append(counts.get(i))
				.append("</text>");
			out.append("<text x=\"")
				.append(x + slot * 3 / 8)
				.append("\" y=\"")
				.append(HEIGHT + 14)
				.append("\" font-size=\"9\" text-anchor=\"middle\">")
				.append(HtmlUtils.htmlEscape(figure.distributionLabels().get(i)))
				.append("</text>");
		}
		out.append("<line x1=\"0\" y1=\"")
			.append(HEIGHT)
			.append("\" x2=\"")
			.append(WIDTH)
			.append("\" y2=\"")
			.append(HEIGHT)
			.append("\" stroke=\"#666\"/></svg>");
		return out.toString();
	}

}

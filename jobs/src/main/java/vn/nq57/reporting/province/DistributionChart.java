package vn.nq57.reporting.province;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * A small bar chart of how many communes fall in each band of an indicator's figures,
 * drawn as vectors with the count above each bar (jasperreports-charts is not published
 * for JasperReports 7, as for the commune report's chart).
 */
public final class DistributionChart extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	static final Color BAR = new Color(0x1565C0);

	private final int[] counts;

	public DistributionChart(List<Integer> counts) {
		this.counts = counts.stream().mapToInt(Integer::intValue).toArray();
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		int max = 1;
		for (int count : this.counts) {
			max = Math.max(max, count);
		}
		double labelHeight = 9;
		double base = area.getY() + area.getHeight() - 1;
		double room = area.getHeight() - labelHeight - 2;
		double slot = area.getWidth() / Math.max(1, this.counts.length);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
		for (int i = 0; i < this.counts.length; i++) {
			double height = room * this.counts[i] / max;
			double x = area.getX() + i * slot + slot * 0.15;
			graphics.setColor(BAR);
			graphics.fill(new Rectangle2D.Double(x, base - height, slot * 0.7, height));
			graphics.setColor(Color.DARK_GRAY);
			String label = Integer.toString(this.counts[i]);
			graphics.drawString(label, (float) (x + slot * 0.35 - label.length() * 1.8), (float) (base - height - 2));
		}
		graphics.setColor(Color.GRAY);
		graphics.draw(new Line2D.Double(area.getX(), base, area.getX() + area.getWidth(), base));
	}

}

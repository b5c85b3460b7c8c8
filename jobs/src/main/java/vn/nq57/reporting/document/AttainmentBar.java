package vn.nq57.reporting.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * One bar of the chart of attainment by group, drawn as vectors: the group's indicators
 * exceeded, achieved, not achieved and other (no data, no target, qualitative), stacked
 * left to right over the full width. jasperreports-charts is not published for 7.0.6, so
 * the chart is drawn with JasperReports' own Graphics2D renderer and its labels are
 * ordinary text fields.
 */
public final class AttainmentBar extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	static final Color EXCEEDED = new Color(0x1B5E20);

	static final Color ACHIEVED = new Color(0x66BB6A);

	static final Color NOT_ACHIEVED = new Color(0xEF8A17);

	static final Color OTHER = new Color(0xD0D0D0);

	private final int[] counts;

	public AttainmentBar(int exceeded, int achieved, int notAchieved, int other) {
		this.counts = new int[] { exceeded, achieved, notAchieved, other };
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		Color[] colors = { EXCEEDED, ACHIEVED, NOT_ACHIEVED, OTHER };
		int total = 0;
		for (int count : this.counts) {
			total += count;
		}
		double top = area.getY() + area.getHeight() * 0.2;
		double height = area.getHeight() * 0.6;
		double x = area.getX();
		for (int i = 0; i < this.counts.length && total > 0; i++) {
			double width = area.getWidth() * this.counts[i] / total;
			graphics.setColor(colors[i]);
			graphics.fill(new Rectangle2D.Double(x, top, width, height));
			x += width;
		}
		graphics.setColor(Color.DARK_GRAY);
		graphics.draw(new Rectangle2D.Double(area.getX(), top, area.getWidth(), height));
	}

}

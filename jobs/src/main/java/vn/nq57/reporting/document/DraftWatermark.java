package vn.nq57.reporting.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * "DỰ THẢO" across a draft's page, corner to corner, in light grey behind the text. Drawn
 * as outlines, not as text: it is not read out by text extraction or screen readers, and
 * the page's words stay in their order.
 */
public final class DraftWatermark extends AbstractRenderer implements Graphics2DRenderable {

	private static final long serialVersionUID = 1L;

	static final Color GREY = new Color(0xD8D8D8);

	private static final String FONT = "/templates/fonts/LiberationSerif-Bold.ttf";

	private final String text;

	public DraftWatermark(String text) {
		this.text = text;
	}

	@Override
	public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
		double angle = -Math.atan2(area.getHeight(), area.getWidth());
		double diagonal = Math.hypot(area.getWidth(), area.getHeight());
		FontRenderContext frc = new FontRenderContext(null, true, true);
		Font font = font().deriveFont(100f);
		Shape outline = font.createGlyphVector(frc, this.text).getOutline();
		Rectangle2D bounds = outline.getBounds2D();
		// three quarters of the diagonal
		double scale = 0.75 * diagonal / bounds.getWidth();
		AffineTransform place = new AffineTransform();
		place.translate(area.getCenterX(), area.getCenterY());
		place.rotate(angle);
		place.scale(scale, scale);
		place.translate(-bounds.getCenterX(), -bounds.getCenterY());
		Color previous = graphics.getColor();
		graphics.setColor(GREY);
		graphics.fill(place.createTransformedShape(outline));
		graphics.setColor(previous);
	}

	private static Font font() {
		try (InputStream in = DraftWatermark.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("Thiếu phông chữ " + FONT);
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Phông chữ " + FONT + " không đọc được", ex);
		}
	}

}

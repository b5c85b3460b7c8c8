package vn.nq57.reporting.issuance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds the signature block of a rendered document with PDFBox: the signer's name, as the
 * last line of the block, and the title above it ("PHÓ CHỦ TỊCH"), searching from the
 * last page back (the block may sit before an appendix). The space between them is where
 * the signatures' appearances go.
 */
public final class SignatureBlockLocator {

	private SignatureBlockLocator() {
	}

	/**
	 * A line of text as printed: one run of glyphs on one baseline, in PDF points from
	 * the page's lower-left corner.
	 */
	public record Line(String text, float x, float bottom, float width, float top) {

		float centreX() {
			return this.x + this.width / 2;
		}

	}

	/**
	 * The block on its page: the title line just above the name, and the name.
	 */
	public record SignatureBlock(int page, Line title, Line name) {

		/** Height of the free space between the title and the name. */
		public float gap() {
			return this.title.bottom() - this.name.top();
		}

		/**
		 * Areas for text appearances: the person's over the agency's, both centred on the
		 * block in the space between title and name. Decree 30 lays the agency's seal
		 * over the left third of the person's signature; two texts laid so would not be
		 * legible, so text appearances stack instead (the areas still touch).
		 * @param width the areas' width, e.g. 230 (the block's column)
		 */
		public Placements textAreas(float width) {
			float top = this.title.bottom() - 2;
			float bottom = this.name.top() + 2;
			float half = (top - bottom) / 2;
			float x = this.name.centreX() - width / 2;
			return new Placements(new Placement(this.page, x, bottom + half, width, half),
					new Placement(this.page, x, bottom, width, half));
		}

		/**
		 * Areas for image appearances as Decree 30 lays them: the person's signature
		 * centred between title and name; the agency's seal, at its real size, over the
		 * left third of the signature.
		 * @param signatureWidth the signature image's width in points
		 * @param sealSize the seal's diameter in points (a 36 mm seal is 102 pt)
		 */
		public Placements imageAreas(float signatureWidth, float sealSize) {
			float top = this.title.bottom() - 2;
			float bottom = this.name.top() + 2;
			Placement signature = new Placement(this.page, this.name.centreX() - signatureWidth / 2, bottom,
					signatureWidth, top - bottom);
			// the seal's right edge a third of the way into the signature
			float sealRight = signature.x() + signatureWidth / 3;
			float centreY = bottom + (top - bottom) / 2;
			Placement seal = new Placement(this.page, sealRight - sealSize, centreY - sealSize / 2, sealSize, sealSize);
			return new Placements(signature, seal);
		}

	}

	/** Where each appearance goes. */
	public record Placements(Placement signer, Placement agency) {

	}

	/**
	 * @param titleLine the last line of the block above the space for the signature, e.g.
	 * "PHÓ CHỦ TỊCH"
	 * @param signerName the name printed under the space
	 * @return the block, or empty when the name or the title is not found
	 */
	public static Optional<SignatureBlock> locate(Path pdf, String titleLine, String signerName) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (int page = document.getNumberOfPages(); page >= 1; page--) {
				List<Line> lines = lines(document, page);
				Optional<SignatureBlock> block = block(page, lines, normalise(titleLine), normalise(signerName));
				if (block.isPresent()) {
					return block;
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * A block whose signer's name is not printed (a catalog without it): the space of the
	 * given height under the last line reading {@code titleLine}, searching from the last
	 * page back.
	 */
	public static Optional<SignatureBlock> locateUnderTitle(Path pdf, String titleLine, float height)
			throws IOException {
		String title = normalise(titleLine);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			for (int page = document.getNumberOfPages(); page >= 1; page--) {
				List<Line> lines = lines(document, page);
				for (int i = lines.size() - 1; i >= 0; i--) {
					Line line = lines.get(i);
					if (normalise(line.text()).equals(title)) {
						float top = line.bottom() - height;
						return Optional.of(new SignatureBlock(page, line,
								new Line("", line.x(), top - (line.top() - line.bottom()), line.width(), top)));
					}
				}
			}
			return Optional.empty();
		}
	}

	/** The lines of one page, top to bottom. */
	public static List<Line> lines(Path pdf, int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return lines(document, page);
		}
	}

	private static Optional<SignatureBlock> block(int page, List<Line> lines, String title, String name) {
		for (int i = lines.size() - 1; i >= 0; i--) {
			Line candidate = lines.get(i);
			if (!normalise(candidate.text()).equals(name)) {
				continue;
			}
			// the nearest line above the name, in the same column, is the title
			Optional<Line> above = lines.stream()
				.filter(l -> l.bottom() > candidate.top())
				.filter(l -> Math.abs(l.centreX() - candidate.centreX()) < 20)
				.min(Comparator.comparingDouble(Line::bottom));
			if (above.isPresent() && normalise(above.get().text()).equals(title)) {
				return Optional.of(new SignatureBlock(page, above.get(), candidate));
			}
		}
		return Optional.empty();
	}

	private static String normalise(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static List<Line> lines(PDDocument document, int page) throws IOException {
		float pageHeight = document.getPage(page - 1).getMediaBox().getHeight();
		List<TextPosition> glyphs = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {

			@Override
			protected void processTextPosition(TextPosition text) {
				glyphs.add(text);
			}

		};
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		stripper.getText(document);
		glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
		List<Line> lines = new ArrayList<>();
		List<TextPosition> run = new ArrayList<>();
		for (TextPosition glyph : glyphs) {
			if (!run.isEmpty() && !continues(run.get(run.size() - 1), glyph)) {
				lines.add(line(run, pageHeight));
				run = new ArrayList<>();
			}
			run.add(glyph);
		}
		if (!run.isEmpty()) {
			lines.add(line(run, pageHeight));
		}
		return lines;
	}

	/** Same baseline and no wider gap than a few spaces: the same run of text. */
	private static boolean continues(TextPosition previous, TextPosition next) {
		boolean sameBaseline = Math.abs(previous.getYDirAdj() - next.getYDirAdj()) < 1;
		float gap = next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
		return sameBaseline && gap < 3 * Math.max(previous.getFontSizeInPt(), 1) && gap > -1;
	}

	private static Line line(List<TextPosition> run, float pageHeight) {
		StringBuilder text = new StringBuilder();
		TextPosition previous = null;
		float height = 0;
		for (TextPosition glyph : run) {
			if (previous != null
					&& glyph.getXDirAdj()
							- (previous.getXDirAdj() + previous.getWidthDirAdj()) > glyph.getWidthOfSpace() * 0.5f
					&& !text.toString().endsWith(" ") && !glyph.getUnicode().isBlank()) {
				text.append(' ');
			}
			text.append(glyph.getUnicode());
			height = Math.max(height, glyph.getFontSizeInPt());
			previous = glyph;
		}
		TextPosition first = run.get(0);
		TextPosition last = run.get(run.size() - 1);
		float baseline = pageHeight - first.getYDirAdj();
		float x = first.getXDirAdj();
		float width = last.getXDirAdj() + last.getWidthDirAdj() - x;
		// descenders reach about a fifth of the size below the baseline, capitals 0.7
		// above
		return new Line(text.toString().strip(), x, baseline - 0.22f * height, width, baseline + 0.9f * height);
	}

}

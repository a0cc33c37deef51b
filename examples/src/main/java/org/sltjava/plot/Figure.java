package org.sltjava.plot;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.sltjava.core.InvalidInputException;

/**
 * A picture made of one or more chart panels in a grid, a title above and caption lines below
 * (where lambda, m and how they were obtained are stated), written as SVG or PNG. Rendering is
 * deterministic: fixed fonts and sizes, coordinates rounded to two decimals, stable element ids
 * (the ids of {@link Mark}s, {@code title} and {@code caption}), no timestamps; the same figure
 * and size give the same bytes on machines with the same fonts (layout depends on the metrics of
 * the logical font {@code SansSerif}).
 *
 * @param title   the line above the panels
 * @param panels  the charts, drawn row by row
 * @param columns panels per row
 * @param caption the lines below the panels
 */
public record Figure(String title, List<JFreeChart> panels, int columns, List<String> caption) {

    /** The font of the title. */
    static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    /** The font of the caption lines. */
    static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int LINE = 17;
    private static final int MARGIN = 10;

    /** Copies the lists and checks the layout. */
    public Figure {
        panels = List.copyOf(panels);
        caption = List.copyOf(caption);
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("a figure needs at least one panel and one column");
        }
    }

    /**
     * A picture size that gives each panel about {@code cellWidth} x {@code cellHeight} pixels and
     * leaves room for the title and the caption (wrapped at that width), but at least
     * {@code minWidth} x {@code minHeight}: for figures whose number of panels varies.
     */
    public Dimension sizeFor(int cellWidth, int cellHeight, int minWidth, int minHeight) {
        int rows = (panels.size() + columns - 1) / columns;
        int width = Math.max(minWidth, 2 * MARGIN + columns * cellWidth);
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        int lines = wrap(caption, g.getFontMetrics(CAPTION_FONT), width - 2 * MARGIN).size();
        g.dispose();
        return new Dimension(width, Math.max(minHeight, MARGIN + 25 + rows * cellHeight + LINE * lines + MARGIN));
    }

    /** The figure as an SVG document of the given size in pixels. */
    public String svg(int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("slt-");
        g.setGeomDoubleConverter(Figure::twoDecimals);
        g.setTransformDoubleConverter(Figure::twoDecimals);
        draw(g, width, height);
        return g.getSVGDocument();
    }

    /** The figure as an image of the given size in pixels. */
    public BufferedImage image(int width, int height) {
        checkSize(width, height);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        draw(g, width, height);
        g.dispose();
        return img;
    }

    /** The figure as PNG bytes of the given size in pixels. */
    public byte[] png(int width, int height) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(width, height), "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the figure to {@code out}, as SVG when the name ends in {@code .svg} and as PNG when
     * it ends in {@code .png}.
     *
     * @throws InvalidInputException for another file name ending
     */
    public void write(Path out, int width, int height) throws IOException {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Files.writeString(out, svg(width, height), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            Files.write(out, png(width, height));
        } else {
            throw new InvalidInputException("--out " + out + ": the file name must end in .svg or .png");
        }
    }

    private static void checkSize(int width, int height) {
        if (width < 200 || height < 150 || width > 10000 || height > 10000) {
            throw new InvalidInputException("the picture size must be 200..10000 by 150..10000 pixels, got " + width + "x" + height);
        }
    }

    private void draw(Graphics2D g, int width, int height) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setColor(Color.BLACK);
        Mark.begin(g, "title", null);
        g.setFont(TITLE_FONT);
        g.drawString(title, MARGIN, MARGIN + 15);
        Mark.end(g);
        List<String> lines = wrap(caption, g.getFontMetrics(CAPTION_FONT), width - 2 * MARGIN);
        int top = MARGIN + 25;
        int bottom = height - MARGIN - LINE * lines.size();
        int rows = (panels.size() + columns - 1) / columns;
        double cellW = (width - 2.0 * MARGIN) / columns;
        double cellH = Math.max(50, (bottom - top) / (double) rows);
        for (int i = 0; i < panels.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(MARGIN + (i % columns) * cellW, top + (double) (i / columns) * cellH, cellW, cellH);
            panels.get(i).draw(g, cell);
        }
        Mark.begin(g, "caption", null);
        g.setFont(CAPTION_FONT);
        g.setColor(Color.BLACK);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), MARGIN, bottom + LINE * (i + 1) - 4);
        }
        Mark.end(g);
    }

    /** The lines broken at spaces so that each fits the width; continuation lines are indented. */
    private static List<String> wrap(List<String> lines, FontMetrics metrics, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            StringBuilder current = new StringBuilder();
            for (String word : line.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && metrics.stringWidth(candidate) > width) {
                    out.add(current.toString());
                    current = new StringBuilder("    ").append(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            out.add(current.toString());
        }
        return out;
    }

    private static String twoDecimals(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }
}

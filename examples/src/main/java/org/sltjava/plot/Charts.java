package org.sltjava.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The one chart style of every plot: an XY plot without datasets whose content is drawn by
 * {@link Mark}s, fixed axis ranges, fixed fonts, white background, legend below.
 */
final class Charts {

    static final Color BLUE = new Color(31, 119, 180);
    static final Color ORANGE = new Color(255, 127, 14);
    static final Color GREEN = new Color(44, 160, 44);
    static final Color RED = new Color(214, 39, 40);
    static final Color PURPLE = new Color(148, 103, 189);
    static final Color GREY = new Color(110, 110, 110);
    static final Color LIGHT_BLUE = new Color(198, 219, 239);
    static final Color LIGHT_ORANGE = new Color(255, 206, 160);

    private static final Font AXIS_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Font PANEL_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private Charts() {
    }

    /** A legend entry: a line or a filled square of the given colour. */
    record Key(String label, Paint paint, boolean filled) {
    }

    /** A chart with these axes, ranges, marks (drawn in order) and legend entries; {@code panelTitle} may be null. */
    static JFreeChart xy(String panelTitle, String xLabel, double[] xRange, String yLabel, double[] yRange, List<Mark> marks,
            List<Key> keys) {
        NumberAxis x = axis(xLabel, xRange);
        NumberAxis y = axis(yLabel, yRange);
        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GREY);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        marks.forEach(m -> plot.addAnnotation(m, false));
        LegendItemCollection legend = new LegendItemCollection();
        for (Key k : keys) {
            LegendItem item = k.filled()
                    ? new LegendItem(k.label(), null, null, null, new Rectangle2D.Double(-5, -5, 10, 10), k.paint())
                    : new LegendItem(k.label(), null, null, null, false, new Rectangle2D.Double(-1, -1, 2, 2), false, k.paint(),
                            false, k.paint(), new BasicStroke(1f), true, new Line2D.Double(-8, 0, 8, 0), new BasicStroke(2f),
                            k.paint());
            item.setLabelFont(LEGEND_FONT);
            legend.add(item);
        }
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(null, LEGEND_FONT, plot, !keys.isEmpty());
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (!keys.isEmpty()) {
            chart.getLegend().setItemFont(LEGEND_FONT);
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
            chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        if (panelTitle != null) {
            chart.setTitle(new TextTitle(panelTitle, PANEL_FONT));
        }
        return chart;
    }

    private static NumberAxis axis(String label, double[] range) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(AXIS_FONT);
        a.setTickLabelFont(TICK_FONT);
        a.setAutoRange(false);
        a.setRange(range[0], range[1]);
        return a;
    }

    /** Lowest and highest value with a margin of {@code share} of the span on each side. */
    static double[] range(double lo, double hi, double share) {
        double span = hi - lo;
        if (!(span > 0)) {
            span = Math.max(1, Math.abs(hi));
        }
        return new double[] {lo - share * span, hi + share * span};
    }

    /** A number in the short form used in captions: 4 significant digits. */
    static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** The smallest value. */
    static double min(double[] v) {
        double m = Double.POSITIVE_INFINITY;
        for (double x : v) {
            m = Math.min(m, x);
        }
        return m;
    }

    /** The largest value. */
    static double max(double[] v) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            m = Math.max(m, x);
        }
        return m;
    }
}

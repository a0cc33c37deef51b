package org.sltjava.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * One named element of a chart, drawn in data coordinates: a polyline, a filled polygon, dots, or
 * separate segments (error bars). In SVG it is a group {@code <g id="ID" jfreesvg:ref="REF">},
 * so tests and readers can find the ray, the principal face or a crossing by its id; the ref
 * states its exact meaning (such as the hit point {@code t0 (h + 1) = (12/5, 12/5)}).
 */
final class Mark extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** How the points are drawn. */
    enum Kind { LINE, FILL, DOTS, SEGMENTS }

    private final String id;
    private final String ref;
    private final Kind kind;
    private final double[] xs;
    private final double[] ys;
    private final transient Paint paint;
    private final transient Stroke stroke;
    private final double dotRadius;

    private Mark(String id, String ref, Kind kind, double[] xs, double[] ys, Paint paint, Stroke stroke, double dotRadius) {
        if (xs.length != ys.length || xs.length == 0) {
            throw new IllegalArgumentException("mark " + id + ": need as many x as y values, at least one");
        }
        this.id = id;
        this.ref = ref;
        this.kind = kind;
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.paint = paint;
        this.stroke = stroke;
        this.dotRadius = dotRadius;
    }

    /** A polyline through the points. */
    static Mark line(String id, String ref, double[] xs, double[] ys, Paint paint, float width, boolean dashed) {
        Stroke s = dashed
                ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        return new Mark(id, ref, Kind.LINE, xs, ys, paint, s, 0);
    }

    /** The filled polygon with these corners. */
    static Mark fill(String id, String ref, double[] xs, double[] ys, Paint paint) {
        return new Mark(id, ref, Kind.FILL, xs, ys, paint, null, 0);
    }

    /** A dot of the given radius in pixels at each point. */
    static Mark dots(String id, String ref, double[] xs, double[] ys, Paint paint, double radius) {
        return new Mark(id, ref, Kind.DOTS, xs, ys, paint, null, radius);
    }

    /** Segments from point 2k to point 2k + 1. */
    static Mark segments(String id, String ref, double[] xs, double[] ys, Paint paint, float width) {
        return new Mark(id, ref, Kind.SEGMENTS, xs, ys, paint, new BasicStroke(width), 0);
    }

    /** Opens an SVG group with this id and ref (ignored by other graphics). */
    static void begin(Graphics2D g, String id, String ref) {
        if (!(g instanceof SVGGraphics2D)) {
            return;
        }
        Map<String, String> group = new LinkedHashMap<>();
        group.put("id", id);
        if (ref != null) {
            group.put("ref", ref);
        }
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, group);
    }

    /** Closes the group opened last. */
    static void end(Graphics2D g) {
        if (!(g instanceof SVGGraphics2D)) {
            return;
        }
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "end");
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        double[] px = new double[xs.length];
        double[] py = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = domainAxis.valueToJava2D(xs[i], dataArea, plot.getDomainAxisEdge());
            py[i] = rangeAxis.valueToJava2D(ys[i], dataArea, plot.getRangeAxisEdge());
        }
        Shape clip = g2.getClip();
        Paint oldPaint = g2.getPaint();
        Stroke oldStroke = g2.getStroke();
        begin(g2, id, ref);
        g2.clip(dataArea);
        g2.setPaint(paint);
        switch (kind) {
            case LINE, FILL -> {
                Path2D.Double path = new Path2D.Double();
                path.moveTo(px[0], py[0]);
                for (int i = 1; i < px.length; i++) {
                    path.lineTo(px[i], py[i]);
                }
                if (kind == Kind.FILL) {
                    path.closePath();
                    g2.fill(path);
                } else {
                    g2.setStroke(stroke);
                    g2.draw(path);
                }
            }
            case DOTS -> {
                for (int i = 0; i < px.length; i++) {
                    g2.fill(new Ellipse2D.Double(px[i] - dotRadius, py[i] - dotRadius, 2 * dotRadius, 2 * dotRadius));
                }
            }
            case SEGMENTS -> {
                g2.setStroke(stroke);
                for (int i = 0; i + 1 < px.length; i += 2) {
                    g2.draw(new Line2D.Double(px[i], py[i], px[i + 1], py[i + 1]));
                }
            }
        }
        end(g2);
        g2.setClip(clip);
        g2.setPaint(oldPaint);
        g2.setStroke(oldStroke);
    }
}

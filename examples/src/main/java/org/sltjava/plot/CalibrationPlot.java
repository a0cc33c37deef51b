package org.sltjava.plot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.awt.Dimension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import org.sltjava.core.catalog.Catalog;

/**
 * A sampler's estimates of lambda against the exact values: estimate against exact with error bars
 * of 1.96 standard errors and the line y = x, and a normal quantile plot of the z-scores
 * (lambdaHat - lambda) / stderr against the standard normal, with the shares of |z| within 1, 2
 * and 3 beside the normal ones in the caption; or, grouped by fields of the lines
 * ({@link #of(Input, List)}), one estimate-against-exact panel per group with the group's
 * calibration in the caption. The input is what {@code slt validate} reads (or writes): JSON Lines
 * with {@code lambdaHat}, {@code stderr} and the exact {@code lambda} (a rational string such as
 * {@code "5/12"}, or a number) or a {@code catalog} reference such as {@code "rrr M=2 N=2 H=1 r=0"};
 * validate's summary lines and its lines without a reference are skipped and counted, and so,
 * apart, are its lines whose reference is not exact ({@code upper_bound}, {@code estimate}), which
 * have no exact value to be drawn against.
 */
public final class CalibrationPlot {

    /**
     * One estimate and its exact value.
     *
     * @param fields the line's fields, each as its JSON text (such as {@code "intro"} with the
     *               quotes, or {@code 0.0004}), for grouping
     */
    public record Point(String id, Rational lambda, double lambdaHat, double stderr, Map<String, String> fields) {

        /** Checks the estimate. */
        public Point {
            if (!Double.isFinite(lambdaHat) || !(stderr > 0) || !Double.isFinite(stderr)) {
                throw new InvalidInputException("estimate " + id + ": lambdaHat must be finite and stderr positive");
            }
            fields = Map.copyOf(fields);
        }

        /** An estimate without fields to group by. */
        public Point(String id, Rational lambda, double lambdaHat, double stderr) {
            this(id, lambda, lambdaHat, stderr, Map.of());
        }

        /** (lambdaHat - lambda) / stderr. */
        public double z() {
            return (lambdaHat - lambda.doubleValue()) / stderr;
        }

        /**
         * Whether |lambdaHat - lambda| <= k stderr, decided exactly on the values of the doubles
         * as (lambdaHat - lambda)^2 <= k^2 stderr^2, so a line at the edge counts as inside.
         */
        public boolean within(int k) {
            Rational d = Rational.of(new BigDecimal(lambdaHat)).subtract(lambda);
            Rational se = Rational.of(new BigDecimal(stderr));
            return d.multiply(d).compareTo(se.multiply(se).multiply((long) k * k)) <= 0;
        }
    }

    /**
     * The estimates read from JSON Lines and the lines skipped: {@code skipped} summary lines and
     * lines without a reference or with an error, {@code inexact} lines whose reference is only an
     * upper bound or an estimate.
     */
    public record Input(List<Point> points, int skipped, int inexact) {

        /** Copies the list. */
        public Input {
            points = List.copyOf(points);
        }

        /** Estimates of which none was skipped for an inexact reference. */
        public Input(List<Point> points, int skipped) {
            this(points, skipped, 0);
        }
    }

    /**
     * The estimates of one group: those whose fields named by the grouping have the same values.
     *
     * @param key    the values as {@code slt validate} writes its group, such as {@code {"setting":"intro"}}
     *               (a missing field is {@code null})
     * @param title  the values as a panel title, such as {@code setting=intro}
     * @param points the group's estimates, in input order
     */
    public record Group(String key, String title, List<Point> points) {

        /** Copies the list. */
        public Group {
            points = List.copyOf(points);
        }
    }

    /** Reference kinds of {@code slt validate} with an exact value, and those without one. */
    private static final Set<String> EXACT_KINDS = Set.of("catalog", "given", "exact");
    private static final Set<String> INEXACT_KINDS = Set.of("upper_bound", "estimate");
    /** Numbers are kept as written (0.0004, not 4.0E-4), so group keys read as {@code slt validate} writes them. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    /** Pixels per panel of a grouped plot, for the default size. */
    private static final int CELL_WIDTH = 330;
    private static final int CELL_HEIGHT = 300;

    private CalibrationPlot() {
    }

    /**
     * Reads estimates as JSON Lines.
     *
     * @throws InvalidInputException naming the line and the field of the first bad line
     */
    public static Input read(Reader in) throws IOException {
        BufferedReader r = new BufferedReader(in);
        List<Point> points = new ArrayList<>();
        int skipped = 0;
        int inexact = 0;
        int lineNo = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new InvalidInputException("line " + lineNo + ": malformed JSON: " + e.getOriginalMessage());
            }
            if (!node.isObject()) {
                throw new InvalidInputException("line " + lineNo + ": expected a JSON object");
            }
            if (node.has("summary") || node.has("error") || "no_reference".equals(node.path("status").asText())) {
                skipped++;
                continue;
            }
            if (node.has("reference")) {
                String kind = node.get("reference").asText();
                if (INEXACT_KINDS.contains(kind)) {
                    inexact++;
                    continue;
                }
                if (!EXACT_KINDS.contains(kind)) {
                    throw new InvalidInputException("line " + lineNo + ": field \"reference\" is \"" + kind
                            + "\", expected one of catalog, given, exact, upper_bound, estimate (as `slt validate` writes it)");
                }
            }
            String id = node.has("id") ? node.get("id").toString() : String.valueOf(lineNo);
            Map<String, String> fields = new LinkedHashMap<>();
            node.properties().forEach(e -> fields.put(e.getKey(), e.getValue().toString()));
            points.add(new Point(id, reference(node, lineNo), number(node, "lambdaHat", lineNo), number(node, "stderr", lineNo),
                    fields));
        }
        if (points.isEmpty()) {
            throw new InvalidInputException("no estimate with an exact reference in the input (" + lineNo + " lines"
                    + (inexact > 0 ? ", " + inexact + " of them with a reference that is only an upper bound or an estimate" : "") + ")");
        }
        return new Input(points, skipped, inexact);
    }

    private static Rational reference(JsonNode node, int lineNo) {
        try {
            if (node.has("lambda")) {
                JsonNode l = node.get("lambda");
                return l.isTextual() ? Rational.parse(l.asText().trim()) : Rational.of(l.decimalValue());
            }
            if (node.has("catalog")) {
                return Catalog.entry(node.get("catalog").asText()).lambda();
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("line " + lineNo + ": bad reference: " + e.getMessage());
        }
        throw new InvalidInputException("line " + lineNo + ": no \"lambda\" or \"catalog\"; for a line that states a problem,"
                + " run the input through `slt validate` first (it answers the problem with the engines) and plot its output");
    }

    private static double number(JsonNode node, String field, int lineNo) {
        JsonNode n = node.get(field);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new InvalidInputException("line " + lineNo + ": field \"" + field + "\" must be a finite number");
        }
        return n.asDouble();
    }

    /**
     * The estimates grouped by the values of these fields, as {@code slt validate --group-by}
     * groups them (a missing field has the value null), in order of first appearance.
     *
     * @throws InvalidInputException for an empty or repeated field name, or a field that no estimate has (a likely typo)
     */
    public static List<Group> groups(Input input, List<String> groupBy) {
        Set<String> seen = new HashSet<>();
        for (String f : groupBy) {
            if (f.isBlank()) {
                throw new InvalidInputException("--group-by: empty field name in " + groupBy);
            }
            if (!seen.add(f)) {
                throw new InvalidInputException("--group-by: field \"" + f + "\" named twice");
            }
            if (input.points().stream().noneMatch(p -> p.fields().containsKey(f))) {
                throw new InvalidInputException("--group-by: no estimate with an exact reference has the field \"" + f + "\"");
            }
        }
        Map<String, List<Point>> byKey = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Point p : input.points()) {
            List<String> json = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (String f : groupBy) {
                String value = p.fields().getOrDefault(f, "null");
                json.add(quoted(f) + ":" + value);
                shown.add(f + "=" + unquoted(value));
            }
            String key = "{" + String.join(",", json) + "}";
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            titles.putIfAbsent(key, String.join(", ", shown));
        }
        List<Group> out = new ArrayList<>();
        byKey.forEach((key, ps) -> out.add(new Group(key, titles.get(key), ps)));
        return out;
    }

    private static String quoted(String text) {
        return JSON.getNodeFactory().textNode(text).toString();
    }

    private static String unquoted(String jsonText) {
        try {
            JsonNode v = JSON.readTree(jsonText);
            return v.isTextual() ? v.asText() : jsonText;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a field's own JSON text does not parse: " + jsonText, e);
        }
    }

    /**
     * The figure for the estimates grouped by these fields (see {@link #groups}): one panel per
     * group, estimate against exact with 95% bars and the line y = x, titled by the group's
     * values; the caption gives per group the number of estimates, the mean bias (lambdaHat -
     * lambda), the mean relative error (over the lines with lambda > 0), the RMS z and the share
     * within 2 standard errors. Without fields, {@link #of(Input)}.
     */
    public static Figure of(Input input, List<String> groupBy) {
        if (groupBy.isEmpty()) {
            return of(input);
        }
        List<Group> groups = groups(input, groupBy);
        List<JFreeChart> panels = new ArrayList<>();
        List<String> caption = new ArrayList<>();
        caption.add(input.points().size() + " estimates with exact references in " + groups.size() + " groups by "
                + String.join(", ", groupBy) + skippedText(input) + ". Each panel, on its own scale: estimates (dots) against exact lambda,"
                + " bars of 1.96 standard errors (95%), dashed line y = x.");
        for (int k = 1; k <= groups.size(); k++) {
            Group g = groups.get(k - 1);
            panels.add(estimatesPanel(g.title(), g.points(), "-" + k, g.key() + ": "));
            caption.add(g.title() + ": " + groupSummary(g.points()));
        }
        int columns = (int) Math.ceil(Math.sqrt(groups.size()));
        return new Figure("Calibration of a sampler's estimates of lambda, by " + String.join(", ", groupBy), panels, columns,
                caption);
    }

    /** A picture size that gives each panel of a grouped calibration plot about 330 x 300 pixels, at least 800 x 600. */
    public static Dimension defaultSize(Figure figure) {
        return figure.sizeFor(CELL_WIDTH, CELL_HEIGHT, 800, 600);
    }

    private static String groupSummary(List<Point> points) {
        double[] z = points.stream().mapToDouble(Point::z).toArray();
        Rational bias = Rational.ZERO;
        for (Point p : points) {
            bias = bias.add(Rational.of(new BigDecimal(p.lambdaHat())).subtract(p.lambda()));
        }
        double[] relative = points.stream().filter(p -> p.lambda().signum() > 0)
                .mapToDouble(p -> (p.lambdaHat() - p.lambda().doubleValue()) / p.lambda().doubleValue()).toArray();
        long within2 = points.stream().filter(p -> p.within(2)).count();
        return String.format(Locale.ROOT, "n = %d, mean bias = %s, mean relative error = %s, RMS z = %s, within 2 standard errors: %.1f%%",
                points.size(), Charts.number(bias.divide(Rational.of(points.size())).doubleValue()),
                relative.length == 0 ? "none (no lambda > 0)" : String.format(Locale.ROOT, "%+.1f%%", 100 * mean(relative)),
                Charts.number(Math.sqrt(meanSquare(z))), 100.0 * within2 / points.size());
    }

    private static String skippedText(Input input) {
        return (input.skipped() > 0 ? ", " + input.skipped() + " lines skipped (summaries, no reference, errors)" : "")
                + (input.inexact() > 0 ? ", " + input.inexact() + " lines without an exact reference skipped (upper_bound or estimate)" : "");
    }

    /** The estimate-against-exact panel of these points; its marks' ids end in {@code suffix}, their refs start with {@code refPrefix}. */
    private static JFreeChart estimatesPanel(String title, List<Point> points, String suffix, String refPrefix) {
        int k = points.size();
        double[] exact = new double[k];
        double[] hat = new double[k];
        double[] barX = new double[2 * k];
        double[] barY = new double[2 * k];
        for (int i = 0; i < k; i++) {
            Point p = points.get(i);
            exact[i] = p.lambda().doubleValue();
            hat[i] = p.lambdaHat();
            barX[2 * i] = exact[i];
            barX[2 * i + 1] = exact[i];
            barY[2 * i] = hat[i] - 1.96 * p.stderr();
            barY[2 * i + 1] = hat[i] + 1.96 * p.stderr();
        }
        double lo = Math.min(Charts.min(exact), Charts.min(barY));
        double hi = Math.max(Charts.max(exact), Charts.max(barY));
        double[] range = Charts.range(lo, hi, 0.05);
        List<Charts.Key> keys = suffix.isEmpty()
                ? List.of(new Charts.Key("y = x", Charts.GREY, false), new Charts.Key("estimate, 95% bar", Charts.ORANGE, true))
                : List.of();
        return Charts.xy(title, "exact lambda", range, "estimated lambda", range, List.of(
                Mark.line("identity" + suffix, "y = x", range, range, Charts.GREY, 1f, true),
                Mark.segments("error-bars" + suffix, refPrefix + "estimate +- 1.96 standard errors", barX, barY, Charts.LIGHT_ORANGE, 2f),
                Mark.dots("estimates" + suffix, refPrefix + k + " estimates", exact, hat, Charts.ORANGE, 3.5)), keys);
    }

    /** The figure for the estimates. */
    public static Figure of(Input input) {
        List<Point> points = input.points();
        int k = points.size();
        double[] z = points.stream().mapToDouble(Point::z).toArray();
        var scatter = estimatesPanel("estimates against exact values", points, "", "");

        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double[] q = new double[k];
        for (int i = 0; i < k; i++) {
            q[i] = NormalQuantile.of((i + 0.5) / k);
        }
        double zr = Math.max(3, Math.max(Math.abs(sorted[0]), Math.abs(sorted[k - 1]))) * 1.05;
        double[] zRange = {-zr, zr};
        var qq = Charts.xy("z-scores against the standard normal", "normal quantile", zRange, "z = (estimate - exact) / stderr",
                zRange, List.of(
                        Mark.line("normal-line", "z = normal quantile", zRange, zRange, Charts.GREY, 1f, true),
                        Mark.dots("z-scores", k + " z-scores, sorted", q, sorted, Charts.BLUE, 3.5)), List.of(
                                new Charts.Key("standard normal", Charts.GREY, false),
                                new Charts.Key("z-scores", Charts.BLUE, true)));
        List<String> caption = new ArrayList<>();
        caption.add(k + " estimates with exact references" + skippedText(input)
                + String.format(Locale.ROOT, "; mean z = %.3f, rms z = %.3f", mean(z), Math.sqrt(meanSquare(z))));
        caption.add(String.format(Locale.ROOT, "share of |z| <= 1: %.1f%% (normal 68.3%%), <= 2: %.1f%% (normal 95.4%%), <= 3: %.1f%% (normal 99.7%%)",
                100 * within(points, 1), 100 * within(points, 2), 100 * within(points, 3)));
        return new Figure("Calibration of a sampler's estimates of lambda", List.of(scatter, qq), 2, caption);
    }

    private static double within(List<Point> points, int k) {
        return points.stream().filter(p -> p.within(k)).count() / (double) points.size();
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double meanSquare(double[] v) {
        return Arrays.stream(v).map(x -> x * x).average().orElseThrow();
    }
}

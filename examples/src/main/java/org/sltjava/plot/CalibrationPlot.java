package org.sltjava.plot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import org.sltjava.core.catalog.Catalog;

/**
 * A sampler's estimates of lambda against the exact values: estimate against exact with error bars
 * of 1.96 standard errors and the line y = x, and a normal quantile plot of the z-scores
 * (lambdaHat - lambda) / stderr against the standard normal, with the shares of |z| within 1, 2
 * and 3 beside the normal ones in the caption. The input is what {@code slt validate} reads (or
 * writes): JSON Lines with {@code lambdaHat}, {@code stderr} and the exact {@code lambda} (a
 * rational string such as {@code "5/12"}, or a number) or a {@code catalog} reference such as
 * {@code "rrr M=2 N=2 H=1 r=0"}; validate's summary line and its lines without a reference are
 * skipped and counted.
 */
public final class CalibrationPlot {

    /** One estimate and its exact value. */
    public record Point(String id, Rational lambda, double lambdaHat, double stderr) {

        /** Checks the estimate. */
        public Point {
            if (!Double.isFinite(lambdaHat) || !(stderr > 0) || !Double.isFinite(stderr)) {
                throw new InvalidInputException("estimate " + id + ": lambdaHat must be finite and stderr positive");
            }
        }

        /** (lambdaHat - lambda) / stderr. */
        public double z() {
            return (lambdaHat - lambda.doubleValue()) / stderr;
        }
    }

    /** The estimates read from JSON Lines and the number of lines skipped (summary, no reference). */
    public record Input(List<Point> points, int skipped) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

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
            String id = node.has("id") ? node.get("id").toString() : String.valueOf(lineNo);
            points.add(new Point(id, reference(node, lineNo), number(node, "lambdaHat", lineNo), number(node, "stderr", lineNo)));
        }
        if (points.isEmpty()) {
            throw new InvalidInputException("no estimate with an exact reference in the input (" + lineNo + " lines)");
        }
        return new Input(points, skipped);
    }

    private static Rational reference(JsonNode node, int lineNo) {
        try {
            if (node.has("lambda")) {
                JsonNode l = node.get("lambda");
                return l.isTextual() ? Rational.parse(l.asText().trim()) : Rational.of(l.decimalValue());
            }
            if (node.has("catalog")) {
                String[] words = node.get("catalog").asText().trim().split("\\s+");
                Map<String, Integer> params = new LinkedHashMap<>();
                for (String w : Arrays.asList(words).subList(1, words.length)) {
                    String[] kv = w.split("=", 2);
                    params.put(kv[0], Integer.parseInt(kv.length == 2 ? kv[1] : ""));
                }
                return Catalog.entry(words[0], params).lambda();
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

    /** The figure for the estimates. */
    public static Figure of(Input input) {
        List<Point> points = input.points();
        int k = points.size();
        double[] exact = new double[k];
        double[] hat = new double[k];
        double[] barX = new double[2 * k];
        double[] barY = new double[2 * k];
        double[] z = new double[k];
        for (int i = 0; i < k; i++) {
            Point p = points.get(i);
            exact[i] = p.lambda().doubleValue();
            hat[i] = p.lambdaHat();
            barX[2 * i] = exact[i];
            barX[2 * i + 1] = exact[i];
            barY[2 * i] = hat[i] - 1.96 * p.stderr();
            barY[2 * i + 1] = hat[i] + 1.96 * p.stderr();
            z[i] = p.z();
        }
        double lo = Math.min(Charts.min(exact), Charts.min(barY));
        double hi = Math.max(Charts.max(exact), Charts.max(barY));
        double[] range = Charts.range(lo, hi, 0.05);
        var scatter = Charts.xy("estimates against exact values", "exact lambda", range, "estimated lambda", range, List.of(
                Mark.line("identity", "y = x", range, range, Charts.GREY, 1f, true),
                Mark.segments("error-bars", "estimate +- 1.96 standard errors", barX, barY, Charts.LIGHT_ORANGE, 2f),
                Mark.dots("estimates", k + " estimates", exact, hat, Charts.ORANGE, 3.5)), List.of(
                        new Charts.Key("y = x", Charts.GREY, false),
                        new Charts.Key("estimate, 95% bar", Charts.ORANGE, true)));

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
        caption.add(k + " estimates with exact references" + (input.skipped() > 0 ? ", " + input.skipped() + " lines skipped" : "")
                + String.format(Locale.ROOT, "; mean z = %.3f, rms z = %.3f", mean(z), Math.sqrt(meanSquare(z))));
        caption.add(String.format(Locale.ROOT, "share of |z| <= 1: %.1f%% (normal 68.3%%), <= 2: %.1f%% (normal 95.4%%), <= 3: %.1f%% (normal 99.7%%)",
                100 * within(z, 1), 100 * within(z, 2), 100 * within(z, 3)));
        return new Figure("Calibration of a sampler's estimates of lambda", List.of(scatter, qq), 2, caption);
    }

    private static double within(double[] z, double bound) {
        return Arrays.stream(z).filter(v -> Math.abs(v) <= bound).count() / (double) z.length;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    private static double meanSquare(double[] v) {
        return Arrays.stream(v).map(x -> x * x).average().orElseThrow();
    }
}

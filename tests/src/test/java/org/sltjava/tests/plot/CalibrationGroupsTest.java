package org.sltjava.tests.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sltjava.cli.Slt;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import org.sltjava.plot.CalibrationPlot;
import org.w3c.dom.Element;

/**
 * The calibration plot per group (issue 18, item 4): one estimate-against-exact panel per group of
 * {@code --group-by}, titled by the group, with each group's calibration in the caption; lines of
 * {@code slt validate} whose reference is not exact are skipped and counted, never drawn. The
 * expected per-group numbers are computed here from the input lines themselves.
 */
class CalibrationGroupsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Lines as {@code slt validate} writes them. Exact references: setting a has z = 0.05/0.1 = 1/2
     * and -0.3/0.1 = -3 (the catalogue's rrr M = N = 2, H = 1, r = 0 has lambda 1, Aoyagi and
     * Watanabe 2005); setting b has z = 0 and 1 (its second line has lambda 0, so only the first
     * enters the relative error); the line without a setting has z = (0.45 - 5/12)/0.01 = 10/3.
     * Line 4 (upper bound) and line 6 (estimate) have no exact value; line 8 has no reference and the
     * last two are summaries.
     */
    private static final List<String> VALIDATED = List.of(
            "{\"id\":1,\"setting\":\"a\",\"reference\":\"given\",\"lambda\":\"1/2\",\"lambdaHat\":0.55,\"stderr\":0.1}",
            "{\"id\":2,\"setting\":\"b\",\"lr\":0.001,\"reference\":\"given\",\"lambda\":\"3/4\",\"lambdaHat\":0.75,\"stderr\":0.2}",
            "{\"id\":3,\"setting\":\"a\",\"catalog\":\"rrr M=2 N=2 H=1 r=0\",\"reference\":\"catalog\",\"lambda\":\"1\",\"m\":1,"
                    + "\"lambdaHat\":0.7,\"stderr\":0.1}",
            "{\"id\":4,\"setting\":\"a\",\"reference\":\"upper_bound\",\"lambdaUpper\":\"3/2\",\"budget\":60.0,\"bestBound\":\"3/2\","
                    + "\"lambdaHat\":1.2,\"stderr\":0.1,\"zAboveBound\":-3.0}",
            "{\"id\":5,\"reference\":\"exact\",\"lambda\":\"5/12\",\"m\":1,\"lambdaHat\":0.45,\"stderr\":0.01}",
            "{\"id\":6,\"setting\":\"b\",\"reference\":\"estimate\",\"lambdaEstimate\":0.61,\"estimateStderr\":0.02,\"budget\":60.0,"
                    + "\"bestBound\":null,\"lambdaHat\":0.6,\"stderr\":0.05}",
            "{\"id\":7,\"setting\":\"b\",\"lr\":0.001,\"reference\":\"given\",\"lambda\":\"0\",\"lambdaHat\":0.1,\"stderr\":0.1}",
            "{\"id\":8,\"setting\":\"a\",\"status\":\"no_reference\",\"reason\":\"nothing proven\"}",
            "{\"group\":{\"setting\":\"a\"},\"summary\":{\"lines\":4}}",
            "{\"summary\":{\"lines\":8}}");

    private static String input() {
        return String.join("\n", VALIDATED);
    }

    /** Per group of {@code field} (in order of first appearance), the caption line computed from the lines themselves. */
    private static Map<String, String> expectedCaptions(List<JsonNode> lines, String field) {
        Map<String, List<JsonNode>> groups = new LinkedHashMap<>();
        for (JsonNode l : lines) {
            String kind = l.path("reference").asText();
            if (kind.equals("given") || kind.equals("exact") || kind.equals("catalog")) {
                groups.computeIfAbsent(field + "=" + (l.has(field) ? l.get(field).asText() : "null"), k -> new ArrayList<>()).add(l);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        groups.forEach((title, ls) -> out.put(title, title + ": " + summary(ls)));
        return out;
    }

    /**
     * n, mean of (lambdaHat - lambda), mean of (lambdaHat - lambda)/lambda over lambda > 0, sqrt of the
     * mean of z^2, and the share with (lambdaHat - lambda)^2 <= 4 stderr^2, in decimals.
     */
    private static String summary(List<JsonNode> ls) {
        BigDecimal bias = BigDecimal.ZERO;
        double relative = 0;
        int positive = 0;
        double zz = 0;
        int within2 = 0;
        for (JsonNode l : ls) {
            Rational lambda = Rational.parse(l.get("lambda").asText());
            BigDecimal hat = l.get("lambdaHat").decimalValue();
            BigDecimal se = l.get("stderr").decimalValue();
            Rational d = Rational.of(hat).subtract(lambda);
            bias = bias.add(new BigDecimal(d.numerator()).divide(new BigDecimal(d.denominator()), MathContext.DECIMAL128));
            if (lambda.signum() > 0) {
                relative += d.divide(lambda).doubleValue();
                positive++;
            }
            double z = d.doubleValue() / se.doubleValue();
            zz += z * z;
            if (d.multiply(d).compareTo(Rational.of(se.multiply(se)).multiply(4)) <= 0) {
                within2++;
            }
        }
        int n = ls.size();
        return String.format(Locale.ROOT, "n = %d, mean bias = %.4g, mean relative error = %+.1f%%, RMS z = %.4g,"
                + " within 2 standard errors: %.1f%%", n, bias.doubleValue() / n, 100 * relative / positive, Math.sqrt(zz / n),
                100.0 * within2 / n);
    }

    private static List<JsonNode> parse(List<String> lines) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : lines) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    private static int count(Svg svg, String id, String tag) {
        Element g = svg.group(id).orElseThrow(() -> new AssertionError("no group " + id));
        return g.getElementsByTagNameNS("*", tag).getLength();
    }

    @Test
    void linesWithoutAnExactReferenceAreSkippedAndCountedApart() throws IOException {
        CalibrationPlot.Input in = CalibrationPlot.read(new StringReader(input()));
        assertEquals(List.of("1", "2", "3", "5", "7"), in.points().stream().map(CalibrationPlot.Point::id).toList());
        assertEquals(3, in.skipped(), "no_reference and the two summaries");
        assertEquals(2, in.inexact(), "upper_bound and estimate");
        Svg pooled = Svg.parse(CalibrationPlot.of(in).svg(900, 450));
        assertEquals(5, count(pooled, "estimates", "ellipse") + count(pooled, "estimates", "circle"));
        assertTrue(pooled.caption().startsWith("5 estimates with exact references, 3 lines skipped"), pooled.caption());
        assertTrue(pooled.caption().contains(", 2 lines without an exact reference skipped (upper_bound or estimate)"), pooled.caption());
    }

    @Test
    void inputWithOnlyInexactReferencesIsRefusedSayingSo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CalibrationPlot.read(new StringReader(VALIDATED.get(3) + "\n" + VALIDATED.get(5))));
        assertTrue(e.getMessage().contains("2 of them with a reference that is only an upper bound or an estimate"), e.getMessage());
    }

    @Test
    void anUnknownReferenceKindIsRefusedWithItsLineAndField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalibrationPlot.read(new StringReader(
                VALIDATED.get(0) + "\n{\"reference\":\"guess\",\"lambda\":\"1/2\",\"lambdaHat\":0.5,\"stderr\":0.1}")));
        assertTrue(e.getMessage().startsWith("line 2: field \"reference\" is \"guess\""), e.getMessage());
    }

    @Test
    void onePanelPerGroupTitledByItWithTheGroupsCalibrationInTheCaption(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("groups.svg");
        StringWriter err = new StringWriter();
        int status = Slt.run(new String[] {"plot", "calibration", "--group-by", "setting", "--out", out.toString()},
                new ByteArrayInputStream(input().getBytes(StandardCharsets.UTF_8)), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, status, err.toString());
        Svg svg = Svg.parse(Files.readString(out));

        // Groups in order of first appearance: a (line 1), b (line 2), the line without a setting (line 5).
        List<String> keys = List.of("{\"setting\":\"a\"}", "{\"setting\":\"b\"}", "{\"setting\":null}");
        int[] sizes = {2, 2, 1};
        for (int k = 1; k <= 3; k++) {
            assertTrue(svg.draws("estimates-" + k) && svg.draws("error-bars-" + k) && svg.draws("identity-" + k));
            assertEquals(keys.get(k - 1) + ": " + sizes[k - 1] + " estimates", svg.ref("estimates-" + k));
            assertEquals(sizes[k - 1], count(svg, "estimates-" + k, "ellipse") + count(svg, "estimates-" + k, "circle"),
                    "the upper bound and the estimate reference are not drawn");
            assertEquals(sizes[k - 1], count(svg, "error-bars-" + k, "line") + count(svg, "error-bars-" + k, "path"));
        }
        assertFalse(svg.group("estimates-4").isPresent());
        assertFalse(svg.group("z-scores").isPresent());
        List<String> texts = svg.allTexts();
        for (String title : List.of("setting=a", "setting=b", "setting=null")) {
            assertTrue(texts.contains(title), title + " in " + texts);
        }

        String caption = svg.caption();
        assertTrue(caption.startsWith("5 estimates with exact references in 3 groups by setting, 3 lines skipped"), caption);
        assertTrue(caption.contains("2 lines without an exact reference skipped"), caption);
        Map<String, String> expected = expectedCaptions(parse(VALIDATED), "setting");
        assertEquals(List.of("setting=a", "setting=b", "setting=null"), List.copyOf(expected.keySet()));
        // By hand: a: bias (0.05 - 0.3)/2 = -0.125, relative (0.1 - 0.3)/2 = -10%, RMS z sqrt((1/4 + 9)/2) = 2.151, 1 of 2 within 2;
        // b: bias 0.05, relative 0 (lambda = 0 left out), RMS z sqrt(1/2), both within 2; null: bias 1/30, +8%, RMS z 10/3, none.
        assertEquals("setting=a: n = 2, mean bias = -0.1250, mean relative error = -10.0%, RMS z = 2.151, within 2 standard errors: 50.0%",
                expected.get("setting=a"));
        for (String line : expected.values()) {
            assertTrue(caption.contains(line), line + " in " + caption);
        }
    }

    /** The groups are those of {@code slt validate --group-by}: the same keys, a missing field null, in the same order. */
    @Test
    void groupKeysAreThoseOfValidate() throws IOException {
        String raw = String.join("\n",
                "{\"lambda\":\"1/2\",\"lambdaHat\":0.5,\"stderr\":0.1,\"setting\":\"a\"}",
                "{\"lambda\":\"1/2\",\"lambdaHat\":0.6,\"stderr\":0.1,\"setting\":\"b\",\"lr\":0.001}",
                "{\"lambda\":\"1/4\",\"lambdaHat\":0.2,\"stderr\":0.1,\"lr\":0.001}",
                "{\"lambda\":\"1/4\",\"lambdaHat\":0.3,\"stderr\":0.1,\"setting\":\"a\"}",
                "{\"lambda\":\"1/4\",\"lambdaHat\":0.3,\"stderr\":0.1,\"setting\":\"b\",\"lr\":0.001}");
        StringWriter out = new StringWriter();
        int status = Slt.run(new String[] {"validate", "--group-by", "setting,lr"}, new ByteArrayInputStream(raw.getBytes(
                StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(0, status);
        List<String> validateKeys = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            JsonNode n = JSON.readTree(l);
            if (n.has("group")) {
                validateKeys.add(n.get("group").toString());
            }
        }
        assertEquals(List.of("{\"setting\":\"a\",\"lr\":null}", "{\"setting\":\"b\",\"lr\":0.001}", "{\"setting\":null,\"lr\":0.001}"),
                validateKeys);
        CalibrationPlot.Input fromValidate = CalibrationPlot.read(new StringReader(out.toString()));
        CalibrationPlot.Input fromRaw = CalibrationPlot.read(new StringReader(raw));
        for (CalibrationPlot.Input in : List.of(fromValidate, fromRaw)) {
            List<CalibrationPlot.Group> groups = CalibrationPlot.groups(in, List.of("setting", "lr"));
            assertEquals(validateKeys, groups.stream().map(CalibrationPlot.Group::key).toList());
            assertEquals(List.of("setting=a, lr=null", "setting=b, lr=0.001", "setting=null, lr=0.001"),
                    groups.stream().map(CalibrationPlot.Group::title).toList());
            assertEquals(List.of(2, 2, 1), groups.stream().map(g -> g.points().size()).toList());
        }
    }

    @Test
    void aBadGroupByIsRefusedNamingTheField(@TempDir Path dir) {
        for (List<String> bad : List.of(List.of("settng"), List.of("setting,setting"), List.of("setting,,lr"))) {
            Path out = dir.resolve("bad.svg");
            List<String> args = new ArrayList<>(List.of("plot", "calibration", "--out", out.toString(), "--group-by"));
            args.addAll(bad);
            StringWriter err = new StringWriter();
            int status = Slt.run(args.toArray(String[]::new), new ByteArrayInputStream(input().getBytes(StandardCharsets.UTF_8)),
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertEquals(2, status, bad + ": " + err);
            assertTrue(err.toString().startsWith("slt plot calibration: error: --group-by: "), err.toString());
            assertFalse(err.toString().contains("Exception"), err.toString());
            assertFalse(Files.exists(out));
        }
        StringWriter err = new StringWriter();
        Slt.run(new String[] {"plot", "calibration", "--out", dir.resolve("x.svg").toString(), "--group-by", "settng"},
                new ByteArrayInputStream(input().getBytes(StandardCharsets.UTF_8)), new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertTrue(err.toString().contains("\"settng\""), err.toString());
    }

    /** Nine groups are laid out 3 x 3; without --width and --height each panel gets at least 300 x 280 pixels. */
    @Test
    void theDefaultSizeGrowsWithTheGroupsAndAGivenSizeIsKept(@TempDir Path dir) throws IOException {
        StringBuilder in = new StringBuilder();
        for (int g = 1; g <= 9; g++) {
            in.append("{\"lambda\":\"1/2\",\"lambdaHat\":0.5,\"stderr\":0.1,\"run\":").append(g).append("}\n");
        }
        Path big = dir.resolve("nine.png");
        Path fixed = dir.resolve("fixed.png");
        for (String[] args : List.of(new String[] {"plot", "calibration", "--group-by", "run", "--out", big.toString()},
                new String[] {"plot", "calibration", "--group-by", "run", "--out", fixed.toString(), "--width", "640", "--height", "480"})) {
            StringWriter err = new StringWriter();
            assertEquals(0, Slt.run(args, new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)),
                    new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        }
        BufferedImage img = ImageIO.read(big.toFile());
        assertTrue(img.getWidth() >= 3 * 300 && img.getHeight() >= 3 * 280, img.getWidth() + "x" + img.getHeight());
        BufferedImage small = ImageIO.read(fixed.toFile());
        assertEquals(640, small.getWidth());
        assertEquals(480, small.getHeight());
    }

    /**
     * The guide's picture of devinterp's 65 runs (validate's output on the fixture, committed as
     * examples/guide/data/devinterp-validated.jsonl): per setting, the caption's numbers are those
     * computed here from the fixture's own records (llc_mean against the published {@code exact},
     * stderr = llc_std / sqrt(8)).
     */
    @Test
    void devinterpSettingsCaptionMatchesTheRecords() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (InputStream in = CalibrationGroupsTest.class.getResourceAsStream("/devinterp-rrr.jsonl")) {
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank()) {
                    ObjectNode o = (ObjectNode) JSON.readTree(l);
                    o.put("reference", "catalog");
                    o.put("lambda", Rational.of(o.get("exact").decimalValue()).toString());
                    o.put("lambdaHat", o.get("llc_mean").asDouble());
                    o.put("stderr", o.get("llc_std").asDouble() / Math.sqrt(o.get("num_chains").asDouble()));
                    records.add(o);
                }
            }
        }
        assertEquals(65, records.size());
        Path data = root().resolve("examples/guide/data/devinterp-validated.jsonl");
        CalibrationPlot.Input in = CalibrationPlot.read(Files.newBufferedReader(data));
        Svg svg = Svg.parse(CalibrationPlot.of(in, List.of("setting")).svg(1340, 1500));
        Map<String, String> expected = expectedCaptions(records, "setting");
        assertEquals(13, expected.size());
        for (int k = 1; k <= 13; k++) {
            assertTrue(svg.draws("estimates-" + k));
        }
        String caption = svg.caption();
        for (String line : expected.values()) {
            assertTrue(caption.contains(line), line + " in " + caption);
        }
    }

    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples/guide"))) {
            p = p.getParent();
        }
        assertTrue(p != null, "examples/guide not found");
        return p;
    }
}

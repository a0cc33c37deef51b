package org.sltjava.tests.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sltjava.cli.Slt;
import org.sltjava.examples.guide.CalibrationPicture;
import org.sltjava.examples.guide.FromAModel;
import org.sltjava.examples.guide.KnownAnswers;
import org.sltjava.examples.guide.LocalQuestion;
import org.sltjava.examples.guide.NumericCheck;
import org.sltjava.examples.guide.PhaseTransition;
import org.sltjava.examples.guide.ReadTheCertificate;
import org.sltjava.examples.guide.StateTheModel;

/**
 * Every program of the guide (examples/guide) runs, and what it prints agrees with the values the
 * guide derives by hand; the derivations are repeated in each test's comment.
 */
class GuideProgramsTest {

    private interface Program {
        void main(String[] args) throws Exception;
    }

    private static String run(Program p, String... args) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            p.main(args);
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The line that starts with {@code label}. */
    private static String line(String out, String label) {
        return out.lines().filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + label + "' in:\n" + out));
    }

    private static void assertAnswer(String out, String label, String lambda, int m) {
        String l = line(out, label);
        assertTrue(l.startsWith(label + "lambda = " + lambda + ", m = " + m + " (exact, "), l);
    }

    /**
     * K = x^2 y^2 = x^(2*1) y^(2*1): with the uniform prior (h = 0) both coordinates give
     * (0 + 1)/2 = 1/2, so lambda = 1/2 and m = 2 (two attain the minimum). With the weight |y|
     * (h_y = 1), y gives (1 + 1)/2 = 1 and x still 1/2: lambda = 1/2, m = 1.
     */
    @Test
    void chapter1StateTheModel() throws Exception {
        String out = run(StateTheModel::main);
        assertAnswer(out, "uniform prior: ", "1/2", 2);
        assertAnswer(out, "prior |y|: ", "1/2", 1);
    }

    /**
     * The cusp: supp K = {(6, 0), (3, 2), (0, 4)} on the line 2a + 3b = 12; the diagonal meets it
     * at t = 12/5, inside the edge: lambda = 5/12, m = 1.
     */
    @Test
    void chapter2ReadTheCertificate() throws Exception {
        String out = run(ReadTheCertificate::main);
        assertAnswer(out, "cusp at the origin: ", "5/12", 1);
        assertTrue(out.contains("t0 = 12/5"), out);
    }

    /**
     * y = a b x + noise, x ~ N(0, 1), sigma^2 = 1, truth 0: K = E[(a b x)^2]/2 = (a b)^2 / 2, a
     * monomial: lambda = 1/2, m = 2. Reduced-rank regression M = N = 2, H = 1, r = 0: case 1 of
     * Aoyagi and Watanabe (2005) (N + r <= M + H, M + r <= N + H, H + r <= M + N) with
     * M + H + N + r = 5 odd: lambda = (2 (H + r)(M + N) - (M - N)^2 - (H + r)^2 + 1)/8
     * = (2 * 1 * 4 - 0 - 1 + 1)/8 = 1, m = 2.
     */
    @Test
    void chapter3FromAModel() throws Exception {
        String out = run(FromAModel::main);
        assertTrue(out.contains("K(a, b) = 1/2*((a*b)^2)"), out);
        assertAnswer(out, "regression y = a b x: ", "1/2", 2);
        assertAnswer(out, "reduced-rank regression M=2 N=2 H=1 r=0: ", "1", 2);
    }

    /**
     * K = (a b)^2: globally the origin is worst, lambda = 1/2, m = 2 (monomial rule). At
     * (0, 1/2), b = 1/2 + v is a unit, K = a^2 * unit: lambda = (0 + 1)/2 = 1/2, m = 1.
     */
    @Test
    void chapter4LocalQuestion() throws Exception {
        String out = run(LocalQuestion::main);
        assertAnswer(out, "global: ", "1/2", 2);
        assertAnswer(out, "at a=0, b=1/2: ", "1/2", 1);
    }

    /**
     * The cusp again (lambda = 5/12, m = 1); the estimate is independent of the engines, so its
     * z-score is a real check (a small budget, so only |z| < 4 is asked); the picture is written.
     */
    @Test
    void chapter5NumericCheck(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("fe.svg");
        String out = run(NumericCheck::main, svg.toString());
        assertAnswer(out, "exact: ", "5/12", 1);
        double z = Double.parseDouble(line(out, "z = ").substring(4));
        assertTrue(Math.abs(z) < 4, out);
        String text = Files.readString(svg);
        assertTrue(text.contains("id='asymptote'") && text.contains("lambda = 5/12, m = 1"), "the picture has the asymptote");
    }

    /**
     * Phase 1 at (0, 0): K = (10/9000) x^2 + (25/36) y^2 + ..., regular: lambda = 1, m = 1. Phase 2
     * at (5/6, 0), level (1/1000)(25/36)(5/36) = 1/10368: K - 1/10368 = (5/18000) u^2 + u^2 y^2 + y^4
     * + ..., Newton vertices (2, 0), (0, 4): lambda = 1/2 + 1/4 = 3/4, m = 1. The crossing solves
     * n/10368 + (3/4) log n = log n, i.e. n = 2592 log n, whose iteration from 2592 settles at 26388.
     */
    @Test
    void chapter6PhaseTransition() throws Exception {
        String out = run(PhaseTransition::main);
        assertAnswer(out, "phase 1 at x=0, y=0, K = 0: ", "1", 1);
        assertAnswer(out, "phase 2 at x=5/6, y=0, K = 1/10368: ", "3/4", 1);
        Matcher c = Pattern.compile("crossing: n = ([0-9.]+), phase 2 -> phase 1").matcher(line(out, "crossing: "));
        assertTrue(c.find(), out);
        double n = Double.parseDouble(c.group(1));
        assertEquals(n, 2592 * Math.log(n), 1e-2);
        assertEquals(26388, n, 1.0);
    }

    /**
     * The printed lines are valid input of {@code slt validate}, which recomputes each z-score from
     * the exact value the line states; every estimate lies within 5 standard errors.
     */
    @Test
    void calibrationPictureWritesValidateInput(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("calibration.svg");
        String out = run(CalibrationPicture::main, svg.toString());
        String jsonl = String.join("\n", out.lines().filter(l -> l.startsWith("{")).toList());
        StringWriter validated = new StringWriter();
        int status = Slt.run(new String[] {"validate", "--max-z", "5"}, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(validated), new PrintWriter(new StringWriter()));
        assertEquals(0, status, validated.toString());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String l : validated.toString().split("\n")) {
            lines.add(json.readTree(l));
        }
        assertEquals(6, lines.getLast().get("summary").get("compared").asInt());
        assertTrue(Files.readString(svg).contains("id='z-scores'"));
    }

    /**
     * Each generated problem's (lambda, m) is known by its construction (the printed derivation);
     * the engines, which know nothing of it, must agree whenever they answer exactly. Problem 4 is
     * the one the guide works: K = (4/3) w2^4 + (2/3) w1^2, a disjoint sum of w1^2 (1/2) and w2^4
     * (1/4): lambda = 3/4, m = 1 + 1 - 1 = 1.
     */
    @Test
    void chapter8KnownAnswersAgreeWithTheEngines() throws Exception {
        String out = run(KnownAnswers::main);
        List<String> known = out.lines().filter(l -> l.startsWith("  known: ")).toList();
        List<String> engines = out.lines().filter(l -> l.startsWith("  engines: ")).toList();
        assertEquals(4, known.size());
        assertEquals(4, engines.size());
        assertTrue(line(out, "problem 4: ").startsWith("problem 4: K = 4/3*w2^4 + 2/3*w1^2 over [w1, w2]"), out);
        assertEquals("lambda = 3/4, m = 1", known.get(3).substring("  known: ".length()));
        assertTrue(engines.get(3).startsWith("  engines: lambda = 3/4, m = 1 (exact, "), out);
        for (int i = 0; i < known.size(); i++) {
            String k = known.get(i).substring("  known: ".length());
            String e = engines.get(i).substring("  engines: ".length());
            assertTrue(e.startsWith(k + " (exact, ") || !e.contains("(exact"), k + " vs " + e);
        }
    }
}

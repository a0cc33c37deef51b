package org.sltjava.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sltjava.cli.DerivationJson;
import org.sltjava.cli.Slt;
import org.sltjava.core.Derivation;
import org.sltjava.core.Rational;

/** The {@code slt} command line end to end, in process: the batch contract line by line, and {@code rlct}. */
class CommandLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int status, String out, String err) {
        List<JsonNode> lines() throws IOException {
            List<JsonNode> r = new ArrayList<>();
            for (String l : out.split("\n")) {
                if (!l.isBlank()) {
                    r.add(JSON.readTree(l));
                }
            }
            return r;
        }
    }

    private static Run slt(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Slt.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void batchAnswersEveryLineInOrderAndGoesOnAfterBadLines() throws IOException {
        String input = String.join("\n",
                "{\"id\": 1, \"K\": \"x^2*y^4\"}",
                "{\"id\": \"two\", \"K\": \"x^2*y^2\", \"box\": {\"x\": [\"1/2\", 1]}}",
                "{\"id\": 3, \"K\": ",
                "{\"id\": [4], \"K\": \"x^2 + sin(y)\"}",
                "",
                "{\"id\": 5, \"K\": \"x^2\", \"weight\": \"z\"}",
                "{\"id\": 6, \"K\": \"(x - 0.5)^2*y^2\", \"at\": {\"x\": 0.5, \"y\": \"0\"}}",
                "{\"id\": 7, \"K\": \"x^2\", \"at\": {\"x\": 2}}",
                "{\"id\": 8, \"K\": \"x^2\", \"Box\": [0, 1]}",
                "{\"id\": 9, \"K\": \"x^4*y^2\", \"vars\": [\"y\", \"x\"], \"box\": [0, \"0.5\"], \"weight\": \"x^3\"}");
        Run run = slt(input, "batch");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(9, lines.size(), run.out());

        // x^2 y^4: min(1/2, 1/4) = 1/4 (monomial rule).
        assertEquals(1, lines.get(0).get("id").asInt());
        assertEquals("exact", lines.get(0).get("status").asText());
        assertEquals("1/4", lines.get(0).get("lambda").asText());
        assertEquals(1, lines.get(0).get("m").asInt());
        assertTrue(lines.get(0).get("millis").isIntegralNumber());

        // x in [1/2, 1] never vanishes, so only y^2 counts: 1/2, m = 1.
        assertEquals("two", lines.get(1).get("id").asText());
        assertEquals("1/2", lines.get(1).get("lambda").asText());
        assertEquals(1, lines.get(1).get("m").asInt());

        JsonNode malformed = lines.get(2);
        assertTrue(malformed.get("id").isNull());
        assertEquals("error", malformed.get("status").asText());
        assertTrue(malformed.get("error").asText().contains("line 3: malformed JSON"), malformed.toString());

        JsonNode parse = lines.get(3);
        assertEquals(4, parse.get("id").get(0).asInt());
        assertEquals("error", parse.get("status").asText());
        assertTrue(parse.get("error").asText().contains("function 'sin' at position 7"), parse.toString());

        JsonNode unknown = lines.get(4);
        assertEquals(5, unknown.get("id").asInt());
        assertTrue(unknown.get("error").asText().contains("unknown variable 'z' in the weight"), unknown.toString());

        // (x - 1/2)^2 y^2 at (1/2, 0): u^2 v^2, a tie: 1/2, m = 2. Decimal 0.5 is read exactly.
        assertEquals("1/2", lines.get(5).get("lambda").asText());
        assertEquals(2, lines.get(5).get("m").asInt());

        assertTrue(lines.get(6).get("error").asText().contains("outside the box"), lines.get(6).toString());
        assertTrue(lines.get(7).get("error").asText().contains("unknown field \"Box\""), lines.get(7).toString());

        // x^4 y^2 on [0, 1/2]^2 with weight x^3: x gives (3+1)/4 = 1, y gives 1/2.
        assertEquals("1/2", lines.get(8).get("lambda").asText());
        assertEquals(1, lines.get(8).get("m").asInt());
        assertTrue(!lines.get(8).has("lambdaUpper") && !lines.get(8).has("error"), lines.get(8).toString());
    }

    @Test
    void unresolvedLinesCarryNoLambda() throws IOException {
        JsonNode line = slt("{\"id\": 1, \"K\": \"x^2*(1 - 2*y)^2\", \"engine\": 1}\n{\"id\": 2, \"K\": \"x^2*(1 - 2*y)^2\"}\n", "batch",
                "--engine", "monomial").lines().get(1);
        assertEquals("unresolved", line.get("status").asText());
        assertTrue(!line.has("lambda") && !line.has("m"), line.toString());
        assertEquals("monomial", line.get("method").asText());
    }

    @Test
    void rlctPrintsTextOrOneJsonObject() throws IOException {
        Run text = slt("", "rlct", "--box", "0:1", "x^3*y");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().startsWith("lambda = 1/3\nm = 1\nstatus = exact\n"), text.out());

        Run json = slt("", "rlct", "--json", "--at", "x=1/2,y=0", "--box", "x=0:1", "((x - 1/2)*y)^2");
        JsonNode o = json.lines().getFirst();
        assertEquals("1/2", o.get("lambda").asText());
        assertEquals(2, o.get("m").asInt());
        assertTrue(o.get("certificate").isArray() && !o.get("certificate").isEmpty());
    }

    @Test
    void rlctRefusesBadInputWithAMessageAndStatusTwo() {
        Run bad = slt("", "rlct", "x^(1/2)");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("position 5"), bad.err());
        assertTrue(!bad.err().contains("Exception"), bad.err());

        Run box = slt("", "rlct", "--box", "1:0", "x^2");
        assertEquals(2, box.status());
        assertTrue(box.err().contains("--box: empty range [1, 0]"), box.err());
    }

    @Test
    void generateIsReproducibleAndItsOutputFeedsBatch() throws IOException {
        Run first = slt("", "generate", "--count", "25", "--seed", "11", "--max-vars", "3");
        assertEquals(0, first.status(), first.err());
        assertEquals(first.out(), slt("", "generate", "--count", "25", "--seed", "11", "--max-vars", "3").out());
        List<JsonNode> known = first.lines();
        assertEquals(25, known.size());

        List<JsonNode> answers = slt(first.out(), "batch").lines();
        assertEquals(25, answers.size());
        int exact = 0;
        for (int i = 0; i < known.size(); i++) {
            JsonNode k = known.get(i);
            JsonNode a = answers.get(i);
            assertEquals(k.get("id"), a.get("id"));
            assertTrue(!a.get("status").asText().equals("error"), a.toString());
            if (a.get("status").asText().equals("exact")) {
                exact++;
                assertEquals(k.get("lambda").asText(), a.get("lambda").asText(), k.toString());
                assertEquals(k.get("m").asInt(), a.get("m").asInt(), k.toString());
            }
        }
        assertTrue(exact > 0, "no exact answer to compare");
    }

    @Test
    void validateReportsZScoresAndCalibration() throws IOException {
        // Synthetic estimates with known errors: lambda = 1/2 (given), 1 (catalogue rrr 2,2,1,0: Aoyagi and Watanabe
        // 2005) and 1/4 (engine: x^2 y^4 by the monomial rule); stderr 0.01, so z = (hat - lambda)/0.01 exactly as below.
        String input = String.join("\n",
                "{\"id\": 1, \"lambda\": \"1/2\", \"lambdaHat\": 0.505, \"stderr\": 0.01}",
                "{\"id\": 2, \"catalog\": \"rrr M=2 N=2 H=1 r=0\", \"lambdaHat\": 0.985, \"stderr\": 0.01}",
                "{\"id\": 3, \"K\": \"x^2*y^4\", \"lambdaHat\": 0.275, \"stderr\": 0.01}",
                "{\"id\": 4, \"lambda\": \"1/2\", \"lambdaHat\": 0.45, \"stderr\": 0.01}",
                "{\"id\": 5, \"lambda\": \"1/2\", \"lambdaHat\": 0.5, \"stderr\": 0}");
        Run run = slt(input, "validate");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(6, lines.size());
        double[] z = {0.5, -1.5, 2.5, -5.0};
        for (int i = 0; i < z.length; i++) {
            assertEquals(z[i], lines.get(i).get("z").asDouble(), 1e-9, lines.get(i).toString());
        }
        assertEquals("exact", lines.get(2).get("reference").asText());
        assertEquals("engine monomial", lines.get(2).get("referenceSource").asText());
        assertEquals("1", lines.get(1).get("lambda").asText());
        assertTrue(lines.get(4).get("error").asText().contains("\"stderr\" must be positive"), lines.get(4).toString());
        JsonNode summary = lines.get(5).get("summary");
        assertEquals(4, summary.get("compared").asInt());
        assertEquals(0.25, summary.get("within1").asDouble(), 1e-12);
        assertEquals(0.5, summary.get("within2").asDouble(), 1e-12);
        assertEquals(0.75, summary.get("within3").asDouble(), 1e-12);
        assertEquals(5.0, summary.get("maxAbsZ").asDouble(), 1e-9);

        assertEquals(1, slt(input, "validate", "--max-z", "4").status());
        assertEquals(0, slt(input, "validate", "--max-z", "6").status());
    }

    @Test
    void batchEstimateLinesAddTheNumericCheck() throws IOException {
        // x^2 (1/2 by the monomial rule) and x^2 + y^2 (1: a regular point in two variables), estimated with a small
        // budget; the estimate must lie within 4 of its own standard errors of the exact value, and the same seed must
        // give the same estimate. A non-boolean "estimate" is refused with the field named.
        String input = String.join("\n",
                "{\"id\": 1, \"K\": \"x^2\", \"estimate\": true, \"budget\": 2, \"seed\": 3}",
                "{\"id\": 2, \"K\": \"x^2\", \"estimate\": \"yes\"}",
                "{\"id\": 3, \"K\": \"x^2 + y^2\", \"estimate\": true, \"budget\": 2, \"seed\": 3}",
                "{\"id\": 4, \"K\": \"x^2\", \"estimate\": true, \"budget\": 2, \"seed\": 3}");
        Run run = slt(input, "batch");
        assertEquals(0, run.status(), run.err());
        List<JsonNode> lines = run.lines();
        assertEquals(4, lines.size());
        for (int i : new int[] {0, 2}) {
            JsonNode l = lines.get(i);
            assertEquals("exact", l.get("status").asText(), l.toString());
            double exact = Rational.parse(l.get("lambda").asText()).doubleValue();
            assertEquals(exact, l.get("lambdaHat").asDouble(), 4 * l.get("stderr").asDouble(), l.toString());
            assertTrue(l.get("evaluations").asLong() > 0 && l.has("z"), l.toString());
        }
        assertTrue(lines.get(1).get("error").asText().contains("\"estimate\" must be true or false"), lines.get(1).toString());
        assertEquals(lines.get(0).get("lambdaHat").asDouble(), lines.get(3).get("lambdaHat").asDouble(), 0.0);
    }

    @Tag("slow")
    @Test
    void rlctCheckPrintsTheZScore() throws IOException {
        JsonNode o = slt("", "rlct", "--json", "--check", "--check-budget", "1", "x^2*y^4").lines().getFirst();
        assertEquals("1/4", o.get("lambda").asText());
        double z = o.get("z").asDouble();
        assertEquals((o.get("lambdaHat").asDouble() - 0.25) / o.get("stderr").asDouble(), z, 1e-9);
        assertTrue(Math.abs(z) < 4, o.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // batch line; lambda; m. Each value derived in a comment.
        // sum of 3 squares: a regular point in 3 variables, 3/2, 1.
        "{\"K\": \"x^2 + y^2 + z^2\"}; 3/2; 1",
        // x^2 + y^4: disjoint sum 1/2 + 1/4 = 3/4, m = 1 + 1 - 1 = 1.
        "{\"K\": \"x^2 + y^4\"}; 3/4; 1",
        // (x^2 + y^2)^2: the square of a regular 2-variable problem: 1/2, 1 (power rule).
        "{\"K\": \"(x^2 + y^2)^2\"}; 1/2; 1",
        // x^2 y^2 and (x y z)^2: monomial rule with ties, m = 2 and 3.
        "{\"K\": \"x^2*y^2\"}; 1/2; 2",
        "{\"K\": \"(x*y*z)^2\"}; 1/2; 3",
        // the cusp (y^2 - x^3)^2 at the origin: Newton distance of y^2 - x^3 is 5/6, rho < 1, 5/12, 1 (Varchenko 1976).
        "{\"K\": \"(y^2 - x^3)^2\", \"at\": {\"x\": 0, \"y\": 0}}; 5/12; 1",
        // (x^2 - y^2)^2 = ((x - y)(x + y))^2: a normal crossing after a linear change: 1/2, 2.
        "{\"K\": \"(x^2 - y^2)^2\", \"at\": {\"x\": 0, \"y\": 0}}; 1/2; 2",
        // (x + y)^2: a smooth zero set of codimension 1, 1/2 and m = 1, never the Newton value 1.
        "{\"K\": \"(x + y)^2\", \"at\": {\"x\": 0, \"y\": 0}}; 1/2; 1",
        // weight x^2 on x^2 + y^4: (2 + 1)/2 + 1/4 = 7/4, m = 1 (the weight only shifts x's ratio).
        "{\"K\": \"x^2 + y^4\", \"weight\": \"x^2\"}; 7/4; 1",
        // a point on the box's edge: x^2 + y^2 at (0, 0) with x in [0, 1]: half the neighbourhood, still 1, 1.
        "{\"K\": \"x^2 + y^2\", \"box\": {\"x\": [0, 1]}, \"at\": {\"x\": 0, \"y\": 0}}; 1; 1",
    })
    void batchAnswersTheClosedForms(String line, String lambda, int m) throws IOException {
        JsonNode o = slt(line + "\n", "batch").lines().getFirst();
        assertEquals("exact", o.get("status").asText(), o.toString());
        assertEquals(lambda, o.get("lambda").asText(), o.toString());
        assertEquals(m, o.get("m").asInt(), o.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // batch line; lambda; m. Faces of dimension >= 2 with terms of both signs, proven by a Groebner basis;
        // each value derived by one blow-up of the origin (r^(2k) and the Jacobian r^(d-1) give -d/(2k), a smooth
        // real zero set of f~ gives -1/2, and the two add to order 2 when equal), as in NewtonGroebnerTest.
        // (x^3 - y^3 + z^3)^2: -6/12 = -1/2 and the smooth Fermat cubic's -1/2 coincide: 1/2, 2.
        "{\"K\": \"(x^3 - y^3 + z^3)^2\", \"at\": {\"x\": 0, \"y\": 0, \"z\": 0}}; 1/2; 2",
        // (x^2 + y^2 - z^2)^2: -3/4 from r, -1/2 from the smooth cone: 1/2, 1.
        "{\"K\": \"(x^2 + y^2 - z^2)^2\", \"at\": {\"x\": 0, \"y\": 0, \"z\": 0}}; 1/2; 1",
        // (x^4 - y^4 + z^4 - w^4)^2: -4/8 = -1/2 from r and -1/2 from the smooth quartic: 1/2, 2.
        "{\"K\": \"(x^4 - y^4 + z^4 - w^4)^2\", \"at\": {\"w\": 0, \"x\": 0, \"y\": 0, \"z\": 0}}; 1/2; 2",
        // (x^4 - y^4 + z^4)^2: -3/8 from r beats -1/2: 3/8, 1.
        "{\"K\": \"(x^4 - y^4 + z^4)^2\", \"at\": {\"x\": 0, \"y\": 0, \"z\": 0}}; 3/8; 1",
        // (g1 - g2)^2 + (g1 - 2 g2)^2 with g1 = x^2 + y^2, g2 = z^2 is comparable to g1^2 + g2^2 (a positive definite
        // form in (g1, g2)): the disjoint sum of (x^2 + y^2)^2 (1/2, 1) and z^4 (1/4, 1): 3/4, 1.
        "{\"K\": \"(x^2 + y^2 - z^2)^2 + (x^2 + y^2 - 2*z^2)^2\", \"at\": {\"x\": 0, \"y\": 0, \"z\": 0}}; 3/4; 1",
    })
    void batchAnswersGroebnerFacesWithNewton(String line, String lambda, int m) throws IOException {
        JsonNode o = slt(line + "\n", "batch", "--engine", "newton").lines().getFirst();
        assertEquals("exact", o.get("status").asText(), o.toString());
        assertEquals("newton", o.get("method").asText(), o.toString());
        assertEquals(lambda, o.get("lambda").asText(), o.toString());
        assertEquals(m, o.get("m").asInt(), o.toString());
    }

    @Test
    void batchKeepsNewtonsBoundWhereAnEdgeIsDegenerate() throws IOException {
        // (x - y + z)^2 + (x - y + 2z)^2 is 2u^2 + 6uz + 5z^2 with u = x - y, positive definite in (u, z): the true
        // answer is 1, m = 1. Newton's value is 1/t0 = 3/2 (supp K on x + y + z = 2), and the edge x-y is degenerate
        // (both face parts are x - y), so Newton may only report the bound 3/2.
        JsonNode o = slt("{\"K\": \"(x - y + z)^2 + (x - y + 2*z)^2\", \"at\": {\"x\": 0, \"y\": 0, \"z\": 0}}\n",
                "batch", "--engine", "newton").lines().getFirst();
        assertEquals("upper_bound", o.get("status").asText(), o.toString());
        assertEquals("3/2", o.get("lambdaUpper").asText(), o.toString());
    }

    /**
     * K given as its squares keeps the structure the engines use: the catalogue's reduced-rank
     * regression M = N = H = 2, r = 0 comes out of {@code catalog --json} as squares with a scale,
     * and batch answers it exactly with the closed form of Aoyagi and Watanabe (2005): main case,
     * M + H + N + r = 6 even, lambda = (2(H + r)(M + N) - (M - N)^2 - (H + r)^2)/8 = 12/8 = 3/2, m = 1.
     */
    /**
     * {@code --derivation} adds the tree to each line, and it reads back: x^2 + y^4 splits into
     * disjoint blocks with lambda 1/2 + 1/4 = 3/4 and m = 1 (sums over disjoint variables add);
     * without the flag the line stays short.
     */
    @Test
    void batchDerivationIsOptInAndReadsBack() throws IOException {
        String line = "{\"id\": 1, \"K\": \"x^2 + y^4\", \"at\": {\"x\": 0, \"y\": 0}}";
        Run with = slt(line, "batch", "--engine", "resolve", "--derivation");
        Derivation d = DerivationJson.parse(with.lines().getFirst().get("derivation"));
        assertEquals("disjoint-blocks", d.rule());
        assertEquals("lambda = 3/4, m = 1", d.claim());
        assertEquals(2, d.children().size());
        Run without = slt(line, "batch", "--engine", "resolve");
        assertEquals("3/4", without.lines().getFirst().get("lambda").asText());
        assertTrue(without.lines().getFirst().get("derivation") == null, without.out());
    }

    /**
     * The catalogue's line (K as its squares) goes into batch as it is. Reduced-rank regression
     * M = N = H = 2, r = 0 (Aoyagi and Watanabe 2005, M + N + H + r even): lambda =
     * (2 (H + r)(M + N) - (M - N)^2 - (H + r)^2) / 8 = (16 - 0 - 4) / 8 = 3/2, m = 1. It takes
     * about half a second; the budget of 60 s only keeps a loaded machine from turning the answer
     * into a bound.
     */
    @Test
    void batchReadsKAsSquaresFromTheCatalogue() throws IOException {
        Run catalog = slt("", "catalog", "rrr", "M=2", "N=2", "H=2", "r=0", "--json");
        JsonNode entry = catalog.lines().getFirst();
        assertTrue(entry.get("K").isArray(), catalog.out());
        JsonNode o = slt(catalog.out(), "batch", "--budget", "60").lines().getFirst();
        assertEquals("exact", o.get("status").asText(), o.toString());
        assertEquals("3/2", o.get("lambda").asText());
        assertEquals(1, o.get("m").asInt());
    }

    @Test
    void batchNamesTheSquareAndPositionOfABadSquare() throws IOException {
        JsonNode o = slt("{\"K\": [\"x + y\", \"x + * y\"]}\n", "batch").lines().getFirst();
        assertEquals("error", o.get("status").asText());
        assertTrue(o.get("error").asText().contains("K[1]"), o.toString());
        List<JsonNode> rest = slt("{\"K\": \"x^2\", \"scale\": 2}\n{\"K\": [\"x\"], \"scale\": \"-1\"}\n", "batch").lines();
        assertTrue(rest.get(0).get("error").asText().contains("\"scale\" goes with"), rest.get(0).toString());
        assertTrue(rest.get(1).get("error").asText().contains("must be positive"), rest.get(1).toString());
    }

    @Test
    void batchRefusesAPointOutsideTheBox() throws IOException {
        JsonNode o = slt("{\"K\": \"(x - 2)^2 + y^2\", \"at\": {\"x\": 2, \"y\": 0}}\n", "batch").lines().getFirst();
        assertEquals("error", o.get("status").asText());
        assertTrue(o.get("error").asText().contains("x = 2 is not in [-1, 1]"), o.toString());
    }
}

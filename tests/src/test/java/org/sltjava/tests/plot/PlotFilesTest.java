package org.sltjava.tests.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sltjava.cli.Slt;
import org.sltjava.core.Budget;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.plot.CalibrationPlot;
import org.sltjava.plot.Figure;
import org.sltjava.plot.FreeEnergyPlot;
import org.sltjava.plot.NewtonPlot;
import org.sltjava.plot.PhasesPlot;

/**
 * The four pictures opened as XML: each holds its named elements with their exact meaning, and
 * the caption states lambda and m. The expected values are derived in the comments.
 */
class PlotFilesTest {

    private static final Problem CUSP = Problem.builder().parameters("x", "y").loss("(y^2 - x^3)^2").box(-1, 1).build();

    /**
     * The cusp K = y^4 - 2 x^3 y^2 + x^6: its support (0, 4), (3, 2), (6, 0) lies on the line
     * 2a + 3b = 12, so Gamma has the single compact edge from (0, 4) to (6, 0); the ray t (1, 1)
     * meets it where 5t = 12, at (12/5, 12/5), inside the edge: lambda = 5/12, m = 1 (the
     * codimension of an edge), as for the cusp in Watanabe (2009).
     */
    @Test
    void newtonPolygonOfTheCuspShowsTheRayThePrincipalEdgeAndTheAnswer() {
        Svg svg = Svg.parse(NewtonPlot.of(CUSP, Budget.defaults()).svg(800, 600));
        assertTrue(svg.draws("ray"));
        assertTrue(svg.ref("ray").contains("h + 1 = [1, 1]"), svg.ref("ray"));
        assertTrue(svg.draws("principal-face"));
        String face = svg.ref("principal-face");
        assertTrue(face.contains("[0, 4]") && face.contains("[6, 0]") && face.contains("dimension 1"), face);
        assertEquals("t0 (h + 1) = [12/5, 12/5], 1/t0 = 5/12", svg.ref("hit-point"));
        assertTrue(svg.draws("newton-boundary") && svg.draws("gamma") && svg.draws("support"));
        assertTrue(svg.caption().contains("lambda = 5/12, m = 1 (exact"), svg.caption());
    }

    /**
     * K = x^2 y^2 with prior weight |x|^2: h + 1 = (3, 1), Gamma = (2, 2) + R^2_{>=0}; t (3, 1)
     * enters Gamma at t0 = 2, the point (6, 2), on the face {(2, 2)} + cone{e1} (the horizontal
     * ray): 1/t0 = 1/2, m = 1. The monomial rule agrees: min((2 + 1)/2, (0 + 1)/2) = 1/2, one
     * index attains it.
     */
    @Test
    void aWeightTurnsTheRayAndANonCompactFaceCanBePrincipal() {
        Problem p = Problem.builder().parameters("x", "y").loss("x^2*y^2").weight("x^2").box(-1, 1).build();
        Svg svg = Svg.parse(NewtonPlot.of(p, Budget.defaults()).svg(800, 600));
        assertTrue(svg.ref("ray").contains("h + 1 = [3, 1]"), svg.ref("ray"));
        assertEquals("t0 (h + 1) = [6, 2], 1/t0 = 1/2", svg.ref("hit-point"));
        assertTrue(svg.ref("principal-face").contains("conv{[2, 2]} + cone{e1}"), svg.ref("principal-face"));
        assertTrue(svg.caption().contains("lambda = 1/2, m = 1 (exact"), svg.caption());
    }

    /**
     * K = (x + y)^2 at 0: in the orthants (+,+) and (-,-) the three terms are positive, K is
     * comparable with x^2 + y^2 (a regular point in two variables): lambda = 1, m = 1. In (+,-)
     * and (-,+) the middle term is negative and the line x = -y of zeros runs through the
     * quadrant: K is Morse-Bott of codimension 1 there, lambda = 1/2, m = 1. One panel per group.
     */
    @Test
    void orthantsWithDifferentAnswersGetAPanelEach() {
        Problem p = Problem.builder().parameters("x", "y").loss("(x + y)^2").box(-1, 1).build();
        Svg svg = Svg.parse(NewtonPlot.of(p, Budget.defaults()).svg(900, 500));
        assertTrue(svg.draws("ray-1") && svg.draws("ray-2") && svg.draws("principal-face-1") && svg.draws("principal-face-2"));
        String texts = String.join(" ", svg.allTexts());
        assertTrue(texts.contains("orthants (+,+) (-,-): lambda = 1, m = 1 (exact"), texts);
        assertTrue(texts.contains("orthants (+,-) (-,+): lambda = 1/2, m = 1 (exact"), texts);
        assertTrue(svg.caption().contains("lambda = 1/2, m = 1 (exact"), svg.caption());
    }

    /**
     * K = x^6 + y^2 z^4 + x^2 y^2 in three variables: the plane through the three points has the
     * normal (1/6, 1/3, 1/12) (6 a = 1, 2 a + 2 b = 1, 2 b + 4 c = 1), so 1/t0 = 1/6 + 1/3 + 1/12
     * = 7/12 with the triangle as principal face (codimension 1); the engines prove it (the face
     * polynomials have positive coefficients). Three projections are drawn.
     */
    @Test
    void threeParametersAreDrawnAsProjections() {
        Problem p = Problem.builder().parameters("x", "y", "z").loss("x^6 + y^2*z^4 + x^2*y^2").box(-1, 1).build();
        Svg svg = Svg.parse(NewtonPlot.of(p, Budget.defaults()).svg(900, 500));
        for (int k = 1; k <= 3; k++) {
            assertTrue(svg.draws("ray-" + k) && svg.draws("principal-face-" + k) && svg.draws("hit-point-" + k));
        }
        assertFalse(svg.group("ray-4").isPresent());
        assertEquals("t0 (h + 1) = [12/7, 12/7, 12/7], 1/t0 = 7/12", svg.ref("hit-point-1"));
        assertTrue(svg.caption().contains("lambda = 7/12, m = 1 (exact"), svg.caption());
    }

    @Test
    void pngIsAnImageOfTheRequestedSizeAndSvgIsTheSameEachTime() throws IOException {
        Figure f = NewtonPlot.of(CUSP, Budget.defaults());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(f.png(640, 480)));
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        assertEquals(f.svg(640, 480), NewtonPlot.of(CUSP, Budget.defaults()).svg(640, 480));
    }

    /**
     * The cusp's free energy: the caption and the exact asymptote carry lambda = 5/12, m = 1 (see
     * above); the regular line has slope d/2 = 1. The estimate, its band and both lines are drawn.
     */
    @Test
    void freeEnergyShowsTheEstimateItsBandAndBothAsymptotes() {
        Figure f = FreeEnergyPlot.of(CUSP, new FreeEnergyPlot.Settings(3, 64, 2, 10, 9), Budget.defaults());
        Svg svg = Svg.parse(f.svg(800, 600));
        for (String id : List.of("estimate", "error-band", "asymptote", "regular-line")) {
            assertTrue(svg.draws(id), id);
        }
        assertEquals("lambda log n - (m - 1) log log n + c, lambda = 5/12, m = 1", svg.ref("asymptote"));
        assertEquals("(d/2) log n + c, d = 2", svg.ref("regular-line"));
        assertTrue(svg.caption().contains("lambda = 5/12, m = 1 (exact"), svg.caption());
    }

    @Test
    void freeEnergyRefusesAWeightedPrior() {
        Problem p = CUSP.toBuilder().weight("x^2").build();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FreeEnergyPlot.of(p, FreeEnergyPlot.Settings.defaults(), Budget.defaults()));
        assertTrue(e.getMessage().contains("uniform prior"), e.getMessage());
    }

    /**
     * The two-phase example of PhaseTransitionsTest: F_1(n) = log n at (0, 0) and
     * F_2(n) = n/10368 + (3/4) log n at (5/6, 0); phase 2 is preferred until n/10368 = (1/4) log n,
     * whose root the iteration n <- 2592 log n puts at n = 26388 (2.639e+04 to four digits).
     */
    @Test
    void phasesShowEachCurveAndTheCrossing() {
        Problem p = Problem.builder().parameters("x", "y").loss("1/1000*x^2*((x - 1)^2 + 1/9) + (x - 5/6)^2*y^2 + y^4")
                .box("x", "-1", "2").box("y", "-1", "1").build();
        Svg svg = Svg.parse(PhasesPlot.of(p, List.of(point("0", "0"), point("5/6", "0")), Budget.defaults()).svg(800, 600));
        assertTrue(svg.draws("phase-1") && svg.draws("phase-2") && svg.draws("crossing-1") && svg.draws("crossing-line-1"));
        assertEquals("F_1(n) = 1 log n", svg.ref("phase-1"));
        assertEquals("F_2(n) = 1/10368 n + 3/4 log n", svg.ref("phase-2"));
        assertEquals("n = 2.639e+04: phase 2 -> phase 1", svg.ref("crossing-1"));
        assertFalse(svg.group("crossing-2").isPresent());
        String caption = svg.caption();
        assertTrue(caption.contains("phase 1 at x=0, y=0: K = 0, lambda = 1, m = 1 (exact"), caption);
        assertTrue(caption.contains("phase 2 at x=5/6, y=0: K = 1/10368, lambda = 3/4, m = 1 (exact"), caption);
    }

    /**
     * Four estimates with z-scores 1/2, -3/2, 5/2 and 0 (the estimates are built from them):
     * |z| <= 1 for 2 of 4, <= 2 for 3 of 4, <= 3 for all. The catalogue line uses reduced-rank
     * regression M = N = 2, H = 1, r = 0, lambda = 1 (Aoyagi and Watanabe 2005). Validate's summary
     * line is skipped.
     */
    @Test
    void calibrationShowsEstimatesAgainstExactValuesAndZScoresAgainstTheNormal() throws IOException {
        String input = String.join("\n",
                "{\"id\": 1, \"lambda\": \"1/2\", \"lambdaHat\": 0.51, \"stderr\": 0.02}",
                "{\"id\": 2, \"lambda\": \"5/12\", \"lambdaHat\": " + (5.0 / 12 - 0.03) + ", \"stderr\": 0.02}",
                "{\"id\": 3, \"catalog\": \"rrr M=2 N=2 H=1 r=0\", \"lambdaHat\": 1.05, \"stderr\": 0.02}",
                "{\"id\": 4, \"lambda\": 0.75, \"lambdaHat\": 0.75, \"stderr\": 0.1}",
                "{\"summary\": {\"lines\": 4}}");
        CalibrationPlot.Input in = CalibrationPlot.read(new StringReader(input));
        assertEquals(4, in.points().size());
        assertEquals(1, in.skipped());
        assertEquals(Rational.ONE, in.points().get(2).lambda());
        Svg svg = Svg.parse(CalibrationPlot.of(in).svg(900, 450));
        for (String id : List.of("identity", "error-bars", "estimates", "z-scores", "normal-line")) {
            assertTrue(svg.draws(id), id);
        }
        assertTrue(svg.caption().contains("share of |z| <= 1: 50.0% (normal 68.3%), <= 2: 75.0% (normal 95.4%), <= 3: 100.0%"),
                svg.caption());
    }

    /**
     * A catalogue reference reads as {@code slt validate} reads it, including the id the catalogue
     * itself prints, with commas: rrr M = N = 3, H = 2, r = 1 (Aoyagi and Watanabe 2005, M + N + H + r
     * = 9 odd) has lambda (2 (H + r)(M + N) - (M - N)^2 - (H + r)^2 + 1) / 8 = (36 - 0 - 9 + 1) / 8 = 7/2.
     */
    @Test
    void calibrationReadsTheCatalogueIdAsTheCataloguePrintsIt() throws IOException {
        CalibrationPlot.Input in = CalibrationPlot.read(new StringReader(
                "{\"id\": 1, \"catalog\": \"rrr M=3, N=3, H=2, r=1\", \"lambdaHat\": 3.4, \"stderr\": 0.1}"));
        assertEquals(Rational.of(7, 2), in.points().getFirst().lambda());
    }

    @Test
    void calibrationNamesTheLineWithoutAReference() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalibrationPlot.read(new StringReader(
                "{\"lambda\": \"1/2\", \"lambdaHat\": 0.5, \"stderr\": 0.1}\n{\"K\": \"x^2\", \"lambdaHat\": 0.5, \"stderr\": 0.1}")));
        assertTrue(e.getMessage().startsWith("line 2: no \"lambda\" or \"catalog\""), e.getMessage());
    }

    @Test
    void commandLineWritesThePngOfTheRequestedSizeAndRefusesOtherFileTypes(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("cusp.png");
        StringWriter err = new StringWriter();
        int status = Slt.run(new String[] {"plot", "newton", "(y^2 - x^3)^2", "--out", png.toString(), "--width", "500",
            "--height", "300"}, new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, status, err.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());

        StringWriter err2 = new StringWriter();
        int refused = Slt.run(new String[] {"plot", "calibration", "--out", dir.resolve("c.pdf").toString()},
                new ByteArrayInputStream("{\"lambda\": \"1/2\", \"lambdaHat\": 0.5, \"stderr\": 0.1}".getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(new StringWriter()), new PrintWriter(err2));
        assertEquals(2, refused);
        assertTrue(err2.toString().contains("must end in .svg or .png"), err2.toString());
        assertFalse(Files.exists(dir.resolve("c.pdf")));
    }

    private static Map<String, Rational> point(String x, String y) {
        return Map.of("x", Rational.parse(x), "y", Rational.parse(y));
    }
}

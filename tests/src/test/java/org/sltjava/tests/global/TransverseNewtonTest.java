package org.sltjava.tests.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.tests.ExactAnswers;

/**
 * Global questions whose zero set has a component along which K is not Morse-Bott (issue 12): the
 * answer there comes from Newton's polyhedron across the component, in coordinates where the
 * component is {g = 0}. Each expected value is derived in a comment.
 */
class TransverseNewtonTest {

    private static Problem global(String k) {
        return Problem.builder().parameters("x", "y", "z").loss(k).box(-2, 2).build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // The curve y = x^2, z = 1/2. The change (x, y, z) -> (x, v, w) = (x, y - x^2, z - 1/2) is polynomial with
                // Jacobian 1, and K = v^2 w^2 + v^4 + w^4 does not involve x: at every point of the curve the local answer is
                // that of v^4 + v^2 w^2 + w^4, whose Newton polygon is the edge (4, 0)-(0, 4) with (2, 2) on it and a face
                // polynomial positive on the torus: t0 = 2, lambda = 1/2, the diagonal meets the edge inside: m = 1.
                Arguments.of(global("(y - x^2)^2*(z - 1/2)^2 + (y - x^2)^4 + (z - 1/2)^4"), "1/2", 1),
                // Zeros: the x-axis {y = z = 0} and the lines {x = +-sqrt 2, y = 0}. On the x-axis with x^2 != 2 the first
                // factor is a unit: K ~ y^2 + z^4, lambda = 1/2 + 1/4 = 3/4, m = 1. On the lines with z != 0 the second
                // factor is a unit and u = x^2 - 2, y are coordinates: K ~ u^2 + y^2, lambda = 1. At (+-sqrt 2, 0, 0), with
                // u as above: K ~ (u^2 + y^2)(y^2 + z^4), Newton polyhedron with the vertices (2, 2, 0), (2, 0, 4),
                // (0, 4, 0), (0, 2, 4) (even exponents, positive coefficients: non-degenerate); the normal (1/4, 1/4, 1/8)
                // is active on (2, 2, 0), (2, 0, 4), (0, 2, 4) and >= 1 on (0, 4, 0), with sum 5/8, and the diagonal meets
                // the triangle of those three inside (weights 3/5, 1/5, 1/5 give (8/5, 8/5, 8/5)): lambda = 5/8, m = 1.
                Arguments.of(global("((x^2 - 2)^2 + y^2)*(y^2 + z^4)"), "5/8", 1),
                // The curve x y = 1/2, z = 0 (x != 0 on it). With v = x y - 1/2, (x, v, z) are coordinates where x != 0
                // (dv/dy = x), and K = v^4 + z^2: lambda = 1/4 + 1/2 = 3/4, m = 1 at every point of the curve, which meets
                // the open box (x = 1, y = 1/2).
                Arguments.of(global("(x*y - 1/2)^4 + z^2"), "3/4", 1),
                // Zeros: the plane z = 0. Off the circle x^2 + y^2 = 1, K = z^2 times a unit: lambda = 1/2, m = 1. On the
                // circle, with v = x^2 + y^2 - 1 (a coordinate there, its gradient non-zero), K = v^2 z^2 + z^4: Newton
                // polygon with the vertices (2, 2) and (0, 4) (in (v, z)), t0 = 2 at the vertex (2, 2): lambda = 1/2,
                // m = 2. The minimum 1/2 with the largest m: m = 2.
                Arguments.of(global("(x^2 + y^2 - 1)^2*z^2 + z^4"), "1/2", 2),
                // The curve x y = 1/2, z = 0 again, with parameters named like the method's own new variables (g1, g2,
                // t), which must not clash with them: 3/4, m = 1 as above.
                Arguments.of(Problem.builder().parameters("g1", "g2", "t").loss("(g1*t - 1/2)^4 + g2^2").box(-2, 2).build(), "3/4", 1));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answeredExactly(Problem p, String lambda, int m) {
        ExactAnswers.assertExact(p, lambda, m);
    }

    /**
     * A normal form N(v, w) with known (lambda, m) composed with v = y - p(x), w = z - q(x) (p, q
     * random quadratics with p(0), q(0) in [-1, 1]) and stated expanded over [-2, 2]^3. The change
     * (x, y, z) -> (x, v, w) is polynomial with Jacobian 1, and N has an isolated zero at 0, so the
     * zero set is the curve v = w = 0, which meets the open box at x = 0, and the local answer at
     * each of its points is N's: the global answer. The forms (Newton polygons with even
     * exponents and positive coefficients, so non-degenerate; Varchenko 1976):
     * v^(2a) + w^(2b): the edge (2a, 0)-(0, 2b) met inside, lambda = 1/(2a) + 1/(2b), m = 1;
     * v^2 w^2 + v^(2a) + w^(2b) with a, b >= 2, not both 2: the vertex (2, 2) lies below that edge
     * (1/a + 1/b < 1) and the diagonal meets Gamma there: lambda = 1/2, m = 2. Never wrong, and
     * exact in at least 90% of the cases.
     */
    @Tag("slow")
    @Test
    void curvesThroughTheBox() {
        int[] exact = {0};
        int cases = 24;
        qt().withFixedSeed(20261203L).withExamples(cases)
                .forAll(integers().between(0, 5), integers().between(-4, 4), integers().between(-4, 4), integers().between(-3, 3))
                .checkAssert((form, p0, q0, slope) -> {
                    String p = "(" + Rational.of(p0, 4) + ") + (" + Rational.of(slope, 3) + ")*x + x^2/2";
                    String q = "(" + Rational.of(q0, 4) + ") - x^2/3";
                    String v = "(y - (" + p + "))";
                    String w = "(z - (" + q + "))";
                    int[][] ab = {{1, 2}, {1, 3}, {2, 1}, {2, 3}, {3, 2}, {2, 4}};
                    int a = ab[form][0];
                    int b = ab[form][1];
                    boolean cross = form >= 3;
                    String n = (cross ? v + "^2*" + w + "^2 + " : "") + v + "^" + (2 * a) + " + " + w + "^" + (2 * b);
                    Rational lambda = cross ? Rational.HALF : Rational.of(1, 2 * a).add(Rational.of(1, 2 * b));
                    int m = cross ? 2 : 1;
                    Polynomial k = PolynomialParser.parse(n);
                    RlctResult r = RlctEngine.standard().analyse(Problem.builder().parameters("x", "y", "z").loss(k).box(-2, 2).build());
                    if (r.isExact()) {
                        exact[0]++;
                        assertEquals(lambda, r.lambda().orElseThrow(), () -> n + "\n" + r.certificate().text());
                        assertEquals(m, r.m().orElseThrow(), () -> n + "\n" + r.certificate().text());
                    } else {
                        assertTrue(r.lambdaUpper().map(u -> u.compareTo(lambda) >= 0).orElse(true), () -> n + ": " + r);
                    }
                });
        assertTrue(exact[0] >= cases * 9 / 10, exact[0] + " of " + cases + " exact");
    }
}

package org.sltjava.tests.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;
import org.sltjava.resolution.NewtonEngine;

/**
 * Closed forms whose mixed-sign faces have dimension two or more, so that the Newton engine needs
 * the Groebner proof (no zero, or no singular zero, in the complex torus) to answer exactly; and
 * losses where that proof succeeds on the large face while another face is degenerate, which must
 * stay upper bounds. Each expected value is derived in the comment beside it, independently of
 * the Newton polyhedron: by one blow-up of the origin ({@code w = r theta}, Jacobian
 * {@code r^(d-1)}, so {@code K = r^(2k) K~(theta)} contributes the pole {@code -d/(2k)} and a
 * smooth zero set of {@code K~ = f~^2} the pole {@code -1/2}, with order 2 where the two meet), or
 * by the rules for comparable, disjoint and product losses (Watanabe 2009).
 */
class NewtonGroebnerTest {

    private static final NewtonEngine NEWTON = new NewtonEngine();

    private static Problem atOrigin(String k, String... vars) {
        Problem.Builder b = Problem.builder().parameters(vars).loss(k);
        for (String v : vars) {
            b.at(v, "0");
        }
        return b.build();
    }

    private static Problem squaresAtOrigin(String[] squares, String... vars) {
        Problem.Builder b = Problem.builder().parameters(vars).sumOfSquares(squares);
        for (String v : vars) {
            b.at(v, "0");
        }
        return b.build();
    }

    static Stream<Arguments> exactCases() {
        return Stream.of(
                // f = x^3 - y^3 + z^3, K = f^2: f = r^3 f~ and the Jacobian r^2 give the pole 6z + 3 = 0, z = -1/2.
                // f~ = 0 is the real Fermat cubic on the sphere, smooth (grad f = 3(x^2, -y^2, z^2) vanishes only
                // at 0) and non-empty ((1, 2^(1/3), 1)), so |f~|^(2z) has the pole -1/2 too, and the strict
                // transform crosses the exceptional divisor normally: lambda = 1/2, m = 2.
                Arguments.of(atOrigin("(x^3 - y^3 + z^3)^2", "x", "y", "z"), "1/2", 2),
                // f = x^2 + y^2 - z^2: r^(4z) r^2 gives -3/4; the cone f = 0 is smooth off 0 and real: -1/2. The
                // larger pole is -1/2, alone: lambda = 1/2, m = 1.
                Arguments.of(atOrigin("(x^2 + y^2 - z^2)^2", "x", "y", "z"), "1/2", 1),
                // f = x^2 - y^2 + z^2 - w^2, a non-degenerate quadratic form with real zeros: r^(4z) r^3 gives -1,
                // the smooth zero set -1/2: lambda = 1/2, m = 1.
                Arguments.of(atOrigin("(x^2 - y^2 + z^2 - w^2)^2", "w", "x", "y", "z"), "1/2", 1),
                // f = x^4 - y^4 + z^4 - w^4: r^(8z) r^3 gives 8z + 4 = 0, -1/2; f~ = 0 is smooth (grad f =
                // 4(x^3, -y^3, z^3, -w^3)) and real ((1, 1, 1, 1)), also -1/2, crossing normally: 1/2, m = 2.
                Arguments.of(atOrigin("(x^4 - y^4 + z^4 - w^4)^2", "w", "x", "y", "z"), "1/2", 2),
                // f = x^4 - y^4 + z^4: r^(8z) r^2 gives -3/8; the smooth real zero set gives -1/2, further from 0:
                // lambda = 3/8, m = 1.
                Arguments.of(atOrigin("(x^4 - y^4 + z^4)^2", "x", "y", "z"), "3/8", 1),
                // The same cubic with weight |x|: r^(6z) r^1 r^2 gives 6z + 4 = 0, -2/3; the zero set of f~ gives
                // -1/2 (where it meets x~ = 0, at y~ = z~, it does so transversally, as -y^3 + z^3 has a simple
                // root there, and |x~| only adds the pole -1): lambda = 1/2, m = 1.
                Arguments.of(Problem.builder().parameters("x", "y", "z").loss("(x^3 - y^3 + z^3)^2").weight("x")
                        .at("x", "0").at("y", "0").at("z", "0").build(), "1/2", 1),
                // K = (g1 - g2)^2 + (g1 - 2 g2)^2 with g1 = x^2 + y^2, g2 = z^2: a positive definite quadratic form
                // in (g1, g2) (determinant 2*5 - 3^2 = 1), so K is comparable to g1^2 + g2^2, which has the same
                // (lambda, m). That is the disjoint sum of (x^2 + y^2)^2 (r^4 with Jacobian r: 1/2, m = 1) and z^4
                // (1/4, m = 1): lambda = 3/4, m = 1. Stated as squares and as the expanded polynomial.
                Arguments.of(squaresAtOrigin(new String[] {"x^2 + y^2 - z^2", "x^2 + y^2 - 2*z^2"}, "x", "y", "z"), "3/4", 1),
                Arguments.of(atOrigin("(x^2 + y^2 - z^2)^2 + (x^2 + y^2 - 2*z^2)^2", "x", "y", "z"), "3/4", 1),
                // Three squares X + Y - Z, X + Y - 2Z, X - Y + Z in X = x^2, Y = y^2, Z = z^2, an invertible linear map
                // (determinant -2), so K is comparable to X^2 + Y^2 + Z^2 = x^4 + y^4 + z^4, a disjoint sum of three
                // quarters: lambda = 3/4, m = 1. The first two parts already have no common zero in the torus.
                Arguments.of(squaresAtOrigin(new String[] {"x^2 + y^2 - z^2", "x^2 + y^2 - 2*z^2", "x^2 - y^2 + z^2"},
                        "x", "y", "z"), "3/4", 1));
    }

    @ParameterizedTest
    @MethodSource("exactCases")
    void groebnerFacesAreExact(Problem problem, String lambda, int m) {
        RlctResult r = NEWTON.analyse(problem);
        assertEquals(Status.EXACT, r.status(), () -> problem + "\n" + r.certificate());
        assertEquals(Rational.parse(lambda), r.lambda().orElseThrow(), () -> problem + "\n" + r.certificate());
        assertEquals(m, r.m().orElseThrow(), () -> problem + "\n" + r.certificate());
        assertTrue(r.certificate().text().contains("Groebner basis of"), r.certificate()::text);
    }

    /**
     * K = (x - y + z)^2 + (x - y + 2z)^2 = 2u^2 + 6uz + 5z^2 with u = x - y (Jacobian 1): a positive
     * definite form in (u, z) (determinant 2*5 - 3^2 = 1) with y idle, so a regular point in two
     * directions: lambda = 1, m = 1. Newton's value is 3/2 (supp K lies on x + y + z = 2, so
     * t0 = 2/3). On the triangle the face parts have no common zero in the torus (they force
     * z = 0, x = y), which the Groebner basis proves; but on the edge x-y both parts are x - y,
     * which vanishes at x = y > 0. Only the bound 3/2 may be reported.
     */
    @Test
    void degenerateEdgeBesideAProvenTriangleStaysABound() {
        RlctResult r = NEWTON.analyse(squaresAtOrigin(new String[] {"x - y + z", "x - y + 2*z"}, "x", "y", "z"));
        assertEquals(Status.UPPER_BOUND, r.status(), r::toString);
        assertEquals(Rational.of(3, 2), r.lambdaUpper().orElseThrow());
        String text = r.certificate().text();
        assertTrue(text.contains("is {1}: these face parts have no common zero"), text);
        assertTrue(text.contains("DEGENERATE"), text);
    }

    /**
     * K = (x^2 - y^2)^2 + z^2 is the disjoint sum of (x^2 - y^2)^2 (1/2, m = 2: (x - y)^2 (x + y)^2
     * after a linear change) and z^2 (1/2, m = 1): lambda = 1, m = 2. Newton's value is 1 with
     * m = codim = 1 (supp K on x/4 + y/4 + z/2 = 1), the wrong m: the triangle's parts x^2 - y^2
     * and z have no common zero in the torus, but the edge part x^2 - y^2 vanishes at x = y.
     */
    @Test
    void rightLambdaWithTheWrongMultiplicityStaysABound() {
        RlctResult r = NEWTON.analyse(squaresAtOrigin(new String[] {"x^2 - y^2", "z"}, "x", "y", "z"));
        assertEquals(Status.UPPER_BOUND, r.status(), r::toString);
        assertEquals(Rational.ONE, r.lambdaUpper().orElseThrow());
    }

    /**
     * f = x^3 + y^3 + z^3 - 3xyz = L Q with L = x + y + z and Q = ((x - y)^2 + (y - z)^2 + (z - x)^2)/2,
     * positive semi-definite of rank 2: in the coordinates (L, x - y, y - z), K = f^2 is comparable
     * to L^2 (a^2 + b^2)^2, a product of disjoint blocks with (1/2, 1) each: lambda = 1/2, m = 2.
     * f has a singular zero at (1, 1, 1) on its one face, so the Groebner basis is not {1} and only
     * the bound 1/t0 = 1/2 (rho = 1) may be reported.
     */
    @Test
    void singularZeroInTheTorusStaysABound() {
        RlctResult r = NEWTON.analyse(atOrigin("(x^3 + y^3 + z^3 - 3*x*y*z)^2", "x", "y", "z"));
        assertEquals(Status.UPPER_BOUND, r.status(), r::toString);
        assertEquals(Rational.HALF, r.lambdaUpper().orElseThrow());
        assertTrue(r.certificate().text().contains("is not {1}"), r.certificate()::text);
    }

    /**
     * f = x^2 - xy + y^2 + z^2 is positive definite, so K = f^2 is comparable to (x^2 + y^2 + z^2)^2:
     * r^4 with Jacobian r^2, lambda = 3/4, m = 1. The Groebner basis excludes singular zeros on the
     * triangle, but no sign change shows whether f vanishes there; with rho = 3/2 > 1 the answer
     * would be 1/2 if it did, so only the bound 1/t0 = 3/4 may be reported.
     */
    @Test
    void undecidedVanishingAboveTheTieStaysABound() {
        RlctResult r = NEWTON.analyse(atOrigin("(x^2 - x*y + y^2 + z^2)^2", "x", "y", "z"));
        assertEquals(Status.UPPER_BOUND, r.status(), r::toString);
        assertEquals(Rational.of(3, 4), r.lambdaUpper().orElseThrow());
        assertTrue(r.certificate().text().contains("NO_SINGULAR_ZERO"), r.certificate()::text);
    }
}

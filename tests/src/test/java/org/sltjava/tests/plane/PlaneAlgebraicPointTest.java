package org.sltjava.tests.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * Global questions in two variables whose deepest zeros are irrational and not regular: the
 * zero-set decomposition finds them as real points of zero-dimensional components, and the plane
 * resolution answers each one started there, with coefficients in the number field of the point.
 * Each answer is derived by hand in its comment, in local coordinates at the point (an analytic
 * change of coordinates with invertible Jacobian keeps the local (lambda, m); a disjoint sum adds
 * lambdas; a single square of a cusp {@code u^2 - v^3} gives (1/2 + 1/3)/2 = 5/12, m = 1), and the
 * global answer is the smallest local one (largest m among the minimisers). Every question is asked
 * as written and expanded (then K is not seen as a sum of squares, and the zero set comes from the
 * critical ideal instead).
 */
class PlaneAlgebraicPointTest {

    private static Budget budget() {
        return Budget.of(Duration.ofSeconds(10), 6, 2000);
    }

    private static Arguments global(String x, String y, String k, String lambda, int m) {
        return Arguments.of(Problem.builder().parameters(x, y).loss(k).box(-2, 2).build(), lambda, m);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // The zeros (0, +-1/sqrt 2): with z = c + v (c^2 = 1/2), 1 - 2 z^2 = -v (4c + 2v), so
                // K = v^2 (4c + 2v)^2 + x^6 = V^2 + x^6 with V = v (4c + 2v) a coordinate (dV/dv = 4c != 0):
                // a disjoint sum, lambda = 1/2 + 1/6 = 2/3, m = 1 + 1 - 1 = 1. In the resolution: the Newton polygon
                // of 8 v^2 + 16 c v^3 + 4 v^4 + x^6 has the one edge (0, 2)-(6, 0), normal (1, 3), l = 6, value 4/6, face
                // 8 w^2 + 1 without real roots.
                global("x", "z", "(1 - 2*z^2)^2 + x^6", "2/3", 1),
                global("x", "z", "x^6 + 4*z^4 - 4*z^2 + 1", "2/3", 1),
                // The zeros (+-sqrt 2, 0) (K = 0 needs y = x^2 - 2 and then (x^2 - 2)^3 = 0): with x = c + u (c^2 = 2),
                // x^2 - 2 = u (2c + u), and v = y - (x^2 - 2): K = u^2 (2c + u)^2 (v + 2cu + u^2)^2 + v^4, whose Newton
                // polygon has the edge (4, 0)-(0, 4) (normal (1, 1), l = 4, value 2/4) with the face polynomial
                // 4c^2 u^2 (v + 2cu)^2 + v^4 = 8 u^2 (v + 2cu)^2 + v^4, positive on the torus (a zero needs v = 0, then
                // 8 u^2 4c^2 u^2 = 0): non-degenerate, lambda = 1/2, m = 1 (t0 nu inside the edge).
                global("x", "y", "(x^2 - 2)^2*y^2 + (y - x^2 + 2)^4", "1/2", 1),
                global("x", "y", "x^8 - 4*x^6*y - 8*x^6 + 7*x^4*y^2 + 24*x^4*y + 24*x^4 - 4*x^2*y^3 - 28*x^2*y^2 - 48*x^2*y"
                        + " - 32*x^2 + y^4 + 8*y^3 + 28*y^2 + 32*y + 16", "1/2", 1),
                // The curve y^3 = (x^2 - 2)^2 squared: smooth away from (+-sqrt 2, 0) (1/2, m = 1: Morse-Bott), and at
                // those cusps, with x = c + u, (x^2 - 2)^2 = u^2 (2c + u)^2 = U^2 (U = u (2c + u) a coordinate), so
                // K = (U^2 - y^3)^2: 5/12, m = 1. Global: 5/12, m = 1.
                global("x", "y", "((x^2 - 2)^2 - y^3)^2", "5/12", 1),
                global("x", "y", "x^8 - 8*x^6 - 2*x^4*y^3 + 24*x^4 + 8*x^2*y^3 - 32*x^2 + y^6 - 8*y^3 + 16", "5/12", 1),
                // A point of a cubic field: K = 0 needs x^3 = 2 and y = x^2, the one real zero (c, c^2), c = 2^(1/3)
                // (about (1.26, 1.59), inside the box); its coordinates generate Q(2^(1/3)) of degree 3 (the shape
                // basis has y^3 = 4, x = y^2/2). There U = x^3 - 2 = (x - c)(3c^2 + 3c (x - c) + (x - c)^2) and
                // V = y - x^2 are coordinates (Jacobian [[3c^2, 0], [-2c, 1]], det 3c^2 != 0): K = U^2 + V^4, a
                // disjoint sum, lambda = 1/2 + 1/4 = 3/4, m = 1.
                global("x", "y", "(x^3 - 2)^2 + (y - x^2)^4", "3/4", 1),
                global("x", "y", "x^8 - 4*x^6*y + x^6 + 6*x^4*y^2 - 4*x^3 - 4*x^2*y^3 + y^4 + 4", "3/4", 1),
                // A cusp at the same point of the cubic field: in the coordinates (U, V) above,
                // f = (x^3 - 2)^2 - (y - x^2)^3 = U^2 - V^3, so K = f^2 gives 5/12, m = 1 there; the rest of the curve
                // f = 0 is smooth (f_y = -3 (y - x^2)^2 vanishes on it only where x^3 = 2): 1/2. Global: 5/12, m = 1.
                // In the resolution the face polynomial 9c^4 - w^3 = 18c - w^3 has irrational coefficients and one
                // positive simple root, counted by Sturm's theorem over the real field Q(c).
                global("x", "y", "((x^3 - 2)^2 - (y - x^2)^3)^2", "5/12", 1),
                global("x", "y", "4*x^12 - 12*x^10*y - 16*x^9 + 21*x^8*y^2 + 24*x^7*y - 22*x^6*y^3 + 32*x^6 - 24*x^5*y^2"
                        + " + 15*x^4*y^4 - 24*x^4*y + 8*x^3*y^3 - 32*x^3 - 6*x^2*y^5 + 24*x^2*y^2 + y^6 - 8*y^3 + 16", "5/12", 1),
                // f = y^2 - x (x^2 - 2)^2 squared. At (sqrt 2, 0), with x = c + u: f = y^2 - 8c u^2 - 16 u^3 - ..., two
                // transverse smooth branches y = +-(8c)^(1/2) u + ... (a node; their slopes are not in Q(c)): K = f^2 is
                // (Y1 Y2)^2 in coordinates along the branches: lambda = 1/2, m = 2 (in the resolution: the ray (1, 1) has
                // value 2/4 and the face w^2 - 8c a simple positive root over Q(c), so min(1/2, 1/2) with m = 2). At
                // (-sqrt 2, 0), c' = -sqrt 2: f = y^2 + 8 sqrt 2 u^2 + ..., an isolated zero, K ~ (y^2 + u^2)^2: 2/4 = 1/2,
                // m = 1. The smooth part of the curve: 1/2, m = 1. Global: 1/2, m = 2.
                global("x", "y", "(y^2 - x*(x^2 - 2)^2)^2", "1/2", 2),
                global("x", "y", "x^10 - 8*x^8 + 24*x^6 - 2*x^5*y^2 - 32*x^4 + 8*x^3*y^2 + 16*x^2 - 8*x*y^2 + y^4", "1/2", 2),
                // On the boundary: the box x in [0, 2], z in [-2, 2] puts the zeros (0, +-1/sqrt 2) of the first example
                // on the face x = 0; the half-neighbourhood x >= 0 holds the quadrants (+x, +-v) of K = V^2 + x^6, each
                // with the same edge (value 2/3, face without positive roots): lambda = 2/3, m = 1.
                Arguments.of(Problem.builder().parameters("x", "z").loss("x^6 + 4*z^4 - 4*z^2 + 1").box("x", "0", "2")
                        .box("z", "-2", "2").build(), "2/3", 1),
                // A weight positive at the cusps (a unit there, and on the smooth part): the same 5/12, m = 1.
                Arguments.of(Problem.builder().parameters("x", "y").loss("((x^2 - 2)^2 - y^3)^2").weight("1 + x^2").box(-2, 2)
                        .build(), "5/12", 1),
                // The weight (x^2 - 2)^2 = U^2 (a unit) vanishing at the cusps: with nu = (3, 1) for (U, y), the cusp
                // f = U^2 - y^3 has the ray (3, 2) with N = 9 + 2 = 11 and l(K) = 12, value 11/12, and at the simple
                // root of its face the branch value 1/2: min(11/12, 1/2) = 1/2, m = 1 (Varchenko's single-square rule,
                // rho = 11/6 > 1). The smooth part of the curve (weight non-zero there, except at the cusps): 1/2, m = 1.
                // Global: 1/2, m = 1.
                Arguments.of(Problem.builder().parameters("x", "y").loss("((x^2 - 2)^2 - y^3)^2").weight("(x^2 - 2)^2").box(-2, 2)
                        .build(), "1/2", 1),
                // On the boundary y = 0 of the box [-2, 2] x [-2, 0]: the curve y^3 = (x^2 - 2)^2 lies in y >= 0 and meets
                // the box only at its cusps (+-sqrt 2, 0); on the half-plane y <= 0, K = (U^2 + |y|^3)^2 near them
                // (U as in the cusp example): the Newton polygon's edge (2, 0)-(0, 3) of U^2 + |y|^3 (normal (3, 2),
                // value 5/6 for U^2 + |y|^3, so 5/12 for K; face 8 + w^3 without positive roots): 5/12, m = 1.
                Arguments.of(Problem.builder().parameters("x", "y").loss("((x^2 - 2)^2 - y^3)^2").box("x", "-2", "2")
                        .box("y", "-2", "0").build(), "5/12", 1));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answersExactlyAtTheIrrationalPoints(Problem p, String lambda, int m) {
        RlctResult r = RlctEngine.standard().analyse(p, budget());
        String what = p + "\n" + r + "\n" + r.certificate().text();
        assertTrue(r.isExact(), what);
        assertEquals(Rational.parse(lambda), r.lambda().orElseThrow(), what);
        assertEquals(m, r.m().orElseThrow(), what);
        assertTrue(r.certificate().text().contains("theta the root of"), "the answer comes from an irrational point's number field: " + what);
    }
}

package org.sltjava.tests.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.WeightedBlowUp;
import org.sltjava.tests.ExactAnswers;

/**
 * Zeros at irrational points that are not regular (issues 12 and 13): Newton's polyhedron at a
 * real algebraic point, reached from the zero-set decomposition of a global question and from
 * the zeros of a weighted blow-up's strict transform on its exceptional divisor. Each expected
 * value is derived in a comment, by an analytic change of coordinates at the point or by the
 * Newton polyhedron of the translated K.
 */
class AlgebraicPointsTest {

    private static Problem global(String k, String lo, String hi, String... vars) {
        return Problem.builder().parameters(vars).loss(k).box(lo, hi).build();
    }

    private static Problem atOrigin(String k, String... vars) {
        Problem.Builder b = Problem.builder().parameters(vars).loss(k).box(-1, 1);
        for (String v : vars) {
            b.at(v, "0");
        }
        return b.build();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // Zeros (x, z) = (0, +-1/sqrt 2). There u = 1 - 2z^2 is a coordinate (du/dz = -4z != 0), so K = u^2 + x^6,
                // a disjoint sum: lambda = 1/2 + 1/6 = 2/3, m = 1 + 1 - 1 = 1.
                Arguments.of(global("(1 - 2*z^2)^2 + x^6", "-2", "2", "x", "z"), "2/3", 1),
                // Zeros: (x^2 - 2) y = 0 and y = x^2 - 2 give (+-sqrt 2, 0). With u = x - sqrt 2 and v = y - (x^2 - 2) (an
                // analytic change, Jacobian 1), x^2 - 2 = 2 sqrt2 u + u^2 and K = (x^2 - 2)^2 (v + x^2 - 2)^2 + v^4, whose
                // Newton polygon has the vertices u^4 and v^4 (the term u^2 v^2 lies on their edge) and the face polynomial
                // 64 u^4 + 32 sqrt2 u^3 v + 8 u^2 v^2 + v^4 = 8 u^2 (v + 2 sqrt2 u)^2 + v^4 > 0 on the torus (v = 0 would
                // force u = 0): non-degenerate, t0 = 2 on the diagonal, lambda = 1/2, inside the edge: m = 1.
                Arguments.of(global("(x^2 - 2)^2*y^2 + (y - x^2 + 2)^4", "-2", "2", "x", "y"), "1/2", 1),
                // The isolated zeros (+-sqrt 2, 0, 0). With u = x - sqrt 2: 8 u^2 (plus higher terms in u) + y^4 + z^4
                // + 2 y^2 z^2 (x^2 = 2 there) + ...; every term of the face u/2 + y/4 + z/4 = 1 has even exponents and a
                // positive coefficient, so no face polynomial vanishes on the torus; t0 = 1 (1/2 + 1/4 + 1/4 = 1) inside
                // the facet: lambda = 1, m = 1.
                Arguments.of(global("(x^2 - 2)^2 + y^4 + z^4 + x^2*y^2*z^2", "-2", "2", "x", "y", "z"), "1", 1),
                // Homogeneous of degree 4; blown up at 0, the chart z = 1 carries the strict transform
                // (x^2 - 2y^2)^2 + (y^2 - 3)^2, zero at the four points y^2 = 3, x^2 = 6, where the Jacobian of
                // (x^2 - 2y^2, y^2 - 3), [[2x, -4y], [0, 2y]], is invertible: K = z^4 (|v|^2) in coordinates (z, v), with
                // the Jacobian z^2 of the blow-up: lambda = min((2 + 1)/4, 2/2) = 3/4, m = 1 (no tie); elsewhere on the
                // divisor K = z^4 * unit: 3/4, m = 1. So 3/4, m = 1 at the origin.
                Arguments.of(atOrigin("(x^2 - 2*y^2)^2 + (y^2 - 3*z^2)^2", "x", "y", "z"), "3/4", 1),
                // The same K globally: homogeneous, every range contains 0, so the origin is a worst point (the scaling
                // w -> t w carries any zero's neighbourhood into every neighbourhood of 0): 3/4, m = 1.
                Arguments.of(global("(x^2 - 2*y^2)^2 + (y^2 - 3*z^2)^2", "-1", "1", "x", "y", "z"), "3/4", 1),
                // Over R, y^2 - 2 z^2 = (y - sqrt2 z)(y + sqrt2 z); the invertible linear change a = y - sqrt2 z,
                // b = y + sqrt2 z gives K = a^2 b^2 + x^6, a disjoint sum: (1/2, m = 2) + (1/6, m = 1) = 2/3, m = 2.
                Arguments.of(atOrigin("(y^2 - 2*z^2)^2 + x^6", "x", "y", "z"), "2/3", 2));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void answeredExactly(Problem p, String lambda, int m) {
        ExactAnswers.assertExact(p, lambda, m);
    }

    /**
     * x1^2 x3^2 blown up along a = (1, 1, 0): on the divisor of the chart x1 the strict transform
     * is x3^2 and x3 (of weight 0) is 0 there, so every point of the divisor is a zero (the system
     * of the divisor's zeros is {0}, the whole space, not "no solution"). The answer, if exact, is
     * Newton's at 0: the vertex (2, 0, 2) with nu = (1, 1, 1) gives t0 = 2, lambda = 1/2, and the
     * hit point (2, 2, 2) lies on the face {alpha_1 = 2, alpha_3 = 2} of codimension 2: m = 2. Once
     * answered 1 (the divisor's zeros taken for none).
     */
    @Test
    void aDivisorOfZerosIsNotTakenForNone() {
        Problem p = atOrigin("x1^2*x3^2", "x1", "x2", "x3");
        RlctResult r = WeightedBlowUp.analyse(p, new int[] {1, 1, 0}, Budget.of(Duration.ofSeconds(5), 4, 500));
        if (r.isExact()) {
            assertEquals(Rational.HALF, r.lambda().orElseThrow(), () -> r.certificate().text());
            assertEquals(2, r.m().orElseThrow(), () -> r.certificate().text());
        } else {
            assertTrue(r.lambdaUpper().orElseThrow().compareTo(Rational.HALF) >= 0, () -> r.certificate().text());
        }
    }

    /**
     * K = (x^2 - q y^2)^2 + (y^2 - r z^2)^2 at 0, q and r positive rationals (squares or not): K is
     * homogeneous of degree 4, so the blow-up of 0 has the generic value (2 + 1)/4 = 3/4, m = 1. On
     * the divisor, in the chart z = 1 the strict transform vanishes where y^2 = r and x^2 = q r,
     * where the Jacobian of (x^2 - q y^2, y^2 - r), [[2x, -2q y], [0, 2y]], has determinant
     * 4 x y != 0: K = z^4 |v|^2 there with the Jacobian z^2, lambda = min(3/4, 1) = 3/4 without a
     * tie; in the charts x = 1 and y = 1 there are no zeros (they would need z = 0, then y = x = 0).
     * So lambda = 3/4, m = 1, whether the zeros on the divisor are rational or not.
     */
    @Test
    void homogeneousQuarticsWithIrrationalLinesOfZeros() {
        qt().withFixedSeed(20261203L).withExamples(8)
                .forAll(integers().between(1, 12), integers().between(1, 4), integers().between(1, 12), integers().between(1, 4))
                .checkAssert((qn, qd, rn, rd) -> {
                    Rational q = Rational.of(qn, qd);
                    Rational r = Rational.of(rn, rd);
                    String k = "(x^2 - (" + q + ")*y^2)^2 + (y^2 - (" + r + ")*z^2)^2";
                    RlctResult res = RlctEngine.standard().analyse(atOrigin(k, "x", "y", "z"));
                    assertTrue(res.isExact(), () -> k + ": " + res + "\n" + res.certificate().text());
                    assertEquals(Rational.of(3, 4), res.lambda().orElseThrow(), k);
                    assertEquals(1, res.m().orElseThrow(), k);
                });
    }

    /**
     * K = (x^2 - q)^(2a) + (y - s x)^(2b) over [-3, 3]^2, q a non-square integer in 2..7, s a
     * rational in [-1, 1], a < b. The zeros are the two irrational points x = +-sqrt q, y = s x
     * (inside the box: sqrt 7 < 3). There u = x^2 - q and v = y - s x are analytic coordinates (the
     * Jacobian [[2x, 0], [-s, 1]] is invertible), so K = u^(2a) + v^(2b): lambda = 1/(2a) + 1/(2b),
     * m = 1 at both, which is the global answer. Not a sum over disjoint parameters, and not regular
     * (the Hessian has rank 1 when a = 1, 0 otherwise).
     */
    @Test
    void irrationalZerosOfKnownNormalForms() {
        int[] nonSquares = {2, 3, 5, 6, 7};
        int[][] exponents = {{1, 2}, {1, 3}, {2, 3}};
        qt().withFixedSeed(20261203L).withExamples(8)
                .forAll(integers().between(0, nonSquares.length - 1), integers().between(-4, 4), integers().between(0, exponents.length - 1))
                .checkAssert((qi, si, ei) -> {
                    int q = nonSquares[qi];
                    Rational s = Rational.of(si, 4);
                    int a = exponents[ei][0];
                    int b = exponents[ei][1];
                    String k = "(x^2 - " + q + ")^" + (2 * a) + " + (y - (" + s + ")*x)^" + (2 * b);
                    RlctResult r = RlctEngine.standard().analyse(global(k, "-3", "3", "x", "y"));
                    assertTrue(r.isExact(), () -> k + ": " + r + "\n" + r.certificate().text());
                    assertEquals(Rational.of(1, 2 * a).add(Rational.of(1, 2 * b)), r.lambda().orElseThrow(), k);
                    assertEquals(1, r.m().orElseThrow(), k);
                });
    }
}

package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.Derivation;
import org.sltjava.core.Pole;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.ResolveEngine;

/**
 * One question per rule that the rule, and no rule before it in the standard strategy, settles;
 * the expected (lambda, m) is derived in each comment from the rule's theorem.
 */
class RuleExamplesTest {

    private static Derivation settle(Problem p, String lambda, int m) {
        RlctResult r = new ResolveEngine().analyse(p, Budget.of(Duration.ofSeconds(10), 6, 2000));
        assertTrue(r.isExact(), () -> r + "\n" + r.certificate().text());
        assertEquals(Pole.of(Rational.parse(lambda), m), Pole.of(r), () -> r.certificate().text());
        return r.certificate().derivation().orElseThrow();
    }

    /**
     * K = (x + y^2)^2 + y^6 at 0: Newton is degenerate (the edge polynomial (x + y^2)^2 vanishes
     * on x = -y^2), but x' = x + y^2 is an analytic change of coordinates with Jacobian 1, after
     * which K = x'^2 + y^6, a sum over the blocks {x'} (1/2) and {y} (1/6): lambda = 2/3, m = 1.
     */
    @Test
    void generatorReduction() {
        Derivation d = settle(Problem.builder().sumOfSquares("x + y^2", "y^3").at("x", "0").at("y", "0").build(), "2/3", 1);
        assertEquals("generator-reduction", d.rule(), d::text);
        assertTrue(d.uses("disjoint-blocks"), d::text);
    }

    /**
     * K = (y^2 - x^3)^2 + (z^2 - x^3)^2 + x^7 at 0 in three variables (the plane resolution does
     * not apply), the weighted blow-up along a = (2, 3, 3): both squares have a-order D = 12, x^7
     * has 14, the weight 0, so the divisor carries the generic value |a|/D = 8/12 = 2/3 with m = 1.
     * At its zeros (x' = 1, y' = +-1, z' = +-1 in the chart x = u^2, y = u^3 y', z = u^3 z') the
     * factors y'^2 - 1 and z'^2 - 1 are coordinates Y, Z, so K = u^12 (Y^2 + Z^2 + u^2) times a
     * unit with the Jacobian u^7: Newton with nu = (8, 1, 1) meets conv{(14,0,0), (12,2,0),
     * (12,0,2)} at t = 7/5 (14 - 2t = 8t), value 5/7 > 2/3. The other charts have the same zeros.
     * The minimum is 2/3, m = 1.
     */
    @Test
    void weightedBlowUp() {
        Derivation d = settle(Problem.builder().loss("(y^2 - x^3)^2 + (z^2 - x^3)^2 + x^7").at("x", "0").at("y", "0")
                .at("z", "0").build(), "2/3", 1);
        assertTrue(d.uses("weighted-blow-up"), d::text);
    }

    /**
     * K = (y^2 - 2 x^3)^2 + x^8 at 0, the irrational zero on an exceptional divisor: the
     * ray (2, 3) of the Newton polygon has l = 12 and value 5/12 (nu = (1, 1)); its face
     * (w^2 - 2)^2 has the double roots w = +-sqrt 2, where the chart x = t^2, y = t^3 (c + w) with
     * c = sqrt 2 (coefficients in Q(sqrt 2)) gives K = t^12 (8 w^2 + t^4 + ...) with the weight t^4
     * (the Jacobian 2 t^4): the ray (1, 0) has l = 12, value 5/12 again; the edge (0, 2)-(4, 0)
     * with normal (2, 1) has l = 24 + 2 = 26, value (10 + 1)/26 = 11/26 > 5/12, and its face
     * 8 z^2 + 1 has no real root; the root -sqrt 2 lies in the quadrant y < 0 the same way. Only
     * one ray attains 5/12 on each branch: lambda = 5/12, m = 1.
     */
    @Test
    void planeResolution() {
        Derivation d = settle(Problem.builder().loss("(y^2 - 2*x^3)^2 + x^8").at("x", "0").at("y", "0").build(), "5/12", 1);
        assertEquals("plane-resolution", d.rule(), d::text);
    }

    /**
     * K = (x^2 + y^2 - 1)^2 over [-2, 2]^2: its zero set is the unit circle, smooth (the gradient
     * (2x, 2y) does not vanish on it), of codimension r = 1, so K is comparable with the square of
     * a coordinate transverse to it: lambda = r/2 = 1/2, m = 1 everywhere on it (Morse-Bott).
     */
    @Test
    void smoothByRank() {
        Derivation d = settle(Problem.builder().loss("(x^2 + y^2 - 1)^2").box("-2", "2").build(), "1/2", 1);
        assertEquals("smooth-by-rank", d.rule(), d::text);
    }

    /**
     * K = (x^2 + y^2)((3x - 1)^4 + (2y + 1)^2) over [-1, 1]^2, typed expanded: its two factors over
     * Q are non-negative (the first a sum of squares, so the second by K >= 0) and their zero sets,
     * the origin and (1/3, -1/2), do not meet. At the origin the second factor is 2 and K ~ x^2 + y^2
     * (lambda = 1, m = 1); at (1/3, -1/2) the first factor is 13/36 and K ~ u^4 + v^2 with
     * u = 3x - 1, v = 2y + 1, a disjoint sum (lambda = 1/4 + 1/2 = 3/4, m = 1). The minimum of the
     * factors' answers: lambda = 3/4, m = 1.
     */
    @Test
    void disjointZeroSets() {
        Problem p = Problem.builder().parameters("x", "y").loss(PolynomialParser.parse("(x^2 + y^2)*((3*x - 1)^4 + (2*y + 1)^2)"))
                .box("-1", "1").build();
        Derivation d = settle(p, "3/4", 1);
        assertEquals("disjoint-zero-sets", d.rule(), d::text);
    }

    /**
     * K = (x^2 - 2)^2 + (y - x)^2 over [-2, 2]^2, typed expanded: irreducible over Q, not a single
     * square, not quasi-homogeneous. Its zeros x = y = +-sqrt 2 lie inside the box, and the
     * Jacobian of (x^2 - 2, y - x), [[2x, 0], [-1, 1]], has determinant 2x != 0 there: two regular
     * points, lambda = 2/2 = 1, m = 1.
     */
    @Test
    void zeroSetStrata() {
        Problem p = Problem.builder().parameters("x", "y").loss(PolynomialParser.parse("(x^2 - 2)^2 + (y - x)^2"))
                .box("-2", "2").build();
        Derivation d = settle(p, "1", 1);
        assertEquals("zero-set-strata", d.rule(), d::text);
    }

    /**
     * K = (x + x^2 + y^2)^2 + (z + y^3 + z^2)^2 at 0: no square is linear in a variable with a
     * constant coefficient (no generator reduction), K's lowest-degree part x^2 + z^2 has no linear
     * factor over Q, and Newton is degenerate (the face of x^2, x y^2, y^4 carries (x + y^2)^2).
     * The Jacobian of the squares has the rows (1 + 2x, 2y, 0) and (0, 3y^2, 1 + 2z), of rank 2 at
     * 0 and at most 2 anywhere (two rows): by the constant rank theorem K is comparable with |u|^2
     * in two coordinates, lambda = 2/2 = 1, m = 1 (Morse-Bott).
     */
    @Test
    void constantRank() {
        Derivation d = settle(Problem.builder().sumOfSquares("x + x^2 + y^2", "z + y^3 + z^2").at("x", "0").at("y", "0")
                .at("z", "0").build(), "1", 1);
        assertEquals("constant-rank", d.rule(), d::text);
    }

    /**
     * K = (x^2 - 4y^2)^2 + (x^2 - 9z^2)^2 at 0, homogeneous of degree 4 in three variables: the
     * point blow-up's divisor carries (d + e)/D = 3/4. In the chart x = 1 the strict transform
     * (1 - 4y^2)^2 + (1 - 9z^2)^2 over [-1, 1]^2 is a sum over the blocks {y} and {z}, each with the
     * simple roots +-1/2 (+-1/3) inside: 1/2 + 1/2 = 1, m = 1, so the chart gives min(3/4, 1) = 3/4,
     * m = 1; in the charts y = 1 and z = 1, x^2 = 4 (x^2 = 9) has no solution with |x| <= 1, so
     * they give 3/4, m = 1. The minimum: lambda = 3/4, m = 1.
     */
    @Test
    void pointBlowUp() {
        Derivation d = settle(Problem.builder().sumOfSquares("x^2 - 4*y^2", "x^2 - 9*z^2").at("x", "0").at("y", "0")
                .at("z", "0").build(), "3/4", 1);
        assertEquals("point-blow-up", d.rule(), d::text);
    }
}

package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sltjava.core.Budget;
import org.sltjava.core.MonomialEngine;
import org.sltjava.core.Pole;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.NewtonEngine;

/**
 * The laws of {@link Pole}: the algebra of the largest pole of zeta functions with positive
 * integrands (Watanabe 2009, ch. 2, 6 and Remark 7.2). The algebraic laws (commutativity,
 * associativity, distributivity of sums and products over the minimum, of roots over both) hold
 * for any rules of this kind, and the values are checked against independent theorems: the
 * monomial rule (Watanabe 2009, Thm 6.1) for products and powers of coordinate monomials, and
 * the Newton polyhedron (Varchenko 1976) for sums of two coordinate powers.
 */
class PoleLawsProperties {

    private static final Gen<Pole> POLES = integers().between(1, 24).zip(integers().between(1, 12), integers().between(1, 4),
            (n, d, m) -> Pole.of(Rational.of(n, d), m));

    @Test
    void minimumIsTheSmallerLambdaWithTheLargerMultiplicityOnTies() {
        qt().forAll(POLES, POLES).checkAssert((a, b) -> {
            Pole min = a.min(b);
            assertEquals(a.lambda().min(b.lambda()), min.lambda());
            int expected = a.lambda().equals(b.lambda()) ? Math.max(a.m(), b.m())
                    : a.lambda().compareTo(b.lambda()) < 0 ? a.m() : b.m();
            assertEquals(expected, min.m());
            assertEquals(min, b.min(a));
            assertEquals(a, a.min(a));
        });
    }

    @Test
    void sumsAddLambdasAndMultiplicitiesLessOne() {
        qt().forAll(POLES, POLES, POLES).checkAssert((a, b, c) -> {
            Pole sum = a.sum(b);
            assertEquals(a.lambda().add(b.lambda()), sum.lambda());
            assertEquals(a.m() + b.m() - 1, sum.m());
            assertEquals(sum, b.sum(a));
            assertEquals(a.sum(b).sum(c), a.sum(b.sum(c)));
            assertEquals(a.min(b).sum(c), a.sum(c).min(b.sum(c)));
        });
    }

    @Test
    void productsTakeTheMinimumAndAddMultiplicitiesOnTies() {
        qt().forAll(POLES, POLES, POLES).checkAssert((a, b, c) -> {
            Pole product = a.product(b);
            assertEquals(a.lambda().min(b.lambda()), product.lambda());
            int expected = a.lambda().equals(b.lambda()) ? a.m() + b.m()
                    : a.lambda().compareTo(b.lambda()) < 0 ? a.m() : b.m();
            assertEquals(expected, product.m());
            assertEquals(product, b.product(a));
            assertEquals(a.product(b).product(c), a.product(b.product(c)));
            assertEquals(a.min(b).product(c), a.product(c).min(b.product(c)));
        });
    }

    @Test
    void rootsDivideLambdaKeepMultiplicityAndDistribute() {
        qt().forAll(POLES, POLES, integers().between(1, 5)).checkAssert((a, b, j) -> {
            assertEquals(Pole.of(a.lambda().divide(Rational.of(j)), a.m()), a.root(j));
            assertEquals(a.min(b).root(j), a.root(j).min(b.root(j)));
            assertEquals(a.product(b).root(j), a.root(j).product(b.root(j)));
        });
    }

    /**
     * K = x^(2a) y^(2b) with weight x^h y^k is the product of the one-parameter questions
     * x^(2a) (weight x^h: lambda (h + 1)/(2a), m 1) and y^(2b); the monomial rule answers the
     * whole directly, and the product law must agree with it.
     */
    @Test
    void productAgreesWithTheMonomialRule() {
        qt().withExamples(40).forAll(integers().between(1, 4), integers().between(1, 4), integers().between(0, 3),
                integers().between(0, 3)).checkAssert((a, b, h, k) -> {
                    Problem p = Problem.builder().parameters("x", "y").loss("x^" + 2 * a + "*y^" + 2 * b)
                            .weight("x^" + h + "*y^" + k).at("x", "0").at("y", "0").build();
                    RlctResult r = new MonomialEngine().analyse(p);
                    Pole expected = Pole.of(Rational.of(h + 1, 2 * a), 1).product(Pole.of(Rational.of(k + 1, 2 * b), 1));
                    assertEquals(expected, Pole.of(r));
                });
    }

    /**
     * K = x^(2a) + y^(2b): the Newton polyhedron's principal face for nu = (1, 1) is the edge
     * between the two vertices, so lambda = 1/(2a) + 1/(2b) and m = 1 (Varchenko 1976); the sum
     * law over the blocks {x} and {y} must give the same.
     */
    @Test
    void sumAgreesWithTheNewtonPolyhedron() {
        qt().withExamples(30).forAll(integers().between(1, 4), integers().between(1, 4)).checkAssert((a, b) -> {
            Problem p = Problem.builder().parameters("x", "y").loss("x^" + 2 * a + " + y^" + 2 * b)
                    .at("x", "0").at("y", "0").build();
            RlctResult r = new NewtonEngine().analyse(p, Budget.of(Duration.ofSeconds(5), 6, 2000));
            assertEquals(Pole.of(Rational.of(1, 2 * a), 1).sum(Pole.of(Rational.of(1, 2 * b), 1)), Pole.of(r));
        });
    }

    /** K = (x^(2a))^j: the monomial rule gives 1/(2aj), m = 1, the root law lambda(x^(2a))/j. */
    @Test
    void rootAgreesWithTheMonomialRule() {
        qt().withExamples(20).forAll(integers().between(1, 3), integers().between(1, 4)).checkAssert((a, j) -> {
            Problem p = Problem.builder().parameters("x").loss("x^" + 2 * a * j).at("x", "0").build();
            assertEquals(Pole.of(Rational.of(1, 2 * a), 1).root(j), Pole.of(new MonomialEngine().analyse(p)));
        });
    }

    @Test
    void aPoleNeedsPositiveLambdaAndMultiplicity() {
        assertThrows(IllegalArgumentException.class, () -> Pole.of(Rational.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> Pole.of(Rational.ONE, 0));
        assertThrows(IllegalArgumentException.class, () -> Pole.of(Rational.ONE, 1).root(0));
    }
}

package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.Pole;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.rules.NewtonPolyhedronRule;
import org.sltjava.resolution.rules.ZeroSetStrata;

/**
 * The decomposition of the zero set claims an exact answer only when every stratum in the box is
 * accounted for: a stratum on which the weight vanishes, or a time budget that stops the
 * decomposition, leaves the answer a bound (or unresolved), never a wrong exact value.
 */
class ZeroSetExactnessTest {

    private static RlctResult strataOnly(Problem p, Duration time) {
        return ResolveEngine.withRules(List.of(NewtonPolyhedronRule.always()), List.of(new ZeroSetStrata()))
                .analyse(p, Budget.of(time, 6, 2000));
    }

    /**
     * K = (x^2 + y^2 - 1)^2 with the weight (x^2 + y^2 - 1)^2 over [-2, 2]^2: near the circle, in a
     * coordinate u = x^2 + y^2 - 1 transverse to it, the zeta function is int |u|^(2z) u^2 du, with
     * its pole at 2z + 3 = 0: lambda = 3/2, m = 1, and not the weightless 1/2 of the circle as a
     * Morse-Bott stratum. The weight vanishes on the whole component, so the decomposition must
     * not count it at 1/2: the answer is 3/2 exactly or no exact answer at all.
     */
    @Test
    void aStratumWhereTheWeightVanishesIsNotCountedAsMorseBott() {
        Problem p = Problem.builder().sumOfSquares("x^2 + y^2 - 1").weight("(x^2 + y^2 - 1)^2").box("-2", "2").build();
        RlctResult r = strataOnly(p, Duration.ofSeconds(10));
        if (r.isExact()) {
            assertEquals(Pole.of(Rational.of(3, 2), 1), Pole.of(r), () -> r.certificate().text());
        } else {
            r.lambdaUpper().ifPresent(u -> assertTrue(u.compareTo(Rational.of(3, 2)) >= 0, r::toString));
        }
        RlctResult standard = new ResolveEngine().analyse(p, Budget.of(Duration.ofSeconds(10), 6, 2000));
        assertFalse(standard.isExact() && !Pole.of(standard).equals(Pole.of(Rational.of(3, 2), 1)), standard::toString);
    }

    /**
     * The question of {@code RuleExamplesTest.zeroSetStrata} (lambda = 3/4, m = 1 there) under a
     * budget of one millisecond: whatever the decomposition reaches, it is not an exact answer
     * other than (3/4, 1).
     */
    @Test
    void aDecompositionStoppedByTheBudgetIsNotExact() {
        Problem p = Problem.builder().parameters("x", "y")
                .loss(org.sltjava.core.PolynomialParser.parse("(x^2 + y^2)*((3*x - 1)^4 + (2*y + 1)^2)")).box("-1", "1").build();
        RlctResult r = strataOnly(p, Duration.ofMillis(1));
        assertFalse(r.isExact() && !Pole.of(r).equals(Pole.of(Rational.of(3, 4), 1)), r::toString);
    }
}

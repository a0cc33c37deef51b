package org.sltjava.tests.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;

/**
 * Invariance under analytic changes of coordinates in two variables: a normal form with a known
 * local (lambda, m) (see {@link PlaneNormalForms} for the closed forms), pulled back by a random
 * polynomial change fixing 0 with invertible linear part and constant Jacobian, keeps its
 * (lambda, m) (Watanabe 2009, ch. 2). The standard engine must answer every such question exactly
 * and rightly within 10 s.
 */
class PlaneNormalFormProperties {

    private static final RlctEngine STANDARD = RlctEngine.standard();

    private static void answersExactly(long seed) {
        PlaneNormalForms.Case c = PlaneNormalForms.of(seed);
        RlctResult r = STANDARD.analyse(c.problem(), Budget.of(Duration.ofSeconds(10), 6, 2000));
        String what = "seed " + seed + ": " + c + "\n" + r + "\n" + r.certificate().text();
        assertTrue(r.isExact(), what);
        assertEquals(c.lambda(), r.lambda().orElseThrow(), what);
        assertEquals(c.m(), r.m().orElseThrow(), what);
    }

    @Test
    void generatedCasesAreExactAndRight() {
        qt().withFixedSeed(20261203L).withExamples(50).forAll(longs().between(0, 1_000_000_000L))
                .checkAssert(PlaneNormalFormProperties::answersExactly);
    }

    @Tag("slow")
    @Test
    void fiveHundredGeneratedCasesAreExactAndRight() {
        qt().withFixedSeed(20261204L).withExamples(500).forAll(longs().between(0, 1_000_000_000L))
                .checkAssert(PlaneNormalFormProperties::answersExactly);
    }
}

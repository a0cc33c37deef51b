package org.sltjava.tests.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sltjava.core.Budget;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;

/**
 * Invariance under analytic changes of coordinates in two variables: a normal form with a known
 * local (lambda, m) (see {@link PlaneNormalForms} for the closed forms), pulled back by a random
 * polynomial change fixing 0 with invertible linear part and constant Jacobian, keeps its
 * (lambda, m) (Watanabe 2009, ch. 2). Every answer of the standard engine within 10 s must be
 * right: an exact one equal to the known (lambda, m), an upper bound not below the known lambda.
 * Under triangular changes that keep one variable (with the cusp plus the lower higher term,
 * x^(2q + 2)) every case must be exact; each takes at most about a second. Under the general
 * changes (both triangular maps and a linear map) the issue asks for every case to be exact too;
 * the share reached is pinned so that it cannot fall (the 50 cases of seed 20261203: 48 of 49
 * distinct cases exact before the Newton and chart speed-ups of 2026-12-03, all passing since, in
 * 14 s; {@code PlaneNormalForms.of(seed, true)} for seeds 0 to 499: 483 of 500 exact, none wrong,
 * in about 9 minutes, the misses a run past the 10 s on a pulled-back K of degree 32 to 126 or a
 * multiple root that would need a second number field; with the second field (a primitive
 * element, {@code PlaneFieldExtension}) 485 of 500 exact, none wrong, in about 8 minutes on a
 * shared machine, every miss a run past the 10 s or past a size limit on a K of degree 32 to
 * 126; with a K too large to factor taken whole when proven squarefree and the charts over a
 * number field expanded in integers, 491 of 500 exact, none wrong, in 3.6 minutes of engine time
 * on a shared machine, the nine misses runs past the 10 s on a K of degree 48 to 126; with K no
 * longer factored by JAS before the plane resolution (modular proofs that it is squarefree, or
 * no power above 2, or coupled in both variables, and the plane resolution tried before the rules
 * that factor K), 498 of 500 exact, none wrong, in 73 s of engine time, the two misses (seeds 83
 * and 233, K of degree 126 and 84) runs past the 10 s in chart expansions (the plane resolution
 * alone takes 15 and 28 s, 10 and 18 s once a chart is reused for the mirrored quadrant; seed 83 is
 * then exact in 8.8 s on a quiet machine, a miss under load); with the charts expanded by Horner's
 * rule per power of x in a scaled chart ({@code PlaneChartExpansion}), 500 of 500 exact, none
 * wrong, in 46 s of engine time (seed 83 in 5 s, 233 in 8 to 9 s, the slowest, near the budget
 * under load). Those runs take seconds per case, so they are tagged slow.
 */
class PlaneNormalFormProperties {

    private static final RlctEngine STANDARD = RlctEngine.standard();

    /**
     * The share of exact answers pinned under the general changes (the target is 100):
     * below the 98% measured, with room for a loaded machine on which a case near the budget
     * times out.
     */
    private static final int PERCENT_EXACT = 90;

    /** The share of exact answers pinned over seeds 0 to 499 of the general changes (500 of 500 measured, 498 before the Horner charts). */
    private static final int PERCENT_EXACT_OF_ALL = 97;

    private static boolean answersRightly(long seed, boolean general) {
        PlaneNormalForms.Case c = PlaneNormalForms.of(seed, general);
        RlctResult r = STANDARD.analyse(c.problem(), Budget.of(Duration.ofSeconds(10), 6, 2000));
        String what = "seed " + seed + ": " + c + "\n" + r + "\n" + r.certificate().text();
        assertNotEquals(Status.ERROR, r.status(), what);
        if (r.isExact()) {
            assertEquals(c.lambda(), r.lambda().orElseThrow(), what);
            assertEquals(c.m(), r.m().orElseThrow(), what);
            return true;
        }
        r.lambdaUpper().ifPresent(u -> assertTrue(u.compareTo(c.lambda()) >= 0, what));
        return false;
    }

    private static void check(long fixedSeed, int examples, boolean general, int percentExact) {
        AtomicInteger exact = new AtomicInteger();
        AtomicInteger all = new AtomicInteger();
        qt().withFixedSeed(fixedSeed).withExamples(examples).forAll(longs().between(0, 1_000_000_000L)).checkAssert(seed -> {
            all.incrementAndGet();
            if (answersRightly(seed, general)) {
                exact.incrementAndGet();
            }
        });
        assertTrue(100 * exact.get() >= percentExact * all.get(), exact + " of " + all + " exact, below " + percentExact + "%");
    }

    /**
     * The quick loop's share of the mild changes: 20 cases of the seed the slow run below draws 50
     * from. Each case is a separate chance to fail, a wrong or inexact answer under a random
     * change, and 20 draws meet each of
     * the four families of {@link PlaneNormalForms} (drawn with probability 1/4 each) except with
     * probability at most 4 (3/4)^20 = 0.013.
     */
    @Test
    void mildChangesAreAlwaysExactAndRight() {
        check(20261203L, 20, false, 100);
    }

    /** The 50 mild cases (about 7 s on two quiet cores, 16 s under load). */
    @Tag("slow")
    @Test
    void fiftyMildChangesAreAlwaysExactAndRight() {
        check(20261203L, 50, false, 100);
    }

    /**
     * Two general changes that used to miss the 10 s budget (issue 13), exact since the plane
     * resolution takes a K proven squarefree whole, and f for K = c f^2, instead of waiting for JAS
     * to factor K (seconds to minutes at these degrees). Seed 56: {@code (y^2 - x^5)^2 + x^12}, K
     * of degree 72 and 898 terms (16 s in JAS, 0.4 s for the resolution); known (p = 2, q = 5, see
     * {@link PlaneNormalForms}): lambda = (p + q)/(2pq) = 7/20, m = 1. Seed 133: the single square
     * {@code (y^4 - x^3)^2}, K = c f^2 of degree 72 (14 s in JAS); known: rho = 1/3 + 1/4 = 7/12 < 1,
     * lambda = rho/2 = 7/24, m = 1. The claims hold by invariance under the analytic change.
     */
    @Test
    void formerMissesOfTheGeneralChangesAreExact() {
        assertEquals(Rational.of(7, 20), PlaneNormalForms.of(56, true).lambda());
        assertEquals(Rational.of(7, 24), PlaneNormalForms.of(133, true).lambda());
        for (long seed : new long[] {56, 133}) {
            assertEquals(1, PlaneNormalForms.of(seed, true).m());
            assertTrue(answersRightly(seed, true), "seed " + seed + " is not exact");
        }
    }

    /**
     * The figure, seeds 0 to 499 of the general changes in order, run only when asked
     * ({@code -Dslt.plane.allGeneralChanges=true}; about 50 s of engine time on two quiet cores):
     * every answer right, and at least {@value #PERCENT_EXACT_OF_ALL}% exact (500 of 500 measured,
     * with room for a loaded machine); the count is printed.
     */
    @Tag("slow")
    @Test
    @EnabledIfSystemProperty(named = "slt.plane.allGeneralChanges", matches = "true")
    void theFiveHundredGeneralChangesAreRightAndAlmostAllExact() {
        int exact = 0;
        for (long seed = 0; seed < 500; seed++) {
            if (answersRightly(seed, true)) {
                exact++;
            }
        }
        System.out.println("general changes, seeds 0 to 499: " + exact + " of 500 exact, none wrong");
        assertTrue(exact >= 5 * PERCENT_EXACT_OF_ALL, exact + " of 500 exact, below " + PERCENT_EXACT_OF_ALL + "%");
    }

    @Tag("slow")
    @Test
    void generalChangesAreRightAndMostlyExact() {
        check(20261203L, 50, true, PERCENT_EXACT);
    }
}

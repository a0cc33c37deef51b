package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Box;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.phases.PhaseTransitions;
import org.sltjava.core.phases.PhaseTransitions.Diagram;
import org.sltjava.numeric.RestrictedFreeEnergy;
import org.sltjava.numeric.RestrictedFreeEnergy.Curve;

/**
 * The numeric module confirms the phase transition of the two-minimum example worked by hand in
 * PhaseTransitionsTest (phase A at (0, 0): level 0, lambda 1; phase B at (5/6, 0): level 1/10368,
 * lambda 3/4; leading-order crossing n* = 26388): the estimated restricted free energies prefer B
 * at n = 10^3 and A at n = 10^5, each beyond 4 standard errors, they cross exactly once on the
 * grid, and their growth between 10^5 and 10^6 follows lambda log n (plus n K_B for B).
 */
@Tag("slow")
class PhaseCrossingNumericTest {

    private static final String K = "1/1000*x^2*((x - 1)^2 + 1/9) + (x - 5/6)^2*y^2 + y^4";

    @Test
    void estimatedFreeEnergiesCrossOnceNearTheLeadingOrderPrediction() {
        Problem p = Problem.builder().parameters("x", "y").loss(K).box("x", "-1", "2").build();
        Diagram d = PhaseTransitions.analyse(p, List.of(Map.of("x", Rational.ZERO, "y", Rational.ZERO),
                Map.of("x", Rational.of(5, 6), "y", Rational.ZERO)), RlctEngine.standard(), Budget.defaults());
        double[] n = new double[31];
        for (int i = 0; i < n.length; i++) {
            n[i] = Math.pow(10, 3 + 0.1 * i);
        }
        Curve a = RestrictedFreeEnergy.of(p.k(), d.phases().get(0).level(), Box.of(d.phases().get(0).localBox()), p.box(), n, 1, 800);
        Curve b = RestrictedFreeEnergy.of(p.k(), d.phases().get(1).level(), Box.of(d.phases().get(1).localBox()), p.box(), n, 2, 800);
        double[] diff = new double[n.length];
        double[] se = new double[n.length];
        int changes = 0;
        for (int i = 0; i < n.length; i++) {
            diff[i] = a.freeEnergy()[i] - b.freeEnergy()[i];
            se[i] = Math.hypot(a.stderr()[i], b.stderr()[i]);
            if (i > 0 && Math.signum(diff[i]) != Math.signum(diff[i - 1])) {
                changes++;
            }
        }
        assertTrue(diff[0] > 4 * se[0], "B must be preferred at n = 1e3: F_A - F_B = " + diff[0] + " +- " + se[0]);
        assertTrue(diff[20] < -4 * se[20], "A must be preferred at n = 1e5: F_A - F_B = " + diff[20] + " +- " + se[20]);
        assertEquals(1, changes, "one switch of the preferred phase between 1e3 and 1e6");
        // F_A ~ 1 * log n and F_B ~ n/10368 + (3/4) log n: slopes in log n between 1e5 and 1e6, within 0.15
        // (the replicates' standard error of each end is about 0.05, so the slope's is about 0.03).
        double ln10 = Math.log(10);
        assertEquals(1.0, (a.freeEnergy()[30] - a.freeEnergy()[20]) / ln10, 0.15);
        double kb = 1.0 / 10368;
        assertEquals(0.75, (b.freeEnergy()[30] - 1e6 * kb - b.freeEnergy()[20] + 1e5 * kb) / ln10, 0.15);
        assertEquals(26388, d.switches().getFirst().n(), 1.0);
    }
}

package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sltjava.core.Problem;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * The estimator's work plan: the live points per run follow the budget (1000 per second and slice
 * step, a slice step being 2d + 6 per replacement) for a K of a few terms, and a K so large that
 * even the fewest live points would take many budgets is refused at once with the budget that
 * would do, instead of running for minutes past its budget.
 */
class EstimatorWorkPlanTest {

    /**
     * x^2 y^2: d = 2, so 10 slice steps; a 1 s budget gives 1000 / 10 = 100 live points. The 95%
     * interval is the replicates' mean plus or minus Student's t quantile (0.975, replicates - 1
     * degrees of freedom) standard errors, the quantile as Commons Statistics computes it.
     */
    @Test
    void aSmallLossKeepsTheBudgetsRule() {
        Estimate e = Estimator.estimate(Problem.of("x^2*y^2"), EstimatorOptions.defaults().withSeed(3).withBudgetSeconds(1));
        assertEquals(100, e.livePoints());
        double t = TDistribution.of(e.replicates() - 1).inverseCumulativeProbability(0.975);
        assertEquals(t, (e.upper95() - e.lambdaHat()) / e.stderr(), 1e-9);
        assertEquals(t, (e.lambdaHat() - e.lower95()) / e.stderr(), 1e-9);
    }

    /**
     * (x1 + ... + x7 + 1)^10 has C(17, 7) = 19448 terms and d = 7, so 20 slice steps. The fewest
     * live points (64) plan 10 runs x 50 depth x 64 x 20 steps x 12 evaluations of 19448 terms,
     * 1.49e11 term evaluations, about 299 s at 5e8 per second: over ten budgets of 1 s and over a
     * minute, so the estimate is refused and asks for at least 30 s. The refusal comes before any
     * sampling (the old plan ran for minutes).
     */
    @Test
    @Timeout(30)
    void aHugeLossIsRefusedAtOnceWithTheBudgetThatWouldDo() {
        Problem p = Problem.of("(x1 + x2 + x3 + x4 + x5 + x6 + x7 + 1)^10");
        long start = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Estimator.estimate(p, EstimatorOptions.defaults().withBudgetSeconds(1)));
        assertTrue(e.getMessage().contains("19448 terms"), e.getMessage());
        assertTrue(e.getMessage().contains("at least 30 s"), e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20, "the refusal took too long");
    }
}

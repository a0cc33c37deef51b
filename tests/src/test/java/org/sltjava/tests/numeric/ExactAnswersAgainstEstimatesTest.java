package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.generate.KnownProblem;
import org.sltjava.core.generate.KnownProblemGenerator;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * Never a wrong exact answer: every exact answer of the registered engines on a corpus of 120
 * generated problems of up to 4 variables is compared with the independent numeric estimate, and
 * a difference beyond 4 of the estimate's standard errors fails the build. The corpus and the
 * estimates are fixed by their seeds. Problems whose loss double precision cannot resolve below its
 * median (the estimator refuses them) are skipped and counted; at most one in twenty may be.
 * The corpus was 200 (253 s of a 795 s suite on the shared machine); the 120 are the first of the
 * same generator seed. It can still fail: a wrong rule fires on every problem of its shape, and
 * the generator draws its few shapes (weighted monomials, disjoint sums, products, powers, under
 * rational changes of coordinates) many times each in 120, and a lambda off by 1/4 or more is
 * caught on every problem whose estimate has a standard error below 1/16.
 */
@Tag("slow")
class ExactAnswersAgainstEstimatesTest {

    private static final int CORPUS = 120;

    @Test
    void exactAnswersAgreeWithTheNumericEstimate() {
        KnownProblemGenerator g = KnownProblemGenerator.of(2026, new KnownProblemGenerator.Size(4, 3, 2, true));
        RlctEngine standard = RlctEngine.standard();
        List<String> disagreements = new ArrayList<>();
        List<String> unestimable = new ArrayList<>();
        int compared = 0;
        int seen = 0;
        while (compared < CORPUS && seen < 3 * CORPUS) {
            KnownProblem kp = g.next();
            seen++;
            RlctResult r = standard.analyse(kp.problem(), Budget.of(Duration.ofSeconds(2), 6, 2000));
            if (!r.isExact()) {
                continue;
            }
            Estimate e;
            try {
                e = Estimator.estimate(kp.problem(), EstimatorOptions.defaults().withSeed(seen).withBudgetSeconds(1));
            } catch (IllegalStateException tooFlat) {
                // Double precision could not resolve K below its median on this problem: no estimate, no comparison.
                unestimable.add(kp.problem() + ": " + tooFlat.getMessage());
                continue;
            }
            compared++;
            double z = e.zScore(r.lambda().orElseThrow());
            if (Math.abs(z) > 4) {
                disagreements.add(kp.problem() + ": exact " + r.lambda().orElseThrow() + " (" + r.method() + "), estimate " + e);
            }
        }
        assertEquals(CORPUS, compared, "too few exact answers in " + seen + " generated problems; not estimable: " + unestimable);
        assertTrue(unestimable.size() <= CORPUS / 20, "too many problems the estimator could not fit: " + unestimable);
        assertTrue(disagreements.isEmpty(), String.join("\n", disagreements));
    }
}

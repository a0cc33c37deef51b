package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.core.catalog.ReducedRankRegression;

/**
 * The standard chain gives every engine a fair share of the budget, so that the Newton engine,
 * which can spend any amount of time in exact linear programs, does not starve the resolution
 * engine that comes after it.
 * Tagged slow (5 s: the default budget is the point): it runs in the whole suite, not the quick loop.
 */
@Tag("slow")
class FairShareTest {

    /**
     * Reduced-rank regression with M = N = 3, H = 2 and a true product of rank r = 1, asked
     * locally at the true parameter (b11 = a11 = 1, every other entry 0). Aoyagi and Watanabe
     * (2005), main case (N + r = 4 <= M + H = 5, M + r = 4 <= N + H = 5, H + r = 3 <= M + N = 6)
     * with M + H + N + r = 9 odd: lambda = (2(H + r)(M + N) - (M - N)^2 - (H + r)^2 + 1)/8
     * = (2*3*6 - 0 - 9 + 1)/8 = 28/8 = 7/2 and m = 2. Their derivation is local at a true
     * parameter whose factors B0, A0 have rank r, brought by the action (B, A) -> (B G^-1, G A)
     * (which keeps K) to the normal form used here, so the closed form is the local answer.
     * Before the fair shares, Newton used the whole default budget and the answer was unresolved.
     */
    @Test
    void reducedRankRegressionIsExactUnderTheStandardChainWithTheDefaultBudget() {
        Problem global = ReducedRankRegression.entry(3, 3, 2, 1).problem();
        Map<String, Rational> truth = new LinkedHashMap<>();
        for (String v : global.parameters()) {
            truth.put(v, v.equals("a11") || v.equals("b11") ? Rational.ONE : Rational.ZERO);
        }
        Problem local = global.at(truth);
        RlctResult r = RlctEngine.standard().analyse(local, Budget.defaults());
        assertTrue(r.isExact(), r.toString());
        assertEquals(Rational.of(7, 2), r.lambda().orElseThrow());
        assertEquals(2, r.m().orElseThrow());
    }

    @Test
    void aShareIsTheRemainingTimeDividedAndKeepsTheAnswers() {
        Budget budget = Budget.of(Duration.ofSeconds(60), 6, 2000);
        Budget third = budget.share(3);
        assertTrue(third.time().compareTo(Duration.ofSeconds(20)) <= 0, third.toString());
        assertTrue(third.time().compareTo(Duration.ofSeconds(19)) > 0, third.toString());
        assertTrue(third.endNanos() <= budget.endNanos());
        assertSame(budget.answers(), third.answers());
        Budget capped = budget.atMost(Duration.ofSeconds(1));
        assertEquals(Duration.ofSeconds(1), capped.time());
        assertSame(budget.answers(), capped.answers());
    }
}

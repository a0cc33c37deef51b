package org.sltjava.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Budget;
import org.sltjava.core.Pole;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.Deadline;
import org.sltjava.resolution.ResolveEngine;
import org.sltjava.resolution.SquareForm;
import org.sltjava.resolution.rules.ConstantRank;

/**
 * The constant-rank rule looks for K = c f^2 by an exact square root ({@link SquareForm}); for a
 * K of thousands of terms the root keeps to the budget, and is still found when there is time.
 */
class SquareRootBudgetTest {

    private static final List<String> VARS = List.of("x", "y", "z", "u", "v");

    /** f = (1 + x + y + z + u + v)^8 - 1 (1,286 terms); K = f^2 has 20,349 terms. */
    private static final Polynomial LARGE = square(PolynomialParser.parse("(1 + x + y + z + u + v)^8 - 1"));

    private static Polynomial square(Polynomial f) {
        return f.multiply(f);
    }

    private static Problem atOrigin(Polynomial k) {
        Problem.Builder b = Problem.builder().parameters(VARS).loss(k);
        VARS.forEach(v -> b.at(v, "0"));
        return b.build();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /**
     * The square root of the large K with a deadline 50 ms away stops within a grace of 500 ms
     * (it checks the deadline after every term of the root; the whole root takes seconds).
     */
    @Test
    void theSquareRootStopsAtItsDeadline() {
        Deadline deadline = Deadline.of(Budget.of(Duration.ofMillis(50), 6, 2000));
        long start = System.nanoTime();
        try {
            SquareForm.of(LARGE, VARS, deadline);
        } catch (RuntimeException stopped) {
            assertTrue(stopped.getMessage().contains("time budget"), stopped::toString);
        }
        long millis = millisSince(start);
        assertTrue(millis < 550, () -> millis + " ms for a deadline 50 ms away");
    }

    /** The constant-rank rule on the large K at 0 with a budget of 300 ms returns within a grace of 700 ms. */
    @Test
    void aLargeQuestionReturnsWithinItsBudget() {
        Problem p = atOrigin(LARGE);
        long start = System.nanoTime();
        RlctResult r = ResolveEngine.withRules(List.of(new ConstantRank()), List.of())
                .analyse(p, Budget.of(Duration.ofMillis(300), 6, 2000));
        long millis = millisSince(start);
        assertTrue(millis < 1000, () -> millis + " ms for a budget of 300 ms: " + r);
    }

    /**
     * With time, K = f^2 for f = (1 + x + y + z + u + v)^5 - 1 is found a square: f has the
     * non-zero gradient 5 (1, 1, 1, 1, 1) at 0 and a Jacobian of one row (rank at most 1), so by
     * the constant rank theorem K ~ y^2 in one coordinate: lambda = 1/2, m = 1.
     */
    @Test
    void theSquareRootIsFoundWithTime() {
        Problem p = atOrigin(square(PolynomialParser.parse("(1 + x + y + z + u + v)^5 - 1")));
        RlctResult r = ResolveEngine.withRules(List.of(new ConstantRank()), List.of())
                .analyse(p, Budget.of(Duration.ofSeconds(30), 6, 2000));
        assertTrue(r.isExact(), r::toString);
        assertEquals(Pole.of(Rational.HALF, 1), Pole.of(r));
    }
}

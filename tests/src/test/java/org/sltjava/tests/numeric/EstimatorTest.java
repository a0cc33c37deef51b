package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * The estimator on problems whose density of states is known in closed form, each with two seeds
 * and a small budget. Every estimate must lie within 0.03 of the exact lambda (the accuracy goal)
 * and its reported 95% interval must contain it; a reported m must be the exact one.
 */
@Tag("slow")
class EstimatorTest {

    private static final double BUDGET = 2;
    private static final long[] SEEDS = {11, 12};

    static Stream<Arguments> solvable() {
        return Stream.of(
                // V(eps) = P(|x| < eps^(1/2)) = eps^(1/2) on [-1, 1].
                Arguments.of(Problem.of("x^2"), Rational.HALF, 1),
                // V(eps) = eps^(1/4).
                Arguments.of(Problem.of("x^4"), Rational.of(1, 4), 1),
                // V(eps) = pi eps / 4 for eps <= 1 (a disc in the square [-1, 1]^2): regular, lambda = d/2.
                Arguments.of(Problem.of("x^2 + y^2"), Rational.ONE, 1),
                // With d = sqrt(eps): V = P(|xy| < d) = d (1 + log(1/d)), so lambda = 1/2, m = 2.
                Arguments.of(Problem.of("x^2*y^2"), Rational.HALF, 2),
                // Cusp: lambda = 5/12, m = 1 (Newton polyhedron of y^2 - x^3; Watanabe 2009, ch. 7; notes/slt-math.md).
                Arguments.of(Problem.of("(y^2 - x^3)^2"), Rational.of(5, 12), 1),
                // Prior density 3/2 x^2 on [-1, 1]: V = P(|x| < d) = d^3 = eps^(3/2).
                Arguments.of(Problem.builder().loss("x^2").weight("x^2").build(), Rational.of(3, 2), 1),
                // Disjoint sum of x^2 (1/2, 1) and (yz)^2 (1/2, 2): lambda = 1, m = 1 + 2 - 1 = 2, stated as squares.
                Arguments.of(Problem.builder().parameters("x", "y", "z").sumOfSquares("x", "y*z").build(), Rational.ONE, 2),
                // Regular in 4 parameters: lambda = 4/2.
                Arguments.of(Problem.of("w^2 + x^2 + y^2 + z^2"), Rational.of(2), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvable")
    void estimateIsCloseAndItsIntervalCoversTheExactValue(Problem problem, Rational lambda, int m) {
        for (long seed : SEEDS) {
            Estimate e = Estimator.estimate(problem, options(seed));
            assertTrue(Math.abs(e.lambdaHat() - lambda.doubleValue()) <= 0.03, "seed " + seed + ": " + e);
            assertTrue(e.covers(lambda), "seed " + seed + ": the 95% interval misses " + lambda + ": " + e);
            assertTrue(e.mHat().isEmpty() || e.mHat().getAsInt() == m, "seed " + seed + ": wrong m: " + e);
            assertTrue(e.epsLow() < e.epsHigh() && e.evaluations() > 0, e.toString());
        }
    }

    /**
     * K = (x^2 + y^2)^2 ((x - 1/2)^2 + y^2) vanishes at the origin, where it is r^4 times a unit
     * (lambda = 2/4 = 1/2, the global answer), and at (1/2, 0), where it is a regular zero times
     * the unit 1/16 (lambda = 2/2 = 1). Asked at (1/2, 0), the estimator must see only the second.
     */
    @Test
    void localQuestionSeesOnlyTheNeighbourhood() {
        String k = "(x^2 + y^2)^2*((x - 1/2)^2 + y^2)";
        Estimate local = Estimator.estimate(Problem.builder().loss(k).at("x", "1/2").at("y", "0").build(), options(3));
        assertTrue(Math.abs(local.lambdaHat() - 1) <= 0.03 && local.covers(Rational.ONE), local.toString());
        Estimate global = Estimator.estimate(Problem.of(k), options(3));
        assertTrue(Math.abs(global.lambdaHat() - 0.5) <= 0.03 && global.covers(Rational.HALF), global.toString());
    }

    @Test
    void sameSeedGivesTheSameEstimateWhateverTheThreadCount() {
        Problem p = Problem.of("x^2*y^2");
        Estimate one = Estimator.estimate(p, options(5).withThreads(1));
        Estimate two = Estimator.estimate(p, options(5).withThreads(2));
        Estimate other = Estimator.estimate(p, options(6).withThreads(2));
        assertEquals(one.lambdaHat(), two.lambdaHat());
        assertEquals(one.stderr(), two.stderr());
        assertEquals(one.evaluations(), two.evaluations());
        assertEquals(one.mHat(), two.mHat());
        assertNotEquals(one.lambdaHat(), other.lambdaHat());
    }

    @Test
    void progressReportsEveryReplicate() {
        List<String> lines = new ArrayList<>();
        Estimator.estimate(Problem.of("x^2"), options(1).withProgress(line -> {
            synchronized (lines) {
                lines.add(line);
            }
        }));
        assertEquals(10, lines.stream().filter(l -> l.contains("/10 done")).count(), lines.toString());
        assertTrue(lines.getLast().startsWith("estimate: lambda ~ "), lines.toString());
    }

    private static EstimatorOptions options(long seed) {
        return EstimatorOptions.defaults().withSeed(seed).withBudgetSeconds(BUDGET).withThreads(2);
    }
}

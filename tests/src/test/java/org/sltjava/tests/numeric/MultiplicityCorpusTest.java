package org.sltjava.tests.numeric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.bench.MultiplicityBenchmark;
import org.sltjava.bench.MultiplicityCorpus;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * The estimator never overclaims a multiplicity: on problems with known (lambda, m) no claimed m
 * may be wrong here (the bench's goal on its 200 problems is at most 2%), and the 95% interval of
 * lambda covers the exact value at least 90% of the time (below that the error bars are too
 * narrow). The intervals are conservative (the hull over every plausible m, plus a systematic
 * term), so coverage above 99% is possible; that is reported by
 * {@code slt bench --only multiplicity}, not failed here. The answers come from the catalogue's
 * published formulas (Aoyagi and Watanabe 2005; Aoyagi 2024) and from
 * {@code KnownProblemGenerator}'s constructions (monomial rule; sums add lambda and m - 1;
 * products take the minimum; powers divide lambda).
 */
class MultiplicityCorpusTest {

    /**
     * Nine problems, each with a closed form (below): the cases where a free fit of the log log term
     * is pulled towards m - 1 over a finite window. No wrong m may be claimed, and at most one of
     * the nine intervals may miss lambda (at 95% each, all nine cover with probability 0.63 only if
     * the intervals were exact; they are conservative by design).
     */
    private static final List<MultiplicityCorpus.Item> NINE = List.of(
            // Monomial rule: x^2 y^2 has lambda = min(1/2, 1/2), m = 2; with z^2 as a third factor m = 3.
            item("x^2*y^2", Rational.HALF, 2),
            item("x^2*y^2*z^2", Rational.HALF, 3),
            // Disjoint sum: x^2 (1/2, 1) + (yz)^2 (1/2, 2) gives (1, 1 + 2 - 1).
            item("x^2 + y^2*z^2", Rational.ONE, 2),
            // Disjoint sum of two (1/2, 2) blocks: (1, 3).
            item("x^2*y^2 + z^2*w^2", Rational.ONE, 3),
            // Monomial rule, unequal exponents: min(1/4, 1/2) = 1/4 reached once.
            item("x^4*y^2", Rational.of(1, 4), 1),
            // Regular point: d/2.
            item("x^2 + y^2 + z^2", Rational.of(3, 2), 1),
            // Cusp (Newton polyhedron): 5/12, m = 1.
            item("(y^2 - x^3)^2", Rational.of(5, 12), 1),
            // Reduced-rank regression M = N = 2, H = 1, r = 0 (Aoyagi and Watanabe 2005, odd case): 1, m = 2.
            new MultiplicityCorpus.Item("rrr 2x1x2", Problem.builder().parameters("a1", "a2", "b1", "b2")
                    .sumOfSquares("a1*b1", "a1*b2", "a2*b1", "a2*b2").build(), Rational.ONE, 2),
            // Power: (x^2 y^2)^2 halves lambda and keeps m.
            item("x^4*y^4", Rational.of(1, 4), 2));

    /**
     * The quick loop's check: the first three of the nine, the problems whose true m (2, 3, 2) is
     * above 1, so that a free fit pulled towards m - 1 tempts a wrong claim. They run with the same
     * seeds as in the full nine (the seed of a problem is derived from its place in the list), so a
     * claim logic that accepts the plain fit alone, which missed the true m on 4 of the 35
     * calibration problems of the bench corpus, has three chances here to claim m - 1.
     */
    @Test
    void threeHigherMultiplicitiesAreNotClaimedWrongly() {
        assertNoWrongClaimAndAtMostOneMiss(NINE.subList(0, 3));
    }

    /** The nine problems (seconds each on a loaded machine, so not in the quick loop). */
    @Test
    @Tag("slow")
    void smallCorpusClaimsNoWrongMultiplicity() {
        assertNoWrongClaimAndAtMostOneMiss(NINE);
    }

    private static void assertNoWrongClaimAndAtMostOneMiss(List<MultiplicityCorpus.Item> corpus) {
        MultiplicityBenchmark.Report report = MultiplicityBenchmark.run(corpus, 3, 0.5, 2, line -> { });
        assertTrue(report.wrongClaims() == 0, report.toString());
        assertTrue(report.estimated() == corpus.size() && report.covered() >= corpus.size() - 1, report.toString());
    }

    /**
     * The first 35 of the 200 problems of {@code slt bench --only multiplicity} (generator seed 1),
     * which keeps the full corpus; the estimates are those of the bench's first 35 lines, since an
     * estimate depends only on its seed and budget. The goals are the bench's: at least 95%
     * estimated (one refusal at most), no wrong m claimed, the 95% interval covering lambda at least
     * 90% of the time (3 misses at most). The sample still fails when the logic is wrong: it is the
     * calibration set on which the plain fit alone excluded the true m 4 times (see
     * {@code Estimator}), each a chance for a claim logic resting on that fit to claim a wrong m,
     * with the 27 catalogue instances (m up to 3) among them; and intervals too narrow to cover
     * more than 80% of the time show at most 3 misses in 35 with probability 0.06 (binomial), so
     * such a regression fails here 94 times in 100. The 36th problem alone took 40 s under load
     * (an expanded K of 263 terms), and later ones have up to 26,141 terms (the 96th), where one
     * estimate of budget 1 s ran over 10 minutes (the work plan counts slice steps, not terms);
     * the bench measures them.
     */
    @Test
    @Tag("slow")
    void calibrationProblemsOfTheBenchCorpusMeetTheGoals() {
        MultiplicityBenchmark.Report report = MultiplicityBenchmark.run(MultiplicityCorpus.of(35, 1), 1, 1, 2, line -> { });
        assertTrue(report.estimated() >= 34, report.toString());
        assertTrue(report.wrongClaims() == 0, report.toString());
        assertTrue(report.coverage() >= 0.90, report.toString());
    }

    private static MultiplicityCorpus.Item item(String k, Rational lambda, int m) {
        return new MultiplicityCorpus.Item(k, Problem.of(k), lambda, m);
    }
}

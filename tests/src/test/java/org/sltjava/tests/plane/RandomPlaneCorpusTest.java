package org.sltjava.tests.plane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;
import org.sltjava.tests.plane.RandomPlaneCorpus.CommonFactor;
import org.sltjava.tests.plane.RandomPlaneCorpus.Family;
import org.sltjava.tests.plane.RandomPlaneCorpus.Instance;

/**
 * The random two-variable corpus of {@link RandomPlaneCorpus} (issue 13): global questions over
 * [-1, 1]^2 without a known closed form, answered by the standard engine at its default budget
 * (10 s) and estimated by the numeric module (seed = the instance's seed). What is asserted:
 * <ol>
 * <li>Every exact answer lies within the bounds its construction proves (see {@link #bounds}) and
 *     has {@code 1 <= m <= d = 2}; checked on every case.</li>
 * <li>Every exact answer agrees with the estimate: the estimate's 95% interval contains lambda,
 *     and a multiplicity the estimate claims equals m. If the intervals have their nominal
 *     coverage, each comparison misses with probability at most 5% when the exact answer is
 *     right, independently across cases (each estimate has its own seed), so the number of
 *     misses among n comparisons is at most Binomial(n, 0.05); the test fails when it exceeds
 *     the count that such a binomial exceeds with probability at most 1/1000
 *     ({@link #allowedMisses}: 3 of 5, 13 of 100). A wrong rule repeats on every instance of its
 *     shape and, once its error exceeds the interval's half-width, would exceed it. At least half
 *     the intervals must be narrower than {@link #INFORMATIVE_WIDTH}, or the agreement would say
 *     little (the estimator's intervals are very wide when K = u^2 + v^4 near its zero: a sum of
 *     squares with a Hessian of rank 1).</li>
 * <li>The share of exact answers is at least the pinned percentage.</li>
 * </ol>
 * Every case prints one line: the instance, the answer with its time, the estimate and its
 * z-score.
 */
class RandomPlaneCorpusTest {

    private static final long SEED = 20261203L;
    private static final RlctEngine STANDARD = RlctEngine.standard();
    /**
     * The share of exact answers pinned for the sixty cases (the target is 95): measured
     * 95 and 94 of 100 in two runs on two cores shared with other builds (load 4 and 6), with room
     * for a machine on which more cases near the budget time out (seed 20261203 took 7.1 s in one
     * run and ran out of the 10 s in another). Every miss seen is a degree-8 K stated expanded but
     * one, which the same engine proved in under 7 s when stated as squares.
     */
    private static final int PERCENT_EXACT = 90;
    /** A 95% interval at least this wide says little about lambda in [0, 1]; such comparisons are counted apart. */
    private static final double INFORMATIVE_WIDTH = 0.25;
    /** Probability with which the miss count of a right engine may exceed the allowance. */
    private static final double FALSE_ALARM = 1e-3;

    /** A proven interval for the global lambda, with its reasons. */
    record Bounds(Rational lower, Rational upper, String why) {
    }

    /** One case: the instance, the engine's answer, the estimate (empty when refused) and the times. */
    record Outcome(Instance instance, RlctResult answer, Optional<Estimate> estimate, String refusal, long engineMillis) {
    }

    /**
     * Bounds on the global lambda proven by the construction (uniform prior on the box, d = 2).
     * <ul>
     * <li>Upper, at each interior zero p of K: near p, {@code K <= C |w - p|^o} with o the order
     *     of K at p, so {@code {K < eps}} contains a disc of radius {@code (eps/C)^(1/o)} and
     *     {@code V(eps) >= c eps^(2/o)}: lambda <= 2/o. When o = 2 and the Hessian has rank 1, the
     *     splitting lemma (Morse lemma with parameters) writes K = u^2 + g(v) in analytic
     *     coordinates with g >= 0 of order >= 4 or g = 0, and the disjoint sum rule gives
     *     lambda(p) = 1/2 + lambda(g) <= 1/2 + 1/4 = 3/4.</li>
     * <li>Upper, at a factor phi of every square with phi(p) = 0, p interior: {@code K <= C phi^2}
     *     near p. If the gradient of phi is non-zero at p, {@code {phi^2 < eps/C}} is a strip of
     *     width about sqrt(eps) along a smooth curve: lambda <= 1/2. If phi has order k >= 2 at p,
     *     {@code K <= C |w - p|^(2k)}: lambda <= 1/k.</li>
     * <li>Lower: {@code K >= g_j^2} for each of its squares, so {@code V_K(eps) <= V_(g_j^2)(eps)}
     *     and lambda(K) >= lambda(g_j^2) = rlct(|g_j|)/2. The real log canonical threshold is at
     *     least the complex one (a real embedded resolution complexifies to a complex one whose
     *     candidate poles include the real ones; M. Saito, On real log canonical thresholds,
     *     2007), and the complex one at a point is at least 1/multiplicity (Kollar, Singularities
     *     of pairs, 1997, Lemma 8.10), and the multiplicity is at most the degree: lambda >=
     *     1/(2 deg g_j) for every j.</li>
     * </ul>
     */
    static Bounds bounds(Instance c) {
        Polynomial k = c.problem().k();
        Rational upper = Rational.ONE;
        List<String> why = new ArrayList<>();
        for (Map<String, Rational> p : c.zeros()) {
            int order = RandomPlaneCorpus.orderAt(k, p);
            Rational u = Rational.of(2, order);
            String reason = "order " + order + " of K at " + p;
            if (order == 2 && hessianIsSingular(k, p)) {
                u = Rational.of(3, 4);
                reason += " with a Hessian of rank 1";
            }
            why.add(reason + ": <= " + u);
            upper = upper.min(u);
        }
        for (CommonFactor f : c.commonFactors()) {
            int order = RandomPlaneCorpus.orderAt(f.factor(), f.zero());
            Rational u = order == 1 ? Rational.HALF : Rational.of(1, order);
            why.add("factor of every square of order " + order + " at " + f.zero() + ": <= " + u);
            upper = upper.min(u);
        }
        Rational lower = Rational.ZERO;
        for (Polynomial g : c.roots()) {
            lower = lower.max(Rational.of(1, 2L * g.totalDegree()));
        }
        why.add("a square of degree " + lower.reciprocal().divide(Rational.of(2)) + ": >= " + lower);
        return new Bounds(lower, upper, String.join("; ", why));
    }

    private static boolean hessianIsSingular(Polynomial k, Map<String, Rational> p) {
        Polynomial kx = k.derivative("x");
        Polynomial ky = k.derivative("y");
        Rational[][] h = {
            {kx.derivative("x").evaluate(p), kx.derivative("y").evaluate(p)},
            {ky.derivative("x").evaluate(p), ky.derivative("y").evaluate(p)}};
        return RationalMatrix.determinant(h).isZero();
    }

    /** Answers and estimates the instance of {@code seed}; fails at once on an answer outside its proven bounds. */
    private static Outcome run(Instance c, double estimateBudgetSeconds) {
        long start = System.nanoTime();
        RlctResult r = STANDARD.analyse(c.problem());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (r.isExact()) {
            Bounds b = bounds(c);
            Rational lambda = r.lambda().orElseThrow();
            int m = r.m().orElseThrow();
            if (lambda.compareTo(b.lower()) < 0 || lambda.compareTo(b.upper()) > 0 || m < 1 || m > 2) {
                fail("exact answer outside the proven bounds [" + b.lower() + ", " + b.upper() + "] (" + b.why() + "): "
                        + c + "\n" + r + "\n" + r.certificate().text());
            }
        }
        try {
            EstimatorOptions options = EstimatorOptions.defaults().withSeed(c.seed()).withBudgetSeconds(estimateBudgetSeconds);
            return new Outcome(c, r, Optional.of(Estimator.estimate(c.problem(), options)), "", millis);
        } catch (IllegalStateException tooFlat) {
            // Double precision could not resolve K below its median: no estimate, no comparison.
            return new Outcome(c, r, Optional.empty(), tooFlat.getMessage(), millis);
        }
    }

    /**
     * The largest miss count a right engine exceeds with probability at most {@link #FALSE_ALARM}:
     * the least k with P(X > k) <= 1/1000 for X ~ Binomial(n, 0.05).
     */
    static int allowedMisses(int comparisons) {
        return comparisons == 0 ? 0 : BinomialDistribution.of(comparisons, 0.05).inverseSurvivalProbability(FALSE_ALARM);
    }

    private static String line(Outcome o) {
        RlctResult r = o.answer();
        String answer = r.isExact() ? "exact " + r.lambda().orElseThrow() + ", m " + r.m().orElseThrow()
                : r.status() + r.lambdaUpper().map(u -> " <= " + u).orElse("");
        String estimate = o.estimate().map(e -> e + (r.isExact()
                ? String.format(Locale.ROOT, ", z %.2f, %s", e.zScore(r.lambda().orElseThrow()),
                        e.covers(r.lambda().orElseThrow()) ? "covers" : "MISSES")
                : "")).orElse("no estimate: " + o.refusal());
        return o.instance() + "\n    " + answer + " (" + r.method() + ", " + o.engineMillis() + " ms); " + estimate;
    }

    private static String shares(Map<?, int[]> counts) {
        return counts.entrySet().stream().map(en -> en.getKey() + " " + en.getValue()[1] + "/" + en.getValue()[0]).toList()
                .toString();
    }

    private static void corpus(List<Instance> instances, double estimateBudgetSeconds, int percentExact) {
        long start = System.nanoTime();
        int cases = instances.size();
        List<Outcome> outcomes = new ArrayList<>();
        for (Instance c : instances) {
            Outcome o = run(c, estimateBudgetSeconds);
            outcomes.add(o);
            System.out.println(line(o));
        }
        Map<Family, int[]> byFamily = new EnumMap<>(Family.class);
        Map<String, int[]> byStatement = new TreeMap<>();
        List<String> lambdaMisses = new ArrayList<>();
        List<String> mMisses = new ArrayList<>();
        List<String> notExact = new ArrayList<>();
        int exact = 0;
        int compared = 0;
        int informative = 0;
        for (Outcome o : outcomes) {
            int[] count = byFamily.computeIfAbsent(o.instance().family(), f -> new int[2]);
            count[0]++;
            int[] stated = byStatement.computeIfAbsent(o.instance().problem().loss().isSumOfSquares() ? "as squares" : "expanded",
                    k -> new int[2]);
            stated[0]++;
            RlctResult r = o.answer();
            if (!r.isExact()) {
                notExact.add(line(o));
                continue;
            }
            exact++;
            count[1]++;
            stated[1]++;
            if (o.estimate().isEmpty()) {
                continue;
            }
            compared++;
            Estimate e = o.estimate().get();
            informative += e.upper95() - e.lower95() < INFORMATIVE_WIDTH ? 1 : 0;
            if (!e.covers(r.lambda().orElseThrow())) {
                lambdaMisses.add(line(o));
            }
            if (e.mHat().isPresent() && e.mHat().getAsInt() != r.m().orElseThrow()) {
                mMisses.add(line(o));
            }
        }
        int allowed = allowedMisses(compared);
        System.out.printf(Locale.ROOT, "%d cases: %d exact (%.1f%%), by family (exact/all) %s, stated %s; %d compared"
                + " with an estimate (%d with an interval narrower than %.2f), lambda outside the 95%% interval in %d,"
                + " a claimed m different in %d (allowed %d each); %.0f s%n", cases, exact, 100.0 * exact / cases,
                shares(byFamily), shares(byStatement), compared, informative, INFORMATIVE_WIDTH, lambdaMisses.size(),
                mMisses.size(), allowed, (System.nanoTime() - start) / 1e9);
        notExact.forEach(s -> System.out.println("not exact: " + s));
        assertTrue(lambdaMisses.size() <= allowed, "lambda outside the 95% interval in " + lambdaMisses.size() + " of "
                + compared + ", allowed " + allowed + ":\n" + String.join("\n", lambdaMisses));
        assertTrue(mMisses.size() <= allowed, "claimed m different in " + mMisses.size() + " of " + compared + ", allowed "
                + allowed + ":\n" + String.join("\n", mMisses));
        assertTrue(2 * informative >= compared, "only " + informative + " of " + compared
                + " estimates narrower than " + INFORMATIVE_WIDTH + ": the agreement says little");
        assertTrue(100 * exact >= percentExact * cases, exact + " of " + cases + " exact, below " + percentExact + "%:\n"
                + String.join("\n", notExact));
    }

    /**
     * Seed 20261284 of the corpus, which was the one miss of the hundred that is not a matter of time (the
     * engine stopped after 15 to 33 ms):
     * {@code K = f1^2 + f2^2}, f1 = x + y/2 - 1/2, f2 = x^2 + xy - x - y/2 + 1/4. With
     * u = f1 (a linear change (x, y) -> (u, y) of Jacobian 1), x = u + (1 - y)/2 and
     * x + y - 1 = u - (1 - y)/2, so f2 = x (x + y - 1) - y/2 + 1/4 = u^2 - y^2/4 and
     * {@code K = u^2 + (u^2 - y^2/4)^2 = u^2 + u^4 - u^2 y^2/2 + y^4/16}. K vanishes only where
     * u = 0 and y = 0, at (1/2, 0) inside the box. Its Newton polygon has the one compact edge
     * from (2, 0) to (0, 4) with face polynomial u^2 + y^4/16, positive on the torus
     * (non-degenerate); the ray t (1, 1) meets it at t0 = 4/3, inside the edge: lambda = 3/4,
     * m = 1 (Varchenko 1976). The engine must prove it stated either way. Stated expanded it
     * proved only lambda <= 3/4 until the zero-set decomposition learnt that K has no real zero
     * inside the edges of the box (K(x, -1) = (x - 1)^2 + (x^2 - 2x + 3/4)^2 has complex zeros only),
     * where it had declined because of complex zeros off the critical set.
     */
    @Test
    void rankOneSumOfTwoSquaresIsExactStatedEitherWay() {
        Instance c = RandomPlaneCorpus.of(20261284L);
        Polynomial x = Polynomial.variable("x");
        Polynomial y = Polynomial.variable("y");
        Polynomial f1 = x.add(y.scale(Rational.HALF)).subtract(Polynomial.constant(Rational.HALF));
        Polynomial f2 = x.pow(2).add(x.multiply(y)).subtract(x).subtract(y.scale(Rational.HALF))
                .add(Polynomial.constant(Rational.of(1, 4)));
        assertEquals(List.of(f1, f2), c.roots(), c.toString());
        Rational lambda = Rational.of(3, 4);
        Problem squares = Problem.builder().parameters(RandomPlaneCorpus.VARS).loss(Loss.sumOfSquares(c.roots())).box(-1, 1)
                .build();
        RlctResult proven = STANDARD.analyse(squares);
        assertTrue(proven.isExact(), proven::toString);
        assertEquals(lambda, proven.lambda().orElseThrow(), proven::toString);
        assertEquals(1, proven.m().orElseThrow(), proven::toString);
        Problem expanded = Problem.builder().parameters(RandomPlaneCorpus.VARS).loss(Loss.of(c.problem().k())).box(-1, 1)
                .build();
        RlctResult r = STANDARD.analyse(expanded);
        assertTrue(r.isExact(), () -> r + "\n" + r.certificate().text());
        assertEquals(lambda, r.lambda().orElseThrow(), r::toString);
        assertEquals(1, r.m().orElseThrow(), r::toString);
    }

    /**
     * One instance of each family but {@code SQUARE_TIMES_SUM} (whose expanded K of degree 8 takes
     * the engine seconds, up to its whole budget). The estimates dominate the time and do not get
     * cheaper below a 1 s budget (the work plan's floor of 100 live points): five cases take 20 s
     * at a load of 6 on two cores, too long for the quick loop, which keeps the rank-one case
     * above. All five were exact; one may run out of time on a loaded machine (the product of
     * squares took 7.3 s of its 10), so four are required.
     */
    @Tag("slow")
    @Test
    void fiveFamiliesAreExactAndAgreeWithTheEstimates() {
        List<Instance> instances = new ArrayList<>();
        for (Family f : Family.values()) {
            if (f != Family.SQUARE_TIMES_SUM) {
                instances.add(RandomPlaneCorpus.of(SEED + f.ordinal(), f));
            }
        }
        corpus(instances, 1, 80);
    }

    /**
     * The sixty instances of seeds {@code SEED} to {@code SEED + 59}, estimates at a 1 s budget
     * (the hundred of seeds {@code SEED} to {@code SEED + 99} took 4.5 to 7 minutes on two loaded
     * cores, four fifths of it in the estimator, too long for the whole suite's 15 minutes; 94 and
     * 95 of them were exact in two runs, every exact answer agreeing with its estimate).
     */
    @Tag("slow")
    @Test
    void sixtyCasesAreMostlyExactAndAgreeWithTheEstimates() {
        List<Instance> instances = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            instances.add(RandomPlaneCorpus.of(SEED + i));
        }
        corpus(instances, 1, PERCENT_EXACT);
    }
}

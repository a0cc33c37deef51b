package org.sltjava.numeric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.random.RandomGenerator;
import java.util.random.RandomGenerator.SplittableGenerator;
import java.util.random.RandomGeneratorFactory;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;

/**
 * Estimates the learning coefficient lambda (and, when the data allow, its multiplicity m) of a
 * problem from the density of states {@code V(eps) = Prior(K < eps) ~ c eps^lambda (log 1/eps)^(m-1)}.
 *
 * <p><b>Why nested sampling.</b> Plain prior sampling of {@code exp(-nK)} sees almost no points
 * where K is small and collapses for large n. Nested sampling (Skilling, Nested sampling for
 * general Bayesian computation, Bayesian Analysis 1(4), 2006) shrinks the constrained prior
 * {@code {K < eps}} by a known factor per iteration, so one run measures V over dozens of
 * e-folds of volume, down to where double precision stops resolving {@code K < eps}; the free
 * energy for every n follows from V as well ({@code Z(n) = integral exp(-n eps) dV}). Thermodynamic
 * integration would need a tempered chain per n and its own error analysis.
 *
 * <p><b>Fit and error bar.</b> Each of several independent runs (replicates, each with its own
 * random stream split from the seed) is fitted by least squares to
 * {@code log V = lambda log e + (m-1) log log(1/e) + c}, {@code e = eps / median K}, over the
 * thresholds below an initial stretch of volume that is left out because the asymptotic form does
 * not hold there yet. The log log term and the slope are nearly collinear, and over any finite
 * window the lower-order terms of the expansion, {@code V = c e^lambda L^(m-1) (1 + a/L + ...)}
 * with {@code L = log(1/e)}, pull a free fit of m away from the truth. So m is fitted freely in
 * every replicate twice: without the correction (small spread, biased) and with the regressor
 * {@code 1/L} (the leading bias removed, larger spread). An integer in [1, d] is plausible when
 * it lies in the 95% interval (Student t over replicates) of the mean of either fit, the
 * uncorrected one widened by {@link #M_SYSTEMATIC}. m is claimed ({@code mHat}) only when one
 * integer is plausible: both fits then exclude every other integer at 95%. Lambda is fitted with
 * m fixed at the claim, or else at the (non-integer) mean of the uncorrected fits, and the
 * reported interval is widened to contain the intervals for every plausible m. (On the
 * calibration corpus of {@code slt bench --only multiplicity}, generator seed 1, the uncorrected
 * fit alone with the allowance 0.5 missed the true m in 4 of the first 35 problems, the union in 1.)
 * Standard errors come from the spread between replicates (Student t with
 * replicates - 1 degrees of freedom), not from autocorrelated samples within one run. To that
 * statistical error a systematic one is added in quadrature: the change of lambda when only the
 * deeper half of the window is fitted, which measures what the neglected lower-order terms of the
 * asymptotic expansion (such as {@code (log 1/eps)^(m-2)} or powers {@code eps^(lambda + delta)})
 * still do, with its own noise taken out ({@link #systematic}).
 *
 * <p><b>Work plan.</b> The budget fixes the number of live points by a deterministic rule (about
 * half the budget on two quiet cores for the problems of {@code slt bench --only accuracy}; fewer live
 * points cost coverage on x^2 y^2), so that an estimate is reproducible from
 * its seed and budget on any machine and with any thread count; the budget is not a deadline.
 */
public final class Estimator {

    /** Independent nested-sampling runs per estimate. */
    static final int REPLICATES = 10;
    /**
     * The 0.975 quantile of Student's t with {@code REPLICATES - 1 = 9} degrees of freedom, to ten
     * digits (the 95% intervals of the replicates' mean; checked against Commons Statistics'
     * TDistribution in the tests).
     */
    static final double T975 = 2.2621571628;
    /** Points removed and replaced per iteration: a multiple of the usual lane count. */
    static final int BATCH = 16;
    /** Expected log prior volume at which a run stops. */
    static final double DEPTH = 50;
    /** Thresholds with log volume above {@code -START} are left out of the fit. */
    static final double START = 5;
    /**
     * Allowance for the bias of the free fit of m: lower-order terms {@code (log 1/eps)^(m-2)}
     * pull it towards m - 1 over any finite window, by up to about a half in the test problems.
     */
    static final double M_SYSTEMATIC = 0.5;
    /** Live points per second of budget per slice step of a replacement. */
    static final double LIVE_PER_SECOND_STEP = 1000;
    /** The fewest live points a run uses, whatever the budget. */
    static final int MIN_LIVE = 4 * BATCH;
    /**
     * Evaluations of K per slice step of a replacement, counted over the runs of the multiplicity
     * corpus (5.8e6 evaluations for 10 runs of 71 live points and 14 steps to depth 50: 11.6).
     */
    static final double EVALUATIONS_PER_STEP = 12;
    /**
     * Terms of K evaluated per second on one core, a low figure for the kernels (the interpreter
     * of a 19,448-term K ran at 6.7e8 on a loaded core; compiled kernels are faster), so that the
     * planned work errs towards less.
     */
    static final double TERMS_PER_SECOND = 5e8;
    /** The cores the plan counts on (the budget's calibration: two quiet cores), whatever the machine has. */
    static final double CORES = 2;
    /** An estimate whose least work would take longer than this many budgets, and a minute, is refused. */
    static final double MAX_OVERRUN = 10;

    private Estimator() {
    }

    /**
     * Estimates lambda (and m) for the problem: over the prior's box for a global question, over
     * the neighbourhood of the point (see {@link PriorSampler}) for a local one.
     *
     * @throws InvalidInputException when the problem has no parameters
     * @throws IllegalStateException  when double precision resolves too few thresholds below the
     *                                prior's median loss to fit anything
     */
    public static Estimate estimate(Problem problem, EstimatorOptions options) {
        long start = System.nanoTime();
        Sample sample = sample(problem, options);
        List<NestedSampling.Trace> traces = sample.traces();
        int d = problem.dimension();
        int live = sample.livePoints();
        long evaluations = traces.stream().mapToLong(NestedSampling.Trace::evaluations).sum();

        double[] mu = traces.stream().mapToDouble(t -> PowerLawFit.free(t, START).mu()).toArray();
        double[] muCorrected = traces.stream().mapToDouble(t -> PowerLawFit.free(t, START, true).mu()).toArray();
        double t95 = T975;
        double mCentre = Math.max(1, Math.min(d, 1 + mean(mu)));
        SortedSet<Integer> plausibleSet = plausible(mu, M_SYSTEMATIC, d, t95);
        plausibleSet.addAll(plausible(muCorrected, 0, d, t95));
        List<Integer> plausible = List.copyOf(plausibleSet);
        double mFit = plausible.size() == 1 ? plausible.getFirst() : mCentre;
        double[] lambdas = lambdas(traces, START, mFit);
        double lambdaHat = mean(lambdas);
        double statistical = standardError(lambdas);
        double systematic = systematic(lambdas, lambdas(traces, -1, mFit));
        double stderr = Math.sqrt(statistical * statistical + systematic * systematic);
        for (int m : plausible) {
            double[] other = lambdas(traces, START, m);
            double reach = Math.abs(mean(other) - lambdaHat) + t95 * standardError(other);
            stderr = Math.max(stderr, reach / t95);
        }
        double[] high = traces.stream().mapToDouble(t -> PowerLawFit.withFixedMu(t, START, mFit - 1).epsHigh()).toArray();
        double[] low = traces.stream().mapToDouble(t -> PowerLawFit.withFixedMu(t, START, mFit - 1).epsLow()).toArray();
        Estimate e = new Estimate(lambdaHat, stderr, lambdaHat - t95 * stderr, lambdaHat + t95 * stderr,
                plausible.size() == 1 ? OptionalInt.of(plausible.getFirst()) : OptionalInt.empty(), mFit,
                median(high), median(low), REPLICATES, live, evaluations, (System.nanoTime() - start) / 1_000_000,
                "nested sampling of V(eps) (Skilling 2006), " + REPLICATES + " replicates, fit log V = lambda log eps + (m-1) log log(1/eps) + c");
        options.progress().accept("estimate: " + e);
        return e;
    }

    /** The replicates' traces and the live points per run. */
    record Sample(List<NestedSampling.Trace> traces, int livePoints) {
    }

    /**
     * Runs the replicates of nested sampling that {@link #estimate} fits.
     *
     * @throws InvalidInputException when the problem has no parameters
     */
    static Sample sample(Problem problem, EstimatorOptions options) {
        int d = problem.dimension();
        if (d == 0) {
            throw new InvalidInputException("the problem has no parameters: there is nothing to estimate");
        }
        PriorSampler prior = PriorSampler.of(problem, options.localRadius());
        LossKernel kernel = LossKernel.fastest(KernelProgram.of(problem.loss(), problem.parameters()));
        int steps = 2 * d + 6;
        int live = livePoints(options.budgetSeconds(), steps, kernel.program().termCount());
        NestedSampling sampling = new NestedSampling(kernel, prior, live, BATCH, steps);
        options.progress().accept(String.format(Locale.ROOT,
                "estimate: %d replicates of nested sampling, %d live points, %d slice steps per replacement, %s kernel, %d threads",
                REPLICATES, live, steps, kernel.backend(), options.threads()));
        return new Sample(runAll(sampling, options), live);
    }

    /**
     * The live points per run for a budget: {@link #LIVE_PER_SECOND_STEP} per second and slice
     * step, at most 5000, and no more than the planned work of K's size fits in the budget on
     * {@link #CORES} cores (a K of thousands of terms costs that many times more per evaluation;
     * below about 170 terms this bound is the looser one), but never fewer than
     * {@link #MIN_LIVE}. The plan depends only on the budget, the dimension and K, never on the
     * machine, so an estimate stays reproducible from its seed and budget.
     *
     * @throws IllegalStateException when even {@link #MIN_LIVE} live points would take more than
     *     {@link #MAX_OVERRUN} budgets and a minute, naming the budget that would do
     */
    static int livePoints(double budgetSeconds, int steps, int terms) {
        int byBudget = (int) Math.max(MIN_LIVE, Math.min(5000, Math.round(budgetSeconds * LIVE_PER_SECOND_STEP / steps)));
        double secondsPerLive = plannedSeconds(1, steps, terms);
        int byWork = (int) Math.min(Integer.MAX_VALUE, Math.floor(CORES * budgetSeconds / secondsPerLive));
        double least = plannedSeconds(MIN_LIVE, steps, terms);
        if (least > Math.max(60, MAX_OVERRUN * budgetSeconds)) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "an estimate of this K (%d terms, %d slice steps) needs about %.0f s of work even with the fewest live points (%d),"
                            + " over %.0f times its budget of %s s; give a budget of at least %.0f s, or state K with fewer terms"
                            + " (as a sum of squares, for instance)",
                    terms, steps, least, MIN_LIVE, MAX_OVERRUN, BigDecimal.valueOf(budgetSeconds).stripTrailingZeros().toPlainString(),
                    Math.ceil(least / MAX_OVERRUN)));
        }
        return Math.max(MIN_LIVE, Math.min(byBudget, byWork));
    }

    /** The planned time of one estimate with {@code live} points per run, at {@link #TERMS_PER_SECOND}. */
    static double plannedSeconds(int live, int steps, int terms) {
        return REPLICATES * DEPTH * live * steps * EVALUATIONS_PER_STEP * terms / TERMS_PER_SECOND;
    }

    private static List<NestedSampling.Trace> runAll(NestedSampling sampling, EstimatorOptions options) {
        SplittableGenerator root = (SplittableGenerator) RandomGeneratorFactory.of("L64X128MixRandom").create(options.seed());
        List<RandomGenerator> streams = root.splits(REPLICATES).map(g -> (RandomGenerator) g).toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), REPLICATES), daemonThreads())) {
            List<Future<NestedSampling.Trace>> futures = new ArrayList<>();
            for (int r = 0; r < REPLICATES; r++) {
                int replicate = r;
                RandomGenerator stream = streams.get(r);
                futures.add(pool.submit(() -> {
                    NestedSampling.Trace trace = sampling.run(stream, DEPTH);
                    options.progress().accept(String.format(Locale.ROOT,
                            "estimate: replicate %d/%d done, log V down to %.1f at eps %.1e, %.2e evaluations",
                            replicate + 1, REPLICATES, trace.logX()[trace.logX().length - 1],
                            Math.exp(trace.logEps()[trace.logEps().length - 1]), (double) trace.evaluations()));
                    return trace;
                }));
            }
            List<NestedSampling.Trace> traces = new ArrayList<>();
            for (Future<NestedSampling.Trace> f : futures) {
                traces.add(f.get());
            }
            return traces;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("estimate interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replicate failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "slt-estimate");
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The integers in [1, d] within {@code allowance + t95 * se} of the replicates' mean free fit
     * {@code 1 + mean(mu)} (clipped to [1, d]); all of them when the fits are not finite.
     */
    private static SortedSet<Integer> plausible(double[] mu, double allowance, int d, double t95) {
        double centre = Math.max(1, Math.min(d, 1 + mean(mu)));
        double reach = allowance + t95 * standardError(mu);
        SortedSet<Integer> set = new TreeSet<>();
        for (int m = 1; m <= d; m++) {
            if (!Double.isFinite(centre) || !Double.isFinite(reach) || Math.abs(m - centre) <= reach) {
                set.add(m);
            }
        }
        return set;
    }

    /**
     * The bias that the neglected lower-order terms leave in lambda, estimated from how each
     * replicate's lambda moves when only the deeper half of its window is fitted. The replicates'
     * mean move {@code d} has {@code E[d^2] = bias^2 + se(d)^2}, so {@code d^2 - se(d)^2} is the
     * unbiased estimate of {@code bias^2}; its root (0 when negative) is returned. {@code |d|} itself
     * would add the replicates' noise, already in the statistical error, a second time.
     */
    static double systematic(double[] whole, double[] deeperHalf) {
        double[] move = new double[whole.length];
        for (int i = 0; i < move.length; i++) {
            move[i] = deeperHalf[i] - whole[i];
        }
        double d = mean(move);
        double se = standardError(move);
        return Math.sqrt(Math.max(0, d * d - se * se));
    }

    /**
     * Lambda of every replicate with m held at {@code m}, fitted from {@code start}; a negative
     * start means the deeper half of each replicate's window.
     */
    private static double[] lambdas(List<NestedSampling.Trace> traces, double start, double m) {
        return traces.stream().mapToDouble(t -> {
            double from = start >= 0 ? start : (START - t.logX()[t.logX().length - 1]) / 2;
            return PowerLawFit.withFixedMu(t, from, m - 1).lambda();
        }).toArray();
    }

    static double mean(double[] v) {
        return Arrays.stream(v).average().orElseThrow();
    }

    static double standardError(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / (v.length - 1) / v.length);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : Math.sqrt(s[s.length / 2 - 1] * s[s.length / 2]);
    }

}

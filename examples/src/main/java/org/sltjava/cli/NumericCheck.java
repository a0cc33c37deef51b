package org.sltjava.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctResult;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * The command line's bridge to the numeric cross-check: runs the estimator with the user's seed
 * and budget, reports stages on stderr when it is a terminal, and writes an estimate into the JSON
 * contract ({@code lambdaHat}, {@code stderr}, {@code mHat}, {@code evaluations}, ...).
 */
final class NumericCheck {

    private NumericCheck() {
    }

    /** Whether stderr is a terminal (bin/slt passes {@code -Dslt.stderr.tty=true}). */
    static boolean progressWanted() {
        return Boolean.getBoolean("slt.stderr.tty");
    }

    /** The estimate of the problem's lambda, reproducible from the seed and budget. */
    static Estimate estimate(Problem problem, long seed, double budgetSeconds, Consumer<String> stderr) {
        return estimate(problem, seed, budgetSeconds, EstimatorOptions.defaults().threads(), stderr);
    }

    /** The same estimate on {@code threads} threads (the thread count changes its speed, never its result). */
    static Estimate estimate(Problem problem, long seed, double budgetSeconds, int threads, Consumer<String> stderr) {
        Consumer<String> progress = progressWanted() ? stderr : line -> { };
        return Estimator.estimate(problem, EstimatorOptions.defaults().withSeed(seed).withBudgetSeconds(budgetSeconds)
                .withThreads(threads).withProgress(progress));
    }

    /** Adds the estimate's fields to a JSON result. */
    static void put(ObjectNode o, Estimate e) {
        o.put("lambdaHat", e.lambdaHat());
        o.put("stderr", e.stderr());
        o.put("lower95", e.lower95());
        o.put("upper95", e.upper95());
        if (e.mHat().isPresent()) {
            o.put("mHat", e.mHat().getAsInt());
        }
        o.put("epsHigh", e.epsHigh());
        o.put("epsLow", e.epsLow());
        o.put("evaluations", e.evaluations());
        o.put("estimateMillis", e.millis());
    }

    /** The z-score of the estimate against an exact answer, or null when the answer is not exact. */
    static Double z(RlctResult r, Estimate e) {
        return r.isExact() ? e.zScore(r.lambda().orElseThrow()) : null;
    }
}

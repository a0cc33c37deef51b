package org.sltjava.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * The honesty of the estimator on a {@link MultiplicityCorpus}: how many estimates claim a single
 * multiplicity, how many of those claims are wrong, and how often the 95% interval contains the
 * exact lambda ({@code slt bench --only multiplicity}). Problems that double precision cannot
 * resolve below their median loss (the estimator refuses them) are counted apart.
 */
public final class MultiplicityBenchmark {

    private MultiplicityBenchmark() {
    }

    /** One problem's outcome: the estimate, or the reason it could not be made. */
    public record Outcome(MultiplicityCorpus.Item item, Estimate estimate, String refusal) {

        /** Whether a single m was claimed and it differs from the exact one. */
        public boolean wrongClaim() {
            return estimate != null && estimate.mHat().isPresent() && estimate.mHat().getAsInt() != item.m();
        }

        /** One line: the problem, the exact answer and the estimate. */
        public String line() {
            return String.format(Locale.ROOT, "%-40.40s lambda %-6s m %d | %s", item.name(), item.lambda(), item.m(),
                    estimate == null ? "refused: " + refusal : estimate);
        }
    }

    /** The figures of one run. */
    public record Report(List<Outcome> outcomes, double budgetSeconds, long seed) {

        /** Copies the list. */
        public Report {
            outcomes = List.copyOf(outcomes);
        }

        /** Problems that got an estimate. */
        public int estimated() {
            return (int) outcomes.stream().filter(o -> o.estimate() != null).count();
        }

        /** Estimates that claim a single m. */
        public int claims() {
            return (int) outcomes.stream().filter(o -> o.estimate() != null && o.estimate().mHat().isPresent()).count();
        }

        /** Claims of a wrong m. */
        public int wrongClaims() {
            return (int) outcomes.stream().filter(Outcome::wrongClaim).count();
        }

        /** Estimates whose 95% interval contains the exact lambda. */
        public int covered() {
            return (int) outcomes.stream().filter(o -> o.estimate() != null && o.estimate().covers(o.item().lambda())).count();
        }

        /** Wrong claims over claims (zero when nothing was claimed). */
        public double wrongShare() {
            return claims() == 0 ? 0 : wrongClaims() / (double) claims();
        }

        /** Covered over estimated. */
        public double coverage() {
            return covered() / (double) estimated();
        }

        /** The summary, then the problems whose m was claimed wrongly or whose interval missed lambda. */
        @Override
        public String toString() {
            long[] millis = outcomes.stream().filter(o -> o.estimate() != null).mapToLong(o -> o.estimate().millis()).sorted().toArray();
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "corpus of %d problems (1-%d parameters, seed %d), budget %.1f s each: %d estimated, %d refused (the reason is on each refused line)%n"
                    + "m claimed %d times (%.0f%%), wrong %d (%.1f%% of claims); 95%% interval covers lambda %d of %d (%.1f%%); median %d ms%n",
                    outcomes.size(), MultiplicityCorpus.MAX_PARAMETERS, seed, budgetSeconds, estimated(), outcomes.size() - estimated(),
                    claims(), 100.0 * claims() / Math.max(1, estimated()), wrongClaims(), 100 * wrongShare(), covered(), estimated(),
                    100 * coverage(), millis.length == 0 ? 0 : millis[millis.length / 2]));
            outcomes.stream().filter(o -> o.wrongClaim() || o.estimate() != null && !o.estimate().covers(o.item().lambda()))
                    .forEach(o -> sb.append("  ").append(o.wrongClaim() ? "wrong m " : "missed  ").append(o.line()).append(System.lineSeparator()));
            return sb.toString();
        }
    }

    /**
     * Estimates every problem of {@code corpus} with seeds derived from {@code seed}; each outcome
     * also goes to {@code progress}.
     */
    public static Report run(List<MultiplicityCorpus.Item> corpus, long seed, double budgetSeconds, int threads, Consumer<String> progress) {
        List<Outcome> outcomes = new ArrayList<>();
        long k = 0;
        for (MultiplicityCorpus.Item item : corpus) {
            EstimatorOptions options = EstimatorOptions.defaults().withSeed(seed * 100_003 + k++).withBudgetSeconds(budgetSeconds).withThreads(threads);
            Outcome o;
            try {
                o = new Outcome(item, Estimator.estimate(item.problem(), options), null);
            } catch (IllegalStateException refused) {
                o = new Outcome(item, null, refused.getMessage());
            }
            progress.accept(o.line());
            outcomes.add(o);
        }
        return new Report(outcomes, budgetSeconds, seed);
    }
}

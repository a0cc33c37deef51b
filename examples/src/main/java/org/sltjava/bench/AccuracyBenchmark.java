package org.sltjava.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;

/**
 * The many-seed accuracy and coverage run behind the numeric goals: for problems of up to four
 * parameters with known lambda, the estimator is run with many seeds at a given budget and the
 * report gives the mean and largest |lambdaHat - lambda|, the fraction of 95% intervals that
 * contain lambda, the mean time, and how often mHat was reported and how often it was wrong
 * ({@code slt bench --only accuracy}; the test suite runs the same problems with two seeds).
 */
public final class AccuracyBenchmark {

    private AccuracyBenchmark() {
    }

    /** A problem with its exact learning coefficient and multiplicity and where they come from. */
    public record Case(String name, Problem problem, Rational lambda, int m, String source) {
    }

    /** The figures of one case over all seeds. */
    public record Row(String name, Rational lambda, int seeds, double meanAbsError, double maxAbsError,
                      double coverage, double meanStderr, double meanMillis, int mHatReported, int mHatWrong) {

        /** One aligned table row. */
        public String line() {
            return String.format(Locale.ROOT, "%-24s %6s %5d %9.4f %9.4f %8.0f%% %9.4f %8.0f %5d %5d",
                    name, lambda, seeds, meanAbsError, maxAbsError, 100 * coverage, meanStderr, meanMillis, mHatReported, mHatWrong);
        }
    }

    /** All rows of a run. */
    public record Report(List<Row> rows, double budgetSeconds) {

        /** Copies the list. */
        public Report {
            rows = List.copyOf(rows);
        }

        /** A table: per case the errors, the coverage of the 95% intervals and the mean time. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "budget %.1f s per estimate%n%-24s %6s %5s %9s %9s %9s %9s %8s %5s %5s%n",
                    budgetSeconds, "case", "lambda", "seeds", "mean|err|", "max|err|", "coverage", "stderr", "ms", "mHat", "wrong"));
            rows.forEach(r -> sb.append(r.line()).append(System.lineSeparator()));
            return sb.toString();
        }
    }

    /** The standard cases: regular, monomial, weighted, x^2 y^2 and the cusp. */
    public static List<Case> standardCases() {
        return List.of(
                new Case("x^2", Problem.of("x^2"), Rational.HALF, 1, "V(eps) = eps^(1/2) on [-1, 1]"),
                new Case("x^4", Problem.of("x^4"), Rational.of(1, 4), 1, "V(eps) = eps^(1/4)"),
                new Case("x^2 + y^2", Problem.of("x^2 + y^2"), Rational.ONE, 1, "regular point: d/2"),
                new Case("x^2*y^2", Problem.of("x^2*y^2"), Rational.HALF, 2, "monomial rule"),
                new Case("x^2, weight x^2", Problem.builder().loss("x^2").weight("x^2").build(), Rational.of(3, 2), 1,
                        "monomial rule (h + 1)/(2k)"),
                new Case("(y^2 - x^3)^2", Problem.of("(y^2 - x^3)^2"), Rational.of(5, 12), 1, "cusp, Newton polyhedron"),
                new Case("w^2+x^2+y^2+z^2", Problem.of("w^2 + x^2 + y^2 + z^2"), Rational.of(2), 1, "regular point: d/2"));
    }

    /** Runs every standard case with seeds {@code 1 .. seeds}; each finished row also goes to {@code progress}. */
    public static Report run(int seeds, double budgetSeconds, int threads, Consumer<String> progress) {
        List<Row> rows = new ArrayList<>();
        for (Case c : standardCases()) {
            double sumErr = 0;
            double maxErr = 0;
            double sumStderr = 0;
            double sumMillis = 0;
            int covered = 0;
            int mReported = 0;
            int mWrong = 0;
            for (long seed = 1; seed <= seeds; seed++) {
                Estimate e = Estimator.estimate(c.problem(),
                        EstimatorOptions.defaults().withSeed(seed).withBudgetSeconds(budgetSeconds).withThreads(threads));
                double err = Math.abs(e.lambdaHat() - c.lambda().doubleValue());
                sumErr += err;
                maxErr = Math.max(maxErr, err);
                sumStderr += e.stderr();
                sumMillis += e.millis();
                covered += e.covers(c.lambda()) ? 1 : 0;
                mReported += e.mHat().isPresent() ? 1 : 0;
                mWrong += e.mHat().isPresent() && e.mHat().getAsInt() != c.m() ? 1 : 0;
            }
            Row row = new Row(c.name(), c.lambda(), seeds, sumErr / seeds, maxErr, covered / (double) seeds,
                    sumStderr / seeds, sumMillis / seeds, mReported, mWrong);
            progress.accept(row.line());
            rows.add(row);
        }
        return new Report(rows, budgetSeconds);
    }
}

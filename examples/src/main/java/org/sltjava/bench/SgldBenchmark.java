package org.sltjava.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sltjava.core.Rational;
import org.sltjava.core.catalog.DeepLinearNetwork;
import org.sltjava.core.catalog.ReducedRankRegression;
import org.sltjava.core.model.ModelFamilies;
import org.sltjava.core.model.RegressionModel;
import org.sltjava.numeric.LlcEstimate;
import org.sltjava.numeric.LocalLearningCoefficient;
import org.sltjava.numeric.SgldOptions;

/**
 * The bias and coverage of the SGLD estimator ({@link LocalLearningCoefficient}) on catalogue
 * families with published exact learning coefficients: reduced-rank regression (Aoyagi and
 * Watanabe 2005) and deep linear networks (Aoyagi 2024), each at a true parameter of the deepest
 * kind (every weight zero for true rank 0; for rank 1 the first unit carries the truth and every
 * other weight is zero). For each family and seed (a new data set and new chains per seed) it
 * prints the exact lambda, the mean estimate, the bias, the spread of the estimates between seeds,
 * the mean reported standard error, the fraction of 95% intervals containing lambda, and the
 * mean time ({@code slt bench --only sgld}).
 */
public final class SgldBenchmark {

    private SgldBenchmark() {
    }

    /** A model, the point w* at which to estimate, and the exact lambda with its source. */
    public record Case(String name, RegressionModel model, Map<String, Rational> wStar, Rational lambda) {
    }

    /** The figures of one case over all seeds. */
    public record Row(String name, Rational lambda, int seeds, double meanEstimate, double bias, double spread,
                      double meanStderr, double coverage, double meanMillis) {

        /** The column titles of {@link #line}. */
        public static String header() {
            return String.format(Locale.ROOT, "%-26s %6s %5s %9s %9s %9s %9s %9s %8s",
                    "case", "lambda", "seeds", "mean", "bias", "spread", "stderr", "coverage", "ms");
        }

        /** One aligned table row. */
        public String line() {
            return String.format(Locale.ROOT, "%-26s %6s %5d %9.4f %+9.4f %9.4f %9.4f %8.0f%% %8.0f",
                    name, lambda, seeds, meanEstimate, bias, spread, meanStderr, 100 * coverage, meanMillis);
        }
    }

    /** rrr (M, N, H, r) = (2, 2, 1, 0), (2, 2, 2, 0), (2, 2, 2, 1) and the deep linear network 1-1-1-1 with r = 0. */
    public static List<Case> standardCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(rrr(2, 2, 1, 0));
        cases.add(rrr(2, 2, 2, 0));
        cases.add(rrr(2, 2, 2, 1));
        int[] widths = {1, 1, 1, 1};
        RegressionModel dln = ModelFamilies.deepLinearNetwork(widths, new Rational[][] {{Rational.ZERO}});
        cases.add(new Case("dln 1-1-1-1 r=0", dln, zeros(dln), DeepLinearNetwork.closedForm(widths, 0).lambda()));
        return cases;
    }

    private static Case rrr(int m, int n, int h, int r) {
        Rational[][] truth = new Rational[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                truth[i][j] = i == j && i < r ? Rational.ONE : Rational.ZERO;
            }
        }
        RegressionModel model = ModelFamilies.reducedRankRegression(m, n, h, truth);
        Map<String, Rational> w = zeros(model);
        for (int k = 1; k <= r; k++) {
            w.put("a" + k + k, Rational.ONE);
            w.put("b" + k + k, Rational.ONE);
        }
        return new Case("rrr M=" + m + " N=" + n + " H=" + h + " r=" + r, model, w,
                ReducedRankRegression.closedForm(m, n, h, r).lambda());
    }

    private static Map<String, Rational> zeros(RegressionModel model) {
        Map<String, Rational> w = new HashMap<>();
        model.parameters().forEach(p -> w.put(p, Rational.ZERO));
        return w;
    }

    /** Runs every case with seeds {@code 1 .. seeds} under {@code options} (whose seed is replaced). */
    public static List<Row> run(int seeds, SgldOptions options) {
        List<Row> rows = new ArrayList<>();
        for (Case c : standardCases()) {
            double[] estimates = new double[seeds];
            double sumStderr = 0;
            double sumMillis = 0;
            int covered = 0;
            for (int s = 0; s < seeds; s++) {
                LlcEstimate e = LocalLearningCoefficient.estimate(c.model(), c.wStar(), options.withSeed(s + 1L));
                estimates[s] = e.lambdaHat();
                sumStderr += e.stderr();
                sumMillis += e.millis();
                covered += e.covers(c.lambda()) ? 1 : 0;
            }
            double mean = Arrays.stream(estimates).average().orElseThrow();
            double ss = Arrays.stream(estimates).map(v -> (v - mean) * (v - mean)).sum();
            rows.add(new Row(c.name(), c.lambda(), seeds, mean, mean - c.lambda().doubleValue(),
                    seeds > 1 ? Math.sqrt(ss / (seeds - 1)) : 0, sumStderr / seeds, covered / (double) seeds, sumMillis / seeds));
        }
        return rows;
    }
}

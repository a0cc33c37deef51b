package org.sltjava.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Box;
import org.sltjava.core.Budget;
import org.sltjava.core.Interval;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.numeric.RestrictedFreeEnergy;

/**
 * The free energy F(n) = -log Z(n) against log n: the numeric estimate (nested sampling of the
 * density of states, {@link RestrictedFreeEnergy}, independent replicates) with a band of two
 * standard errors, beside the exact asymptote lambda log n - (m - 1) log log n and the regular
 * line (d/2) log n. The asymptotes hold up to a constant, which is not known exactly: each is
 * drawn with the constant that fits the estimate best (least squares) over the larger half of the
 * sample sizes, so the picture compares slopes and bends, and the caption says so. A local
 * question uses the box cut down to a neighbourhood of the point (a tenth of each range on each
 * side); the prior must be uniform.
 */
public final class FreeEnergyPlot {

    /** The settings of the estimate: the seed, the live points per run, and the range of log n. */
    public record Settings(long seed, int livePoints, double logNMin, double logNMax, int steps) {

        /** Checks the ranges. */
        public Settings {
            if (livePoints < 32 || livePoints > 100_000) {
                throw new InvalidInputException("live points must lie in 32..100000, got " + livePoints);
            }
            if (!(logNMin >= 1 && logNMax > logNMin && logNMax <= 40) || steps < 4 || steps > 1000) {
                throw new InvalidInputException("need 1 <= log n min < log n max <= 40 and 4..1000 steps");
            }
        }

        /** Seed 1, 400 live points, log n from 2 to 18 in 33 steps. */
        public static Settings defaults() {
            return new Settings(1, 400, 2, 18, 33);
        }
    }

    private static final Rational LOCAL_RADIUS = Rational.of(1, 10);

    private FreeEnergyPlot() {
    }

    /**
     * The figure for the problem (global over its box, or local at its point).
     *
     * @throws InvalidInputException when the prior has a weight
     */
    public static Figure of(Problem problem, Settings settings, Budget budget) {
        if (!problem.weight().equals(Polynomial.one())) {
            throw new InvalidInputException("the free-energy plot samples the uniform prior; the weight " + problem.weight()
                    + " is not supported");
        }
        RlctResult exact = RlctEngine.standard().analyse(problem, budget);
        Box region = problem.point().map(a -> neighbourhood(problem, a)).orElse(problem.box());
        double[] logN = new double[settings.steps()];
        double[] ns = new double[settings.steps()];
        for (int s = 0; s < logN.length; s++) {
            logN[s] = settings.logNMin() + (settings.logNMax() - settings.logNMin()) * s / (logN.length - 1);
            ns[s] = Math.exp(logN[s]);
        }
        RestrictedFreeEnergy.Curve curve = RestrictedFreeEnergy.of(problem.k(), Rational.ZERO, region, problem.box(), ns,
                settings.seed(), settings.livePoints());
        double[] f = curve.freeEnergy();
        double[] band = new double[2 * f.length];
        double[] bandX = new double[2 * f.length];
        for (int s = 0; s < f.length; s++) {
            bandX[s] = logN[s];
            band[s] = f[s] + 2 * curve.stderr()[s];
            bandX[2 * f.length - 1 - s] = logN[s];
            band[2 * f.length - 1 - s] = f[s] - 2 * curve.stderr()[s];
        }
        int d = problem.dimension();
        List<Mark> marks = new ArrayList<>();
        List<Charts.Key> keys = new ArrayList<>();
        marks.add(Mark.fill("error-band", "estimate +- 2 standard errors", bandX, band, Charts.LIGHT_BLUE));
        double[] regular = anchored(logN, f, d / 2.0, 0);
        marks.add(Mark.line("regular-line", "(d/2) log n + c, d = " + d, logN, regular, Charts.GREY, 1.5f, true));
        keys.add(new Charts.Key("regular: (" + d + "/2) log n + c", Charts.GREY, false));
        List<String> caption = new ArrayList<>();
        caption.add("K = " + problem.loss() + ", " + (problem.point().isPresent()
                ? "near " + Problem.formatPoint(problem.point().get()) + " (box " + region + ")"
                : "box " + problem.box()) + ", uniform prior");
        caption.add(exact.toString());
        double lo = Math.min(Charts.min(band), Charts.min(regular));
        double hi = Math.max(Charts.max(band), Charts.max(regular));
        if (exact.isExact()) {
            double lambda = exact.lambda().orElseThrow().doubleValue();
            int m = exact.m().orElseThrow();
            double[] asymptote = anchored(logN, f, lambda, m - 1);
            marks.add(Mark.line("asymptote", "lambda log n - (m - 1) log log n + c, lambda = " + exact.lambda().orElseThrow()
                    + ", m = " + m, logN, asymptote, Charts.ORANGE, 2f, false));
            keys.add(new Charts.Key("exact: " + exact.lambda().orElseThrow() + " log n"
                    + (m > 1 ? " - " + (m - 1) + " log log n" : "") + " + c", Charts.ORANGE, false));
            lo = Math.min(lo, Charts.min(asymptote));
            hi = Math.max(hi, Charts.max(asymptote));
        } else {
            caption.add("no exact answer, so no exact asymptote is drawn");
        }
        marks.add(Mark.line("estimate", "nested sampling, seed " + settings.seed() + ", " + settings.livePoints() + " live points",
                logN, f, Charts.BLUE, 2f, false));
        keys.add(new Charts.Key("estimate of F(n) (band: 2 standard errors)", Charts.BLUE, false));
        caption.add("estimate: nested sampling (Skilling 2006), seed " + settings.seed() + ", " + settings.livePoints()
                + " live points, 6 replicates; asymptotes drawn with the constant c fitted over log n >= "
                + Charts.number(logN[logN.length / 2]));
        return new Figure("Free energy F(n) = -log Z(n)", List.of(Charts.xy(null, "log n", Charts.range(logN[0], logN[logN.length - 1], 0.02),
                "F(n)", Charts.range(lo, hi, 0.05), marks, keys)), 1, caption);
    }

    /** a log n - b log log n + c with c fitted by least squares to f over the larger half of the sample sizes. */
    static double[] anchored(double[] logN, double[] f, double a, double b) {
        double c = 0;
        int count = 0;
        for (int s = logN.length / 2; s < logN.length; s++) {
            c += f[s] - (a * logN[s] - b * Math.log(logN[s]));
            count++;
        }
        c /= count;
        double[] y = new double[logN.length];
        for (int s = 0; s < logN.length; s++) {
            y[s] = a * logN[s] - b * Math.log(logN[s]) + c;
        }
        return y;
    }

    private static Box neighbourhood(Problem problem, Map<String, Rational> a) {
        Map<String, Interval> ranges = new LinkedHashMap<>();
        for (String v : problem.parameters()) {
            Interval r = problem.box().range(v);
            Rational h = r.width().multiply(LOCAL_RADIUS);
            Rational c = a.get(v);
            ranges.put(v, Interval.of(r.lo().max(c.subtract(h)), r.hi().min(c.add(h))));
        }
        return Box.of(ranges);
    }
}

package org.sltjava.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.RlctResult;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;
import org.sltjava.plot.FreeEnergyPlot;

/**
 * Guide, chapter 5: the numeric cross-check and its plot. The cusp K = (y^2 - x^3)^2 on
 * [-1, 1]^2: the exact answer (lambda = 5/12, m = 1, derived in chapter 2), an independent
 * estimate by nested sampling with its z-score, and the free-energy picture written to the file
 * given as the first argument (default {@code free-energy-cusp.svg}). Run with
 * {@code --add-modules jdk.incubator.vector} for the fast kernel.
 */
public final class NumericCheck {

    private NumericCheck() {
    }

    public static void main(String[] args) throws IOException {
        Problem cusp = Problem.builder().parameters("x", "y").loss("(y^2 - x^3)^2").box(-1, 1).build();
        RlctResult exact = RlctEngine.standard().analyse(cusp);
        System.out.println("exact: " + exact);

        Estimate e = Estimator.estimate(cusp, EstimatorOptions.defaults().withSeed(7).withBudgetSeconds(0.5));
        System.out.println("estimate: " + e);
        System.out.println(String.format(Locale.ROOT, "z = %.3f", e.zScore(exact.lambda().orElseThrow())));

        Path out = Path.of(args.length > 0 ? args[0] : "free-energy-cusp.svg");
        FreeEnergyPlot.of(cusp, new FreeEnergyPlot.Settings(1, 100, 2, 14, 13), Budget.defaults()).write(out, 800, 600);
        System.out.println("wrote " + out);
    }
}

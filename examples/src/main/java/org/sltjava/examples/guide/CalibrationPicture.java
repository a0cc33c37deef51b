package org.sltjava.examples.guide;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sltjava.core.generate.KnownProblem;
import org.sltjava.core.generate.KnownProblemGenerator;
import org.sltjava.numeric.Estimate;
import org.sltjava.numeric.Estimator;
import org.sltjava.numeric.EstimatorOptions;
import org.sltjava.plot.CalibrationPlot;

/**
 * Guide, the calibration picture: estimates of lambda for problems whose answers are known by
 * construction ({@link KnownProblemGenerator}), written as the JSON Lines {@code slt validate} reads,
 * then drawn against the exact values to the file given as the first argument (default
 * {@code calibration.svg}).
 */
public final class CalibrationPicture {

    private CalibrationPicture() {
    }

    public static void main(String[] args) throws IOException {
        KnownProblemGenerator generator = KnownProblemGenerator.of(5, new KnownProblemGenerator.Size(2, 2, 1, false));
        List<CalibrationPlot.Point> points = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            KnownProblem k = generator.next();
            Estimate e = Estimator.estimate(k.problem(), EstimatorOptions.defaults().withSeed(i).withBudgetSeconds(0.2));
            System.out.println(String.format(Locale.ROOT, "{\"id\": %d, \"lambda\": \"%s\", \"lambdaHat\": %.6f, \"stderr\": %.6f}",
                    i, k.lambda(), e.lambdaHat(), e.stderr()));
            points.add(new CalibrationPlot.Point(String.valueOf(i), k.lambda(), e.lambdaHat(), e.stderr()));
        }
        Path out = Path.of(args.length > 0 ? args[0] : "calibration.svg");
        CalibrationPlot.of(new CalibrationPlot.Input(points, 0)).write(out, 900, 450);
        System.out.println("wrote " + out);
    }
}

package org.sltjava.cli;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sltjava.core.Budget;
import org.sltjava.core.InvalidInputException;
import org.sltjava.plot.CalibrationPlot;
import org.sltjava.plot.Figure;
import org.sltjava.plot.FreeEnergyPlot;
import org.sltjava.plot.NewtonPlot;
import org.sltjava.plot.PhasesPlot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code slt plot newton|free-energy|phases|calibration}: pictures as SVG or PNG files (chosen by
 * the file name), drawn by {@link org.sltjava.plot}. The same input gives the same file.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, description = "Draws a picture to an SVG or PNG file.",
        subcommands = {PlotCommand.Newton.class, PlotCommand.FreeEnergy.class, PlotCommand.Phases.class,
            PlotCommand.Calibration.class})
final class PlotCommand {

    @ParentCommand
    Slt parent;

    /** The options every plot takes: the file and the size. */
    static final class Output {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the picture: FILE.svg or FILE.png")
        Path out;

        @Option(names = "--width", paramLabel = "PIXELS",
                description = "width (default: 800; for a calibration plot by group, about 330 per column of panels)")
        Integer width;

        @Option(names = "--height", paramLabel = "PIXELS",
                description = "height (default: 600; for a calibration plot by group, about 300 per row of panels and the caption)")
        Integer height;

        /** Draws and writes the figure at the given size or 800 x 600, reports the file, and turns refused input into status 2. */
        int write(CommandSpec spec, String name, Callable<Figure> figure) {
            return write(spec, name, figure, f -> new Dimension(800, 600));
        }

        /** Draws and writes the figure, of {@code defaultSize} where --width or --height is not given. */
        int write(CommandSpec spec, String name, Callable<Figure> figure, Function<Figure, Dimension> defaultSize) {
            if (System.getProperty("java.awt.headless") == null) {
                System.setProperty("java.awt.headless", "true");
            }
            PrintWriter err = spec.commandLine().getErr();
            try {
                Figure f;
                try {
                    f = figure.call();
                } catch (IOException e) {
                    err.println("slt plot " + name + ": error: cannot read the input: " + e.getMessage());
                    return 2;
                }
                Dimension size = width != null && height != null ? null : defaultSize.apply(f);
                f.write(out, width != null ? width : size.width, height != null ? height : size.height);
            } catch (InvalidInputException e) {
                err.println("slt plot " + name + ": error: " + e.getMessage());
                return 2;
            } catch (IOException e) {
                err.println("slt plot " + name + ": error: cannot write " + out + ": " + e.getMessage());
                return 2;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.println("wrote " + out);
            o.flush();
            return 0;
        }
    }

    /** The time budget of the engines, for the plots that ask them. */
    static final class EngineBudget {
        @Option(names = "--budget", defaultValue = "10", paramLabel = "SECONDS", description = "time budget of the engines (default: ${DEFAULT-VALUE})")
        double seconds;

        Budget budget() {
            return Budget.of(Duration.ofMillis((long) (seconds * 1000)), 6, 2000);
        }
    }

    /** {@code slt plot newton}. */
    @Command(name = "newton", mixinStandardHelpOptions = true,
            description = "The Newton polygon of K at a point (default the origin), the ray t (h + 1), the principal face, lambda and m.")
    static final class Newton implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "K", description = "the loss")
        String k;
        @Mixin
        ProblemOptions problem;
        @Mixin
        Output output;
        @Mixin
        EngineBudget engines;

        @Override
        public Integer call() {
            return output.write(spec, "newton", () -> NewtonPlot.of(problem.spec(k).toProblem(), engines.budget()));
        }
    }

    /** {@code slt plot free-energy}. */
    @Command(name = "free-energy", mixinStandardHelpOptions = true,
            description = "The estimated free energy F(n) with its error band, the exact asymptote and the regular (d/2) log n line.")
    static final class FreeEnergy implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "K", description = "the loss")
        String k;
        @Mixin
        ProblemOptions problem;
        @Mixin
        Output output;
        @Mixin
        EngineBudget engines;
        @Option(names = "--seed", defaultValue = "1", description = "seed of the estimate (default: ${DEFAULT-VALUE})")
        long seed;
        @Option(names = "--live-points", defaultValue = "400", description = "live points per nested-sampling run (default: ${DEFAULT-VALUE})")
        int live;
        @Option(names = "--log-n", defaultValue = "2:18", paramLabel = "LO:HI", description = "range of log n (default: ${DEFAULT-VALUE})")
        String logN;

        @Override
        public Integer call() {
            return output.write(spec, "free-energy", () -> {
                String[] r = logN.split(":", 2);
                double lo;
                double hi;
                try {
                    lo = Double.parseDouble(r[0]);
                    hi = Double.parseDouble(r.length == 2 ? r[1] : "");
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("--log-n: expected LO:HI, got '" + logN + "'");
                }
                return FreeEnergyPlot.of(problem.spec(k).toProblem(), new FreeEnergyPlot.Settings(seed, live, lo, hi, 33),
                        engines.budget());
            });
        }
    }

    /** {@code slt plot phases}. */
    @Command(name = "phases", mixinStandardHelpOptions = true,
            description = "Each phase's leading-order free energy and the predicted crossing n.")
    static final class Phases implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        PhaseOptions phases;
        @Mixin
        Output output;
        @Mixin
        EngineBudget engines;

        @Override
        public Integer call() {
            return output.write(spec, "phases", () -> PhasesPlot.of(phases.problem(), phases.points(), engines.budget()));
        }
    }

    /** {@code slt plot calibration}. */
    @Command(name = "calibration", mixinStandardHelpOptions = true,
            description = "A sampler's estimates (JSON Lines on stdin, as for `slt validate`, or its output) against the exact values,"
                    + " and their z-scores against the normal; with --group-by, one panel per group and each group's calibration."
                    + " Lines whose reference is only an upper bound or an estimate are skipped and counted.")
    static final class Calibration implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @ParentCommand
        PlotCommand plot;
        @Mixin
        Output output;
        @Option(names = "--group-by", split = ",", paramLabel = "FIELD",
                description = "one panel per value of these fields, as `slt validate --group-by` groups (e.g. setting,lr)")
        List<String> groupBy = List.of();

        @Override
        public Integer call() {
            return output.write(spec, "calibration", () -> CalibrationPlot.of(
                    CalibrationPlot.read(new InputStreamReader(plot.parent.in(), StandardCharsets.UTF_8)), groupBy),
                    f -> groupBy.isEmpty() ? new Dimension(800, 600) : CalibrationPlot.defaultSize(f));
        }
    }
}

package org.sltjava.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs {@link KernelJmh} (one forked JVM per case and kernel, warm-up iterations first) and
 * reports K evaluations per second per case and kernel with the ratio of each to the scalar
 * reference measured in the same run: what {@code slt bench --only kernel} prints. The forked
 * JVMs get the parent's JVM options, so run it with {@code --add-modules jdk.incubator.vector}
 * (as {@code bin/slt} does).
 */
public final class KernelBenchmark {

    /** The kernels in the order of the table's columns. */
    static final List<String> KERNELS = List.of("scalar", "interpreter", "compiled", "specialised");

    private KernelBenchmark() {
    }

    /** One case's throughputs (evaluations per second) by kernel, with JMH's 99.9% error. */
    public record Row(KernelCase shape, Map<String, Double> perSecond, Map<String, Double> error) {

        /** Copies the maps. */
        public Row {
            perSecond = Map.copyOf(perSecond);
            error = Map.copyOf(error);
        }

        /** A kernel's throughput over the scalar reference's. */
        public double ratio(String kernel) {
            return perSecond.get(kernel) / perSecond.get("scalar");
        }

        String line() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-26s", shape.title()));
            for (String k : KERNELS) {
                sb.append(String.format(Locale.ROOT, " %10.3e", perSecond.get(k)));
            }
            for (String k : KERNELS.subList(1, KERNELS.size())) {
                sb.append(String.format(Locale.ROOT, " %8.1fx", ratio(k)));
            }
            return sb.toString();
        }
    }

    /** The figures of one run and how they were measured. */
    public record Report(List<Row> rows, String settings) {

        /** Copies the list. */
        public Report {
            rows = List.copyOf(rows);
        }

        /** A table of evaluations per second by kernel and the ratios to the scalar reference. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(settings).append(System.lineSeparator());
            sb.append(String.format(Locale.ROOT, "%-26s", "K evaluations per second"));
            KERNELS.forEach(k -> sb.append(String.format(Locale.ROOT, " %10s", k)));
            KERNELS.subList(1, KERNELS.size()).forEach(k -> sb.append(String.format(Locale.ROOT, " %9s", k.substring(0, Math.min(9, k.length())))));
            sb.append(System.lineSeparator()).append(String.format(Locale.ROOT, "%-26s%s%s%n", "",
                    " ".repeat(11 * KERNELS.size()), "  (ratios to scalar)"));
            rows.forEach(r -> sb.append(r.line()).append(System.lineSeparator()));
            return sb.toString();
        }
    }

    /**
     * Runs every case and kernel in its own forked JVM: {@code warmups} warm-up iterations and
     * {@code iterations} measured ones of {@code seconds} each; JMH's own output goes to
     * {@code log} (a no-op consumer silences it).
     *
     * @throws IllegalStateException when JMH fails (for example, a forked JVM that could not start)
     */
    public static Report run(double seconds, int warmups, int iterations, Consumer<String> log) {
        TimeValue time = TimeValue.milliseconds(Math.max(100, Math.round(seconds * 1000)));
        Options options = new OptionsBuilder()
                .include(KernelJmh.class.getName())
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(time)
                .measurementIterations(iterations)
                .measurementTime(time)
                .shouldFailOnError(true)
                .build();
        PrintStream sink = new PrintStream(new LineStream(log), true);
        Collection<RunResult> results;
        try {
            results = new Runner(options, OutputFormatFactory.createFormatInstance(sink, VerboseMode.NORMAL)).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
        Map<KernelCase, Map<String, Double>> scores = new EnumMap<>(KernelCase.class);
        Map<KernelCase, Map<String, Double>> errors = new EnumMap<>(KernelCase.class);
        for (RunResult r : results) {
            KernelCase c = KernelCase.valueOf(r.getParams().getParam("shape"));
            String k = r.getParams().getParam("kernel");
            scores.computeIfAbsent(c, x -> new LinkedHashMap<>()).put(k, r.getPrimaryResult().getScore());
            errors.computeIfAbsent(c, x -> new LinkedHashMap<>()).put(k, r.getPrimaryResult().getScoreError());
        }
        List<Row> rows = new ArrayList<>();
        scores.forEach((c, s) -> rows.add(new Row(c, s, errors.get(c))));
        String settings = String.format(Locale.ROOT,
                "JMH, 1 fork per case and kernel, %d warm-up + %d measured iterations of %s, batch of %d points, one thread",
                warmups, iterations, time, KernelCase.BATCH);
        return new Report(rows, settings);
    }

    /** Passes every complete line written to it to a consumer. */
    private static final class LineStream extends OutputStream {
        private final Consumer<String> lines;
        private final StringBuilder line = new StringBuilder();

        LineStream(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.accept(line.toString());
                line.setLength(0);
            } else if (b != '\r') {
                line.append((char) b);
            }
        }
    }
}

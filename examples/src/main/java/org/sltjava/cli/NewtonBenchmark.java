package org.sltjava.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Budget;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctResult;
import org.sltjava.resolution.NewtonEngine;

/**
 * A benchmark (not a test) of the Newton engine: the median wall-clock time per problem over a
 * fixed set of local problems at the origin with 2 to 12 variables, after a warm-up run. The
 * report has one line per problem (variables, answer, median milliseconds) and the overall
 * median.
 */
public final class NewtonBenchmark {

    private final int repetitions;

    private NewtonBenchmark(int repetitions) {
        this.repetitions = repetitions;
    }

    /** A benchmark that times every problem {@code repetitions} times (at least one). */
    public static NewtonBenchmark of(int repetitions) {
        return new NewtonBenchmark(Math.max(1, repetitions));
    }

    /** The problems, by loss text; each is asked locally at the origin of [-1, 1]^d. */
    public static Map<String, List<String>> problems() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("(y^2 - x^3)^2", vars("x", "y"));
        p.put("(x^2 - y^2)^2", vars("x", "y"));
        p.put("x^2*y^2 + x^4 + y^6", vars("x", "y"));
        p.put("(x*y*z)^2 + x^6 + y^6 + z^6", vars("x", "y", "z"));
        p.put("(a^2 - a*b + b^2)*(a^2 + b^2) + c^4 + e^2*c^2", vars("a", "b", "c", "e"));
        p.put(sumOfSquares(6), indexed(6));
        p.put(products(8), indexed(8));
        p.put(sumOfSquares(10), indexed(10));
        p.put(mixed(12), indexed(12));
        return p;
    }

    private static List<String> vars(String... names) {
        return List.of(names);
    }

    private static List<String> indexed(int d) {
        List<String> v = new ArrayList<>();
        for (int i = 1; i <= d; i++) {
            v.add("w" + i);
        }
        return v;
    }

    private static String sumOfSquares(int d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= d; i++) {
            sb.append(i == 1 ? "" : " + ").append("w").append(i).append("^2");
        }
        return sb.toString();
    }

    private static String products(int d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < d; i += 2) {
            sb.append(i == 1 ? "" : " + ").append("(w").append(i).append("*w").append(i + 1).append(")^2");
        }
        return sb.toString();
    }

    private static String mixed(int d) {
        StringBuilder sb = new StringBuilder("(w1^2 - w1*w2 + w2^2)^2");
        for (int i = 3; i <= d; i++) {
            sb.append(" + w").append(i).append("^").append(2 * (1 + i % 3));
        }
        return sb.toString();
    }

    /** Runs the problems and returns the report. */
    public String report() {
        NewtonEngine engine = new NewtonEngine();
        StringBuilder sb = new StringBuilder("Newton engine, median of " + repetitions + " run(s) per problem\n");
        List<Double> medians = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : problems().entrySet()) {
            Problem.Builder b = Problem.builder().parameters(e.getValue()).loss(e.getKey());
            e.getValue().forEach(v -> b.at(v, "0"));
            Problem problem = b.build();
            RlctResult result = engine.analyse(problem, budget());
            double[] times = new double[repetitions];
            for (int r = 0; r < repetitions; r++) {
                long start = System.nanoTime();
                result = engine.analyse(problem, budget());
                times[r] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            double median = times[repetitions / 2];
            medians.add(median);
            sb.append(String.format("d=%2d  %-40s  %-40s  %9.2f ms%n", e.getValue().size(), abbreviate(e.getKey()), result,
                    median));
        }
        medians.sort(Double::compare);
        sb.append(String.format("median over problems: %.2f ms%n", medians.get(medians.size() / 2)));
        return sb.toString();
    }

    private static Budget budget() {
        return Budget.of(Duration.ofSeconds(60), 6, 2000);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Prints the report of five repetitions. */
    public static void main(String[] args) {
        System.out.print(of(args.length > 0 ? Integer.parseInt(args[0]) : 5).report());
    }
}

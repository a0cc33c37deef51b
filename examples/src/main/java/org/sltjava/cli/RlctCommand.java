package org.sltjava.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;
import org.sltjava.numeric.Estimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slt rlct}: the learning coefficient of one problem, as text or one JSON object, optionally with the numeric check. */
@Command(name = "rlct", mixinStandardHelpOptions = true,
        description = "Prints lambda (the real log canonical threshold) and its multiplicity m for the loss K,"
                + " with the status (exact, upper_bound, unresolved, error) and the derivation.")
final class RlctCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "K", description = "the loss, a polynomial such as '(y^2 - x^3)^2'")
    String k;

    @Mixin
    ProblemOptions problem;

    @Option(names = "--engine", defaultValue = "standard", description = "engine to use (default: ${DEFAULT-VALUE}, every engine in turn)")
    String engine;

    @Option(names = "--budget", defaultValue = "10", paramLabel = "SECONDS", description = "time budget of the symbolic search (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--check", description = "also estimate lambda numerically and print the z-score of the difference")
    boolean check;

    @Option(names = "--seed", defaultValue = "1", description = "seed of the numeric check (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--check-budget", defaultValue = "10", paramLabel = "SECONDS", description = "work budget of the numeric check (default: ${DEFAULT-VALUE})")
    double checkBudget;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Override
    public Integer call() {
        RlctResult r;
        Problem built = null;
        try {
            ProblemSpec s = problem.spec(k);
            built = s.toProblem();
            r = Analysis.run(s, engine, budget);
        } catch (InvalidInputException e) {
            r = RlctResult.error("input", e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (r.status() == Status.ERROR && !json) {
            err.println("slt rlct: error: " + r.error().orElseThrow());
            err.flush();
            return 2;
        }
        Estimate e = null;
        String estimateError = null;
        if (check && built != null) {
            try {
                e = NumericCheck.estimate(built, seed, checkBudget, line -> {
                    err.println(line);
                    err.flush();
                });
            } catch (IllegalStateException | InvalidInputException ex) {
                estimateError = ex.getMessage();
            }
        }
        if (json) {
            ObjectNode o = ResultJson.of(null, r);
            o.remove("id");
            ArrayNode lines = o.putArray("certificate");
            r.certificate().lines().forEach(lines::add);
            o.set("derivation", ResultJson.derivation(r));
            if (e != null) {
                NumericCheck.put(o, e);
                Double z = NumericCheck.z(r, e);
                if (z != null) {
                    o.put("z", z);
                }
            } else if (estimateError != null) {
                o.put("estimateError", estimateError);
            }
            out.println(o);
        } else {
            out.print(text(r));
            if (e != null) {
                out.println("numeric check: " + e);
                Double z = NumericCheck.z(r, e);
                if (z != null) {
                    out.println(String.format(Locale.ROOT, "z = (lambdaHat - lambda) / stderr = %.2f", z));
                } else if (r.lambdaUpper().isPresent()) {
                    out.println(String.format(Locale.ROOT, "(lambdaHat - lambdaUpper) / stderr = %.2f (a bound: only large positive values contradict it)",
                            (e.lambdaHat() - r.lambdaUpper().get().doubleValue()) / e.stderr()));
                }
            } else if (estimateError != null) {
                out.println("numeric check failed: " + estimateError);
            }
        }
        out.flush();
        return r.status() == Status.ERROR ? 2 : 0;
    }

    /** The human-readable report. */
    static String text(RlctResult r) {
        StringBuilder sb = new StringBuilder();
        switch (r.status()) {
            case EXACT -> sb.append("lambda = ").append(r.lambda().orElseThrow()).append('\n')
                    .append("m = ").append(r.m().orElseThrow()).append('\n');
            case UPPER_BOUND -> sb.append("lambda <= ").append(r.lambdaUpper().orElseThrow()).append('\n')
                    .append("m = unknown\n");
            case UNRESOLVED -> sb.append("lambda = unknown\nm = unknown\n");
            case ERROR -> sb.append("error = ").append(r.error().orElseThrow()).append('\n');
        }
        sb.append("status = ").append(r.status().label()).append('\n');
        sb.append("method = ").append(r.method()).append('\n');
        if (!r.certificate().lines().isEmpty()) {
            sb.append("certificate:\n");
            r.certificate().lines().forEach(l -> sb.append("  ").append(l).append('\n'));
        }
        sb.append("time = ").append(r.millis()).append(" ms\n");
        return sb.toString();
    }
}

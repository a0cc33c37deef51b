package org.sltjava.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options that state a phase question, shared by {@code slt phases} and {@code slt plot
 * phases}: K, the candidate phases ({@code --at}, at least twice) and the prior.
 */
final class PhaseOptions {

    @Parameters(index = "0", paramLabel = "K", description = "the loss")
    String k;

    @Option(names = "--at", required = true, paramLabel = "x=V,y=V", description = "a candidate phase (repeat, at least twice)")
    List<String> points;

    @Option(names = "--box", paramLabel = "LO:HI | x=LO:HI,y=LO:HI", description = "the prior's box (default -1:1)")
    String box;

    @Option(names = "--vars", paramLabel = "x,y", split = ",", description = "the parameters in order")
    List<String> vars;

    @Option(names = "--weight", paramLabel = "POLY", description = "prior density proportional to |POLY|")
    String weight;

    /** The problem (its point unset). */
    Problem problem() {
        return ProblemSpec.fromOptions(k, vars, box, weight, null).toProblem();
    }

    /** The candidate phases, in the order given. */
    List<Map<String, Rational>> points() {
        List<Map<String, Rational>> at = new ArrayList<>();
        points.forEach(p -> at.add(ProblemSpec.point(p)));
        return at;
    }
}

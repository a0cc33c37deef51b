package org.sltjava.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sltjava.core.Budget;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.RlctEngine;
import org.sltjava.core.phases.PhaseTransitions;
import org.sltjava.core.phases.PhaseTransitions.Crossing;
import org.sltjava.core.phases.PhaseTransitions.Diagram;
import org.sltjava.core.phases.PhaseTransitions.Phase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code slt phases}: the local (lambda, m) of each candidate phase (a local minimum of K given
 * by {@code --at}) and the sample sizes at which the Bayesian posterior's preferred phase switches,
 * from the leading-order free energies n K_i + lambda_i log n - (m_i - 1) log log n.
 */
@Command(name = "phases", mixinStandardHelpOptions = true,
        description = "Prints each phase's level K_i, local lambda and m, and the sample sizes n where the preferred phase switches.")
final class PhasesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PhaseOptions phases;

    @Option(names = "--budget", defaultValue = "10", paramLabel = "SECONDS", description = "time budget per phase (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        Diagram d;
        try {
            d = PhaseTransitions.analyse(phases.problem(), phases.points(), RlctEngine.standard(),
                    Budget.of(Duration.ofMillis((long) (budget * 1000)), 6, 2000));
        } catch (InvalidInputException e) {
            spec.commandLine().getErr().println("slt phases: error: " + e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? json(d).toString() : text(d));
        out.flush();
        return 0;
    }

    private static String text(Diagram d) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < d.phases().size(); i++) {
            Phase p = d.phases().get(i);
            sb.append("phase ").append(i + 1).append(" at ").append(Problem.formatPoint(p.point())).append(": K = ").append(p.level())
                    .append(", ").append(p.local()).append('\n');
        }
        sb.append("preferred phase as n grows (leading order: n K_i + lambda_i log n - (m_i - 1) log log n, O(1) terms ignored):\n");
        if (d.switches().isEmpty()) {
            sb.append("  no switch for e < n < e^700 among the phases with exact answers\n");
        }
        for (Crossing c : d.switches()) {
            sb.append(String.format("  n = %.6g: phase %d -> phase %d%n", c.n(), c.before() + 1, c.after() + 1));
        }
        return sb.toString().stripTrailing();
    }

    private static ObjectNode json(Diagram d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        ArrayNode phases = o.putArray("phases");
        for (Phase p : d.phases()) {
            ObjectNode ph = ResultJson.of(null, p.local());
            ph.remove("id");
            ObjectNode at = ph.putObject("at");
            p.point().forEach((v, x) -> at.put(v, x.toString()));
            ph.put("level", p.level().toString());
            phases.add(ph);
        }
        ArrayNode sw = o.putArray("switches");
        for (Crossing c : d.switches()) {
            sw.addObject().put("from", c.before() + 1).put("to", c.after() + 1).put("n", c.n());
        }
        return o;
    }
}

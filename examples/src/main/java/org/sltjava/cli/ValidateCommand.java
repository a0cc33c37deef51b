package org.sltjava.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code slt validate}: checks a sampler's estimates of lambda against references that say what
 * they are. Each line holds an estimate as samplers write it ({@link SamplerEstimate}) and a
 * reference ({@link ReferenceFinder}: catalogue, given, exact, upper bound or our estimate); the
 * output line names the reference's kind and gives the difference and z-score, and echoes the
 * line's own fields ({@link ValidateFields}). Then, per group of {@code --group-by} and overall,
 * the calibration ({@link Calibration}). {@code --max-z} and {@code --max-bias} set the exit
 * status for CI.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Reads sampler estimates as JSON Lines (lambdaHat and stderr, chains: [...], or devinterp's llc/mean, llc/std,"
                + " llc-chain/{i}, llc/trace; and a reference: catalog, lambda or a problem) and writes per line the reference and"
                + " its kind, the error and the z-score, then a calibration summary per group and overall.")
final class ValidateCommand implements Callable<Integer> {

    /** The batch reader, also accepting the NaN that Python's json writes for a diverged chain (refused with its field named). */
    private static final ObjectMapper JSON = BatchCommand.JSON.copy().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature())
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    /** Echoed numbers are written as they were read ({@code 100.0}, not {@code 1E+2}). */
    private static final ObjectWriter OUT = JSON.writer().with(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

    @Spec
    CommandSpec spec;

    @ParentCommand
    Slt parent;

    @Option(names = "--max-z", paramLabel = "Z", description = "exit with status 1 if any |z| exceeds Z (one-sided above an upper bound)")
    String maxZ;

    @Option(names = "--max-bias", paramLabel = "B", description = "exit with status 1 if the mean bias of any group (overall without"
            + " --group-by) exceeds B in absolute value")
    String maxBias;

    @Option(names = "--group-by", split = ",", paramLabel = "FIELD", description = "summarise per value of these fields (e.g. setting,lr)")
    List<String> groupBy = List.of();

    @Option(names = "--budget", defaultValue = "60", paramLabel = "SECONDS",
            description = "time budget per distinct problem for the engines (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--engine", defaultValue = "standard", description = "engine for problem lines (default: ${DEFAULT-VALUE}, every engine in turn)")
    String engine;

    @Option(names = "--seed", defaultValue = "1", description = "seed of our numeric estimate, when it is the reference (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--estimate-budget", defaultValue = "10", paramLabel = "SECONDS",
            description = "work budget of our numeric estimate, when it is the reference (default: ${DEFAULT-VALUE})")
    double estimateBudget;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Rational zLimit;
        Rational biasLimit;
        try {
            zLimit = limit(maxZ, "--max-z");
            biasLimit = limit(maxBias, "--max-bias");
            if (!(budget > 0) || !(estimateBudget > 0)) {
                throw new InvalidInputException("--budget and --estimate-budget must be positive numbers of seconds");
            }
        } catch (InvalidInputException e) {
            err.println("slt validate: error: " + e.getMessage());
            err.flush();
            return 2;
        }
        ReferenceFinder finder = new ReferenceFinder(engine, budget, seed, estimateBudget, line -> {
            if (NumericCheck.progressWanted()) {
                err.println(line);
                err.flush();
            }
        });
        Calibration overall = new Calibration();
        Map<String, Map.Entry<ObjectNode, Calibration>> groups = new LinkedHashMap<>();
        JsonLines.answerEach(parent.in(), out, (line, lineNo) -> {
            Line l = check(line, lineNo, finder);
            List<Calibration> into = new ArrayList<>(List.of(overall));
            if (!groupBy.isEmpty() && l.node() != null && l.node().isObject()) {
                ObjectNode key = JsonNodeFactory.instance.objectNode();
                groupBy.forEach(f -> key.set(f, l.node().has(f) ? l.node().get(f) : JsonNodeFactory.instance.nullNode()));
                into.add(groups.computeIfAbsent(key.toString(), k -> Map.entry(key, new Calibration())).getValue());
            }
            for (Calibration c : into) {
                c.countLine();
                if (l.point() == null) {
                    c.countUnanswered();
                } else {
                    c.add(l.point());
                }
            }
            return text(l.output());
        });
        boolean fail = false;
        for (Map.Entry<ObjectNode, Calibration> g : groups.values()) {
            ObjectNode o = JsonNodeFactory.instance.objectNode();
            o.set("group", g.getKey());
            g.getValue().put(o.putObject("summary"));
            out.println(text(o));
            fail |= biasExceeds(g.getValue(), biasLimit, "group " + g.getKey(), err);
        }
        ObjectNode s = JsonNodeFactory.instance.objectNode();
        overall.put(s.putObject("summary"));
        out.println(text(s));
        out.flush();
        if (groups.isEmpty()) {
            fail |= biasExceeds(overall, biasLimit, "all lines", err);
        }
        if (zLimit != null && overall.anyExceeds(zLimit)) {
            err.println("slt validate: a line lies more than --max-z " + maxZ + " standard errors from its reference");
            fail = true;
        }
        err.flush();
        return fail ? 1 : 0;
    }

    /** One answered line: its input (null when malformed), its output and its comparison (null when there is none). */
    private record Line(JsonNode node, ObjectNode output, Calibration.Point point) {
    }

    private Line check(String line, int lineNo, ReferenceFinder finder) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            o.putNull("id");
            return new Line(null, failed(o, "line " + lineNo + ": malformed JSON: " + e.getOriginalMessage()), null);
        }
        JsonNode id = node.isObject() && node.has("id") ? node.get("id") : JsonNodeFactory.instance.nullNode();
        o.set("id", id);
        try {
            if (!node.isObject()) {
                throw new InvalidInputException("expected a JSON object");
            }
            ValidateFields.echo(node, ValidateFields.extras(node), o);
            SamplerEstimate estimate = SamplerEstimate.read(node);
            ReferenceFinder.Found found = finder.find(node);
            if (found.reference() == null) {
                o.put("status", "no_reference");
                o.put("reason", found.reason());
                return new Line(node, o, null);
            }
            Reference ref = found.reference();
            ref.put(o);
            o.put("lambdaHat", estimate.lambdaHat().doubleValue());
            o.put("stderr", estimate.stderr());
            o.put("estimateFrom", estimate.from());
            estimate.chains().ifPresent(n -> o.put("num_chains", n));
            Calibration.Point p = new Calibration.Point(lineNo, id, estimate.lambdaHat().subtract(ref.centre()),
                    estimate.variance().add(ref.ownVariance()), ref.centre(), ref.oneSided());
            o.put("difference", p.difference().doubleValue());
            if (ref.oneSided()) {
                o.put("zAboveBound", p.z());
            } else {
                if (p.reference().signum() > 0) {
                    o.put("relativeError", p.difference().divide(p.reference()).doubleValue());
                }
                o.put("z", p.z());
                if (p.withinSe() > 0) {
                    o.put("withinSe", p.withinSe());
                }
            }
            return new Line(node, o, p);
        } catch (InvalidInputException e) {
            return new Line(node, failed(o, "line " + lineNo + ": " + e.getMessage()), null);
        }
    }

    private static boolean biasExceeds(Calibration c, Rational limit, String what, PrintWriter err) {
        Rational bias = c.meanBias();
        if (limit == null || bias == null || bias.abs().compareTo(limit) <= 0) {
            return false;
        }
        err.println("slt validate: mean bias of " + what + " is " + bias.doubleValue() + ", beyond --max-bias " + limit);
        return true;
    }

    private static Rational limit(String text, String option) {
        if (text == null) {
            return null;
        }
        Rational r = ProblemSpec.number(text, option);
        if (r.signum() < 0) {
            throw new InvalidInputException(option + " must not be negative, got " + text);
        }
        return r;
    }

    private static String text(ObjectNode o) {
        try {
            return OUT.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode failed(ObjectNode o, String message) {
        o.put("status", "error");
        o.put("error", message);
        return o;
    }
}

package org.sltjava.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sltjava.core.Interval;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code slt batch}: JSON Lines in, one JSON line out per non-blank input line, in order and
 * flushed as soon as it and the lines before it are answered; {@code --jobs N} lines are answered
 * at a time, with the same output for any N (see {@link BatchAnswerer}). A bad line yields an
 * error line and the batch goes on.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Reads JSON Lines problems on stdin ({\"id\":..., \"K\":\"...\" or [\"f1\", \"f2\", ...] with \"scale\", \"vars\":[...],"
                + " \"box\":..., \"weight\":\"...\", \"at\":{...}}) and writes one JSON result line per input line on stdout.")
final class BatchCommand implements Callable<Integer> {

    private static final Set<String> FIELDS = Set.of("id", "K", "scale", "vars", "box", "weight", "at", "estimate", "seed", "budget");
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Spec
    CommandSpec spec;

    @ParentCommand
    Slt parent;

    @Option(names = "--engine", defaultValue = "standard", description = "engine to use (default: ${DEFAULT-VALUE}, every engine in turn)")
    String engine;

    @Option(names = "--budget", defaultValue = "10", paramLabel = "SECONDS",
            description = "the symbolic engines' time budget per line, wall-clock (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--jobs", paramLabel = "N", description = "lines answered at a time (default: the number of cores, ${DEFAULT-VALUE} here);"
            + " the output is the same for any N")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--derivation", description = "add to each result line the derivation tree (rule ids, claims, citations),"
            + " as slt rlct --json prints it")
    boolean derivation;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            err.println("slt batch: error: --jobs must be at least 1, got " + jobs);
            return 2;
        }
        BatchAnswerer answerer;
        try {
            answerer = new BatchAnswerer(engine, budget, Math.max(1, Runtime.getRuntime().availableProcessors() / jobs),
                    derivation);
        } catch (InvalidInputException e) {
            err.println("slt batch: error: --budget: " + e.getMessage());
            return 2;
        }
        Consumer<String> progress = line -> {
            err.println(line);
            err.flush();
        };
        JsonLines.answerEach(parent.in(), spec.commandLine().getOut(), (line, lineNo) -> answerer.answer(line, lineNo, progress), jobs);
        return 0;
    }

    /** Reads one input object into a problem spec, allowing {@code extra} fields beside the problem's. */
    static ProblemSpec read(JsonNode node, Set<String> extra) {
        if (!node.isObject()) {
            throw new InvalidInputException("expected a JSON object, got " + node.getNodeType().toString().toLowerCase());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.contains(f) && !extra.contains(f)) {
                throw new InvalidInputException("unknown field \"" + f + "\" (known: id, K, scale, vars, box, weight, at, estimate, seed, budget)");
            }
        }
        JsonNode k = node.get("K");
        if (k == null || !(k.isTextual() || k.isArray() && !k.isEmpty())) {
            throw new InvalidInputException("field \"K\" must be a string holding the polynomial, or a non-empty array of"
                    + " strings holding f_1, f_2, ... for K = scale * (f_1^2 + f_2^2 + ...)");
        }
        List<String> squares = null;
        if (k.isArray()) {
            squares = new ArrayList<>();
            for (JsonNode f : k) {
                if (!f.isTextual()) {
                    throw new InvalidInputException("field \"K\" must hold strings, got " + f);
                }
                squares.add(f.asText());
            }
        }
        Rational scale = Rational.ONE;
        if (node.has("scale")) {
            if (squares == null) {
                throw new InvalidInputException("field \"scale\" goes with \"K\" given as an array of squares");
            }
            scale = number(node.get("scale"), "scale");
            if (scale.signum() <= 0) {
                throw new InvalidInputException("field \"scale\" must be positive, got " + scale);
            }
        }
        List<String> vars = null;
        if (node.has("vars")) {
            JsonNode v = node.get("vars");
            if (!v.isArray()) {
                throw new InvalidInputException("field \"vars\" must be an array of names");
            }
            vars = new ArrayList<>();
            for (JsonNode n : v) {
                if (!n.isTextual()) {
                    throw new InvalidInputException("field \"vars\" must hold strings, got " + n);
                }
                vars.add(n.asText());
            }
        }
        Interval all = null;
        Map<String, Interval> ranges = null;
        JsonNode box = node.get("box");
        if (box != null) {
            if (box.isArray()) {
                all = pair(box, "box");
            } else if (box.isObject()) {
                ranges = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = box.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    ranges.put(e.getKey(), pair(e.getValue(), "box." + e.getKey()));
                }
            } else {
                throw new InvalidInputException("field \"box\" must be [lo, hi] or {\"x\": [lo, hi], ...}");
            }
        }
        String weight = null;
        if (node.has("weight")) {
            if (!node.get("weight").isTextual()) {
                throw new InvalidInputException("field \"weight\" must be a string holding a polynomial");
            }
            weight = node.get("weight").asText();
        }
        Map<String, Rational> at = null;
        JsonNode a = node.get("at");
        if (a != null) {
            if (!a.isObject()) {
                throw new InvalidInputException("field \"at\" must be an object {\"x\": value, ...}");
            }
            at = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                at.put(e.getKey(), number(e.getValue(), "at." + e.getKey()));
            }
        }
        return new ProblemSpec(squares == null ? k.asText() : null, squares, scale, vars, all, ranges, weight, at);
    }

    private static Interval pair(JsonNode n, String what) {
        if (!n.isArray() || n.size() != 2) {
            throw new InvalidInputException("field \"" + what + "\" must be a pair [lo, hi]");
        }
        return ProblemSpec.range(number(n.get(0), what), number(n.get(1), what), what);
    }

    /** A JSON number (read exactly) or a string holding an integer, fraction or decimal. */
    static Rational number(JsonNode n, String what) {
        if (n.isIntegralNumber()) {
            return Rational.of(n.bigIntegerValue());
        }
        if (n.isNumber()) {
            return Rational.of(n.decimalValue());
        }
        if (n.isTextual()) {
            return ProblemSpec.number(n.asText(), "field \"" + what + "\"");
        }
        throw new InvalidInputException("field \"" + what + "\" must be a number or a string such as \"1/2\", got " + n);
    }
}

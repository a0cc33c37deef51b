package org.sltjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;
import org.sltjava.core.catalog.Catalog;
import org.sltjava.core.catalog.CatalogEntry;
import org.sltjava.numeric.Estimate;

/**
 * Finds the reference of one {@code slt validate} line, in this order: a catalogue family named
 * by {@code catalog}, or by the id of a line that {@code slt catalog --json} wrote (the published
 * value; a {@code lambda} on the same line must agree with it); a {@code lambda} given on the
 * line (with its {@code citation} as the source when it has one); the problem's batch fields answered by the engines within
 * the validation budget (exact, else an upper bound as a one-sided check); when nothing is
 * proven, our numeric estimate. Answers are remembered per catalogue id and per problem, so
 * many runs of the same model cost one analysis.
 */
final class ReferenceFinder {

    /** The batch fields that state a problem. */
    static final List<String> PROBLEM_FIELDS = List.of("K", "scale", "vars", "box", "weight", "at");

    /** A reference, or the reason there is none. */
    record Found(Reference reference, String reason) {
    }

    private final String engine;
    private final double budget;
    private final long seed;
    private final double estimateBudget;
    private final Consumer<String> progress;
    private final Map<String, CatalogEntry> catalogue = new HashMap<>();
    private final Map<String, Found> problems = new HashMap<>();

    ReferenceFinder(String engine, double budget, long seed, double estimateBudget, Consumer<String> progress) {
        this.engine = engine;
        this.budget = budget;
        this.seed = seed;
        this.estimateBudget = estimateBudget;
        this.progress = progress;
    }

    /** The reference of one line. */
    Found find(JsonNode node) {
        Rational given = node.has("lambda") ? BatchCommand.number(node.get("lambda"), "lambda") : null;
        Integer m = null;
        if (node.has("m")) {
            if (!node.get("m").canConvertToInt() || !node.get("m").isIntegralNumber() || node.get("m").asInt() < 1) {
                throw new InvalidInputException("field \"m\" must be a positive integer, got " + node.get("m"));
            }
            m = node.get("m").asInt();
        }
        String id = catalogueId(node);
        if (id != null) {
            CatalogEntry e = catalogue.get(id);
            if (e == null) {
                e = Catalog.entry(id);
                catalogue.put(id, e);
            }
            if (given != null && !given.equals(e.lambda())) {
                throw new InvalidInputException("field \"lambda\" = " + given + " disagrees with the catalogue's " + e.lambda()
                        + " for " + e.id());
            }
            return new Found(Reference.catalogue(e.lambda(), e.m(), e.citation()), null);
        }
        if (given != null) {
            if (given.signum() <= 0) {
                throw new InvalidInputException("field \"lambda\" must be positive, got " + given);
            }
            String source = node.has("citation") && node.get("citation").isTextual() ? node.get("citation").asText() : "the line's \"lambda\"";
            return new Found(Reference.given(given, m, source), null);
        }
        if (!node.has("K")) {
            throw new InvalidInputException("no reference: give \"catalog\" (such as \"rrr M=3, N=3, H=2, r=1\"), \"lambda\","
                    + " or the problem (\"K\" and optionally \"scale\", \"vars\", \"box\", \"weight\", \"at\")");
        }
        ObjectNode problem = JsonNodeFactory.instance.objectNode();
        PROBLEM_FIELDS.stream().filter(node::has).forEach(f -> problem.set(f, node.get(f)));
        String key = problem.toString();
        Found found = problems.get(key);
        if (found == null) {
            found = engines(node);
            problems.put(key, found);
        }
        return found;
    }

    /**
     * The catalogue id of a line: its {@code catalog} field, or the {@code id} of a line that
     * {@code slt catalog --json} wrote (it carries the catalogue's {@code citation}, and its id is the entry's id).
     */
    private String catalogueId(JsonNode node) {
        if (node.has("catalog")) {
            if (!node.get("catalog").isTextual()) {
                throw new InvalidInputException("field \"catalog\" must be a string such as \"rrr M=3, N=3, H=2, r=1\"");
            }
            return node.get("catalog").asText().strip();
        }
        if (node.has("citation") && node.has("id") && node.get("id").isTextual()) {
            String id = node.get("id").asText().strip();
            if (catalogue.containsKey(id)) {
                return id;
            }
            try {
                catalogue.put(id, Catalog.entry(id));
                return id;
            } catch (InvalidInputException notAnId) {
                return null;
            }
        }
        return null;
    }

    private Found engines(JsonNode node) {
        Set<String> others = new HashSet<>();
        node.fieldNames().forEachRemaining(others::add);
        ProblemSpec spec = BatchCommand.read(node, others);
        RlctResult r = Analysis.run(spec, engine, budget);
        if (r.status() == Status.ERROR) {
            throw new InvalidInputException(r.error().orElseThrow());
        }
        if (r.isExact()) {
            return new Found(Reference.exact(r.lambda().orElseThrow(), r.m().orElseThrow(), r.method()), null);
        }
        if (r.status() == Status.UPPER_BOUND) {
            return new Found(Reference.upperBound(r.lambdaUpper().orElseThrow(), r.method(), budget), null);
        }
        try {
            Estimate e = NumericCheck.estimate(spec.toProblem(), seed, estimateBudget, progress);
            return new Found(Reference.estimate(e.lambdaHat(), e.stderr(), "our numeric estimate (" + e.method() + ", seed " + seed
                    + ", estimate budget " + estimateBudget + " s)", budget, null), null);
        } catch (IllegalStateException e) {
            return new Found(null, "the engines proved nothing within the budget of " + budget + " s (best bound: none), and our"
                    + " numeric estimate failed: " + e.getMessage());
        }
    }
}

package org.sltjava.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Set;
import java.util.function.Consumer;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Rational;
import org.sltjava.core.RlctResult;
import org.sltjava.core.Status;
import org.sltjava.numeric.Estimate;

/**
 * The answer to one line of {@code slt batch}: a JSON problem in, one JSON result line out (the
 * README's JSON contract). Shared by {@code slt batch} (the threads of one machine) and the Spark
 * job (the tasks of a cluster), so both give the same answer to the same line.
 *
 * <p>The answer is a function of the line, its number and these settings: the numeric check's
 * seed comes from the line, and its random streams are split from that seed whatever the thread
 * count. The one exception is a line that reaches its time budget, which is wall-clock time: it
 * reports what it reached ({@code upper_bound} or {@code unresolved}), honestly but depending on
 * the machine's speed and load. A line never throws: bad input is an {@code error} line naming the
 * line and the place, and a failure inside an engine an {@code error} line with method
 * {@code internal}, so one line can never stop a sweep.
 *
 * @param engine          the engine's name ({@code standard}: every engine in turn)
 * @param budgetSeconds   the symbolic engines' time budget per line
 * @param estimateThreads threads of a line's numeric check (they change its speed, never its result)
 * @param derivation      whether each result line carries the {@code "derivation"} tree (as
 *                        {@code slt rlct --json} prints it); off by default to keep lines short
 */
public record BatchAnswerer(String engine, double budgetSeconds, int estimateThreads, boolean derivation) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Fields that {@code slt generate} and {@code slt catalog --json} add: expected answers, read past so their output can be piped in. */
    private static final Set<String> IGNORED = Set.of("lambda", "m", "derivation", "publishedExact", "citation", "conditions");

    /** Checks the settings. */
    public BatchAnswerer {
        if (!(budgetSeconds > 0) || Double.isInfinite(budgetSeconds)) {
            throw new InvalidInputException("the budget must be a positive number of seconds, got " + budgetSeconds);
        }
        if (estimateThreads < 1) {
            throw new InvalidInputException("the numeric check needs at least one thread, got " + estimateThreads);
        }
    }

    /**
     * Answers with the named engine and budget, numeric checks on one thread (a Spark task's share
     * of a machine), without derivations.
     */
    public static BatchAnswerer of(String engine, double budgetSeconds) {
        return new BatchAnswerer(engine, budgetSeconds, 1, false);
    }

    /** The same answerer, with or without the derivation tree on each result line. */
    public BatchAnswerer withDerivation(boolean on) {
        return new BatchAnswerer(engine, budgetSeconds, estimateThreads, on);
    }

    /** The result line for input line {@code lineNo} (1-based; error messages name it). */
    public String answer(String line, long lineNo) {
        return answer(line, lineNo, progress -> { });
    }

    /** The result line, with the numeric check's stage lines sent to {@code progress}. */
    public String answer(String line, long lineNo, Consumer<String> progress) {
        long start = System.nanoTime();
        JsonNode node;
        try {
            node = BatchCommand.JSON.readTree(line);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            return ResultJson.error(null, "line " + lineNo + ": malformed JSON" + where + ": " + e.getOriginalMessage(),
                    Analysis.elapsed(start)).toString();
        }
        JsonNode id = node.isObject() ? node.get("id") : null;
        try {
            ProblemSpec problem = BatchCommand.read(node, IGNORED);
            RlctResult r = Analysis.run(problem, engine, budgetSeconds).withMillis(Analysis.elapsed(start));
            ObjectNode o = ResultJson.of(id, r);
            if (derivation) {
                o.set("derivation", ResultJson.derivation(r));
            }
            if (wantsEstimate(node) && r.status() != Status.ERROR) {
                estimate(node, problem, o, progress);
            }
            return o.toString();
        } catch (InvalidInputException e) {
            return ResultJson.error(id, "line " + lineNo + ": " + e.getMessage(), Analysis.elapsed(start)).toString();
        } catch (RuntimeException | StackOverflowError e) {
            ObjectNode o = ResultJson.error(id, "line " + lineNo + ": internal error (please report it): " + e, Analysis.elapsed(start));
            o.put("method", "internal");
            return o.toString();
        }
    }

    private static boolean wantsEstimate(JsonNode node) {
        JsonNode e = node.get("estimate");
        if (e != null && !e.isBoolean()) {
            throw new InvalidInputException("field \"estimate\" must be true or false");
        }
        return e != null && e.asBoolean();
    }

    /** Adds the numeric estimate ("seed" and "budget" from the line, defaults 1 and 10 s) to the output line. */
    private void estimate(JsonNode node, ProblemSpec problem, ObjectNode o, Consumer<String> progress) {
        JsonNode seedNode = node.get("seed");
        JsonNode budgetNode = node.get("budget");
        if (seedNode != null && !seedNode.isIntegralNumber()) {
            throw new InvalidInputException("field \"seed\" must be an integer");
        }
        if (budgetNode != null && !(budgetNode.isNumber() && budgetNode.asDouble() > 0 && Double.isFinite(budgetNode.asDouble()))) {
            throw new InvalidInputException("field \"budget\" must be a positive number of seconds");
        }
        long seed = seedNode == null ? 1 : seedNode.asLong();
        double seconds = budgetNode == null ? 10 : budgetNode.asDouble();
        try {
            Estimate e = NumericCheck.estimate(problem.toProblem(), seed, seconds, estimateThreads, progress);
            NumericCheck.put(o, e);
            Double z = o.get("status").asText().equals("exact") ? e.zScore(Rational.parse(o.get("lambda").asText())) : null;
            if (z != null) {
                o.put("z", z);
            }
        } catch (IllegalStateException e) {
            o.put("estimateError", e.getMessage());
        }
    }
}

package org.sltjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sltjava.core.InvalidInputException;

/**
 * The field rules of {@code slt validate}, the same on every kind of line (catalogue, given
 * lambda, problem): the known fields are read; the answers that {@code slt generate},
 * {@code slt catalog --json} and {@code slt batch} write are read past; every other field is kept
 * and echoed on the output line (so that runs can be grouped by their settings), except a field
 * that differs from a known one only in case (a likely typo, such as {@code "lambdahat"}) and a
 * field that {@code validate} writes itself (such as {@code "z"}), which are refused with their name.
 */
final class ValidateFields {

    /** Fields read to find the reference (besides the estimate's {@link SamplerEstimate#FIELDS}). */
    static final Set<String> REFERENCE = Set.of("id", "lambda", "m", "catalog", "K", "scale", "vars", "box", "weight", "at");
    /** Answers written by other commands, read past so their output can be piped in. */
    static final Set<String> READ_PAST = Set.of("derivation", "publishedExact", "citation", "conditions", "status", "method", "millis",
            "mHat", "evaluations", "lower95", "upper95", "epsHigh", "epsLow", "estimateMillis", "estimate", "budget", "lambdaUpper");
    /** Fields {@code validate} writes; an input field of the same name would be lost, so it is refused. */
    static final Set<String> WRITTEN = Set.of("reference", "referenceSource", "lambdaEstimate", "estimateStderr", "bestBound",
            "estimateFrom", "difference", "relativeError", "z", "zAboveBound", "withinSe", "group", "summary", "reason", "error");

    private ValidateFields() {
    }

    /** The line's own fields to echo, in input order; refuses likely typos and names {@code validate} writes. */
    static List<String> extras(JsonNode node) {
        List<String> extras = new ArrayList<>();
        for (var it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (REFERENCE.contains(f) || READ_PAST.contains(f) || SamplerEstimate.reads(f)) {
                continue;
            }
            if (WRITTEN.contains(f)) {
                throw new InvalidInputException("field \"" + f + "\" is written by validate itself; rename it to keep it");
            }
            String lower = f.toLowerCase(Locale.ROOT);
            Stream.of(REFERENCE, SamplerEstimate.FIELDS).flatMap(Set::stream)
                    .filter(k -> k.length() >= 3 && k.toLowerCase(Locale.ROOT).equals(lower)).findFirst().ifPresent(k -> {
                        throw new InvalidInputException("unknown field \"" + f + "\": did you mean \"" + k + "\"?");
                    });
            extras.add(f);
        }
        return extras;
    }

    /** Copies the extras into the output line. */
    static void echo(JsonNode node, List<String> extras, ObjectNode o) {
        extras.forEach(f -> o.set(f, node.get(f)));
    }
}

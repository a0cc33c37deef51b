package org.sltjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sltjava.core.Derivation;
import org.sltjava.core.RlctResult;

/**
 * The JSON contract of results: {@code {"id", "status", "lambda", "m", "lambdaUpper", "method",
 * "error", "millis"}}, with exact numbers as strings ({@code "5/12"}) and absent fields left out;
 * {@link #derivation} gives the optional {@code "derivation"} tree.
 */
final class ResultJson {

    private ResultJson() {
    }

    /** The batch output object for one result. */
    static ObjectNode of(JsonNode id, RlctResult r) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
        o.put("status", r.status().label());
        r.lambda().ifPresent(l -> o.put("lambda", l.toString()));
        r.m().ifPresent(m -> o.put("m", m));
        if (!r.isExact()) {
            r.lambdaUpper().ifPresent(u -> o.put("lambdaUpper", u.toString()));
        }
        o.put("method", r.method());
        r.error().ifPresent(e -> o.put("error", e));
        o.put("millis", r.millis());
        return o;
    }

    /**
     * The derivation of the result as JSON (see {@link DerivationJson}): the tree of rule
     * applications its certificate recorded, or, for an engine that records none, one node named
     * after the method with its claim and the recorded steps (if any) as children.
     */
    static ObjectNode derivation(RlctResult r) {
        return DerivationJson.of(r.certificate().derivation().orElseGet(() -> new Derivation(r.method(), claim(r), "",
                r.certificate().steps())));
    }

    private static String claim(RlctResult r) {
        if (r.isExact()) {
            return "lambda = " + r.lambda().orElseThrow() + ", m = " + r.m().orElseThrow();
        }
        return r.lambdaUpper().map(u -> "lambda <= " + u).orElse(r.status().label());
    }

    /** An error line for input that could not even be read as a problem. */
    static ObjectNode error(JsonNode id, String message, long millis) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("id", id == null ? JsonNodeFactory.instance.nullNode() : id);
        o.put("status", "error");
        o.put("method", "input");
        o.put("error", message);
        o.put("millis", millis);
        return o;
    }
}

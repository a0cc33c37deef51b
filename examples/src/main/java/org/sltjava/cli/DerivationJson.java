package org.sltjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sltjava.core.Derivation;
import org.sltjava.core.InvalidInputException;

/**
 * The JSON form of a {@link Derivation}: {@code {"rule", "claim", "citation", "children": [...]}},
 * each child a node of the same form; {@link #parse} reads it back.
 */
public final class DerivationJson {

    private DerivationJson() {
    }

    /** The node and its children as JSON. */
    public static ObjectNode of(Derivation d) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("rule", d.rule());
        o.put("claim", d.claim());
        o.put("citation", d.citation());
        ArrayNode children = o.putArray("children");
        d.children().forEach(c -> children.add(of(c)));
        return o;
    }

    /**
     * The derivation written by {@link #of}.
     *
     * @throws InvalidInputException naming the missing field when the JSON is not of that form
     */
    public static Derivation parse(JsonNode o) {
        List<Derivation> children = new ArrayList<>();
        JsonNode list = o.path("children");
        if (!list.isArray()) {
            throw new InvalidInputException("a derivation node needs an array \"children\": " + o);
        }
        list.forEach(c -> children.add(parse(c)));
        return new Derivation(text(o, "rule"), text(o, "claim"), text(o, "citation"), children);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new InvalidInputException("a derivation node needs a text field \"" + field + "\": " + o);
        }
        return v.asText();
    }
}

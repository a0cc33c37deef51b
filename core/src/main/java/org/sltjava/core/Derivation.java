package org.sltjava.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One rule application in the derivation of an answer: the rule's identifier, what it claims for
 * its question (for instance {@code lambda = 7/2, m = 2} or {@code lambda <= 1}), the theorem it
 * applies, and the rule applications that answered its sub-questions. The tree is what a
 * {@link Certificate} records beside its text; tests assert on rule identifiers and values, and
 * the command line prints it as JSON.
 *
 * @param rule the rule's identifier, such as {@code disjoint-blocks}
 * @param claim what the rule proved for its question
 * @param citation the theorem applied, by author and year
 * @param children the applications that answered the sub-questions, in order
 */
public record Derivation(String rule, String claim, String citation, List<Derivation> children) {

    /** A node; the children are copied. */
    public Derivation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(citation, "citation");
        children = List.copyOf(children);
    }

    /** The rule identifiers of the tree, depth first (this node first). */
    public List<String> rules() {
        List<String> out = new ArrayList<>();
        collect(out);
        return out;
    }

    private void collect(List<String> out) {
        out.add(rule);
        children.forEach(c -> c.collect(out));
    }

    /** Whether a node of the tree applied the rule. */
    public boolean uses(String id) {
        return rule.equals(id) || children.stream().anyMatch(c -> c.uses(id));
    }

    /** {@code [rule] claim (citation)}, the heading of the node in a certificate. */
    public String heading() {
        return "[" + rule + "] " + claim + (citation.isEmpty() ? "" : " (" + citation + ")");
    }

    /** The tree as indented headings, two spaces per level. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        append(sb, "");
        return sb.toString();
    }

    private void append(StringBuilder sb, String indent) {
        sb.append(indent).append(heading()).append('\n');
        children.forEach(c -> c.append(sb, indent + "  "));
    }
}

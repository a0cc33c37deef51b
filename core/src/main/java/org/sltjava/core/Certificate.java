package org.sltjava.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The derivation behind an answer, as numbered-free lines a person can check by hand; nested
 * derivations (one per orthant, chart or component) are indented under a heading. Beside the
 * text a certificate keeps the tree of rule applications ({@link Derivation}) recorded with
 * {@link Builder#step}: a step's heading line is rendered from its node, and the nodes of nested
 * certificates become its children.
 */
public final class Certificate {

    private static final Certificate EMPTY = new Certificate(List.of(), List.of());

    private final List<String> lines;
    private final List<Derivation> steps;

    private Certificate(List<String> lines, List<Derivation> steps) {
        this.lines = lines;
        this.steps = steps;
    }

    /** No derivation. */
    public static Certificate empty() {
        return EMPTY;
    }

    /** A derivation of the given lines. */
    public static Certificate of(String... lines) {
        return new Certificate(List.of(lines), List.of());
    }

    /** A builder that appends lines and nested derivations. */
    public static Builder builder() {
        return new Builder();
    }

    /** The lines, nested ones indented by two spaces per level. */
    public List<String> lines() {
        return lines;
    }

    /**
     * The rule applications recorded at the top of this certificate (inside plain nested
     * derivations too), each with its own sub-tree; empty when no rule step was recorded.
     */
    public List<Derivation> steps() {
        return steps;
    }

    /** The one rule application the certificate derives its answer from, when there is exactly one at its top. */
    public Optional<Derivation> derivation() {
        return steps.size() == 1 ? Optional.of(steps.getFirst()) : Optional.empty();
    }

    /** The lines joined by newlines. */
    public String text() {
        return String.join("\n", lines);
    }

    @Override
    public String toString() {
        return text();
    }

    /** Appends lines and nested derivations; {@link #build()} freezes them. */
    public static final class Builder {
        private final List<String> lines = new ArrayList<>();
        private final List<Derivation> steps = new ArrayList<>();

        private Builder() {
        }

        /** Appends one step. */
        public Builder line(String line) {
            lines.add(line);
            return this;
        }

        /** Appends a heading and, indented under it, a nested derivation. */
        public Builder nest(String heading, Certificate sub) {
            lines.add(heading);
            sub.lines.forEach(l -> lines.add("  " + l));
            steps.addAll(sub.steps);
            return this;
        }

        /**
         * Appends one rule application: its node (rule, claim, citation, with the steps of
         * {@code sub} as children) and, as text, the node's heading with {@code sub}'s lines
         * indented under it.
         */
        public Builder step(String rule, String claim, String citation, Certificate sub) {
            Derivation node = new Derivation(rule, claim, citation, sub.steps);
            lines.add(node.heading());
            sub.lines.forEach(l -> lines.add("  " + l));
            steps.add(node);
            return this;
        }

        /** Freezes the lines and steps. */
        public Certificate build() {
            return new Certificate(List.copyOf(lines), List.copyOf(steps));
        }
    }
}

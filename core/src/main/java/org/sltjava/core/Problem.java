package org.sltjava.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A learning-coefficient question: parameters (names and order), a loss K, a prior (uniform on a
 * box, optionally times {@code |weight|}) and optionally a point for a local RLCT.
 *
 * <p>Build one with the fluent {@link #builder()}:
 * <pre>{@code
 * Problem p = Problem.builder()
 *         .parameters("x", "y")
 *         .loss("(y^2 - x^3)^2")
 *         .box("x", "0", "1")
 *         .build();
 * }</pre>
 * {@link Builder#build()} validates everything and throws {@link InvalidInputException} with a
 * message naming the problem and its place: unknown variables, empty ranges, a point outside the
 * box or where K does not vanish, K negative at a point of the box, or K proven positive on the
 * whole box (a non-realizable problem).
 */
public final class Problem {

    private final List<String> parameters;
    private final Loss loss;
    private final Box box;
    private final Polynomial weight;
    private final Map<String, Rational> point;

    private Problem(List<String> parameters, Loss loss, Box box, Polynomial weight, Map<String, Rational> point) {
        this.parameters = parameters;
        this.loss = loss;
        this.box = box;
        this.weight = weight;
        this.point = point;
    }

    /** A builder for a problem. */
    public static Builder builder() {
        return new Builder();
    }

    /** The global problem for K given as text, over its variables in sorted order and the box [-1, 1]^d. */
    public static Problem of(String k) {
        return builder().loss(k).build();
    }

    /** The parameters in their declared order. */
    public List<String> parameters() {
        return parameters;
    }

    /** Number of parameters. */
    public int dimension() {
        return parameters.size();
    }

    /** The loss K. */
    public Loss loss() {
        return loss;
    }

    /** K expanded. */
    public Polynomial k() {
        return loss.expanded();
    }

    /** The box supporting the prior. */
    public Box box() {
        return box;
    }

    /** The prior's weight: the prior's density is proportional to {@code |weight|} on the box (1 for uniform). */
    public Polynomial weight() {
        return weight;
    }

    /** The point of a local question, or empty for the global question over the box. */
    public Optional<Map<String, Rational>> point() {
        return Optional.ofNullable(point);
    }

    /** The same problem, asked locally at {@code at} (validated like a builder's point). */
    public Problem at(Map<String, Rational> at) {
        return toBuilder().at(at).build();
    }

    /** A builder holding this problem's data. */
    public Builder toBuilder() {
        Builder b = builder().parameters(parameters).loss(loss).weight(weight);
        box.ranges().forEach(b::box);
        if (point != null) {
            b.at(point);
        }
        return b;
    }

    /** A one-line description: {@code K = ..., box x=[-1, 1], ..., weight ..., at ...}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("K = ").append(loss).append(" over ").append(parameters)
                .append(", box ").append(box);
        if (!weight.equals(Polynomial.one())) {
            sb.append(", weight |").append(weight).append('|');
        }
        if (point != null) {
            sb.append(", at ").append(formatPoint(point));
        }
        return sb.toString();
    }

    /** {@code x=1/2, y=0}. */
    public static String formatPoint(Map<String, Rational> p) {
        StringBuilder sb = new StringBuilder();
        p.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** Fluent, validating builder of a {@link Problem}. */
    public static final class Builder {
        private List<String> parameters;
        private Loss loss;
        private Interval defaultRange = Interval.standard();
        private final Map<String, Interval> ranges = new LinkedHashMap<>();
        private Polynomial weight = Polynomial.one();
        private Map<String, Rational> point;

        private Builder() {
        }

        /** Declares the parameters and their order (default: the variables of K, sorted). */
        public Builder parameters(String... names) {
            return parameters(Arrays.asList(names));
        }

        /** Declares the parameters and their order (default: the variables of K, sorted). */
        public Builder parameters(List<String> names) {
            if (names.size() > PolynomialParser.MAX_VARIABLES) {
                throw new InvalidInputException(names.size() + " parameters declared, over the limit "
                        + PolynomialParser.MAX_VARIABLES + " (PolynomialParser.MAX_VARIABLES)");
            }
            List<String> list = List.copyOf(names);
            for (String n : list) {
                try {
                    Polynomial.checkName(n);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("parameter " + e.getMessage());
                }
            }
            if (new LinkedHashSet<>(list).size() != list.size()) {
                throw new InvalidInputException("parameter declared twice in " + list);
            }
            this.parameters = list;
            return this;
        }

        /** K as text, parsed exactly. */
        public Builder loss(String k) {
            return loss(Loss.parse(k));
        }

        /** K as a polynomial. */
        public Builder loss(Polynomial k) {
            return loss(Loss.of(k));
        }

        /** K in any of its forms. */
        public Builder loss(Loss k) {
            this.loss = k;
            return this;
        }

        /** K = sum f_i^2, each f_i as text. */
        public Builder sumOfSquares(String... fs) {
            return loss(Loss.sumOfSquares(Arrays.stream(fs).map(PolynomialParser::parse).toList()));
        }

        /** K = sum f_i^2. */
        public Builder sumOfSquares(Polynomial... fs) {
            return loss(Loss.sumOfSquares(List.of(fs)));
        }

        /** The same range for every parameter without its own. */
        public Builder box(Interval range) {
            this.defaultRange = range;
            return this;
        }

        /** The same range for every parameter without its own, from texts such as {@code -1/2}. */
        public Builder box(String lo, String hi) {
            return box(Interval.parse(lo, hi));
        }

        /** The same range for every parameter without its own. */
        public Builder box(long lo, long hi) {
            return box(Interval.of(lo, hi));
        }

        /** The range of one parameter. */
        public Builder box(String parameter, Interval range) {
            ranges.put(parameter, range);
            return this;
        }

        /** The range of one parameter, from texts such as {@code 0.5}. */
        public Builder box(String parameter, String lo, String hi) {
            try {
                return box(parameter, Interval.parse(lo, hi));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("range of '" + parameter + "': " + e.getMessage());
            }
        }

        /** The prior's weight: density proportional to {@code |weight|} on the box. */
        public Builder weight(Polynomial w) {
            this.weight = w;
            return this;
        }

        /** The prior's weight as text. */
        public Builder weight(String w) {
            return weight(PolynomialParser.parse(w));
        }

        /** Asks for the local RLCT at this point (a value for every parameter). */
        public Builder at(Map<String, Rational> at) {
            this.point = new LinkedHashMap<>(at);
            return this;
        }

        /** Sets one coordinate of the point of a local question. */
        public Builder at(String parameter, Rational value) {
            if (point == null) {
                point = new LinkedHashMap<>();
            }
            point.put(parameter, value);
            return this;
        }

        /** Sets one coordinate of the point of a local question, from text such as {@code 1/2}. */
        public Builder at(String parameter, String value) {
            return at(parameter, Rational.parse(value));
        }

        /** Validates and builds the problem. */
        public Problem build() {
            if (loss == null) {
                throw new InvalidInputException("no loss K was given");
            }
            List<String> params = parameters != null ? parameters : new ArrayList<>(loss.variables());
            checkKnown("K", loss.variables(), params);
            checkKnown("the weight", weight.variables(), params);
            checkKnown("the box", new TreeSet<>(ranges.keySet()), params);
            if (weight.isZero()) {
                throw new InvalidInputException("the weight is zero: the prior would vanish everywhere");
            }
            Map<String, Interval> full = new LinkedHashMap<>();
            params.forEach(p -> full.put(p, ranges.getOrDefault(p, defaultRange)));
            Box box = Box.of(full);
            Map<String, Rational> at = null;
            if (point != null) {
                checkKnown("the point", new TreeSet<>(point.keySet()), params);
                at = new LinkedHashMap<>();
                for (String p : params) {
                    Rational v = point.get(p);
                    if (v == null) {
                        throw new InvalidInputException("the point gives no value for parameter '" + p + "'");
                    }
                    if (!full.get(p).contains(v)) {
                        throw new InvalidInputException("the point lies outside the box: " + p + " = " + v
                                + " is not in " + full.get(p));
                    }
                    at.put(p, v);
                }
                at = Collections.unmodifiableMap(at);
            }
            Problem problem = new Problem(params, loss, box, weight, at);
            ProblemChecks.check(problem);
            return problem;
        }

        private static void checkKnown(String where, SortedSet<String> used, List<String> params) {
            for (String v : used) {
                if (!params.contains(v)) {
                    throw new InvalidInputException("unknown variable '" + v + "' in " + where + ": the parameters are " + params);
                }
            }
        }
    }
}

package org.sltjava.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sltjava.core.Interval;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.PolynomialParser;
import org.sltjava.core.InvalidInputException;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;

/**
 * The command line's way of stating a problem, shared by {@code slt rlct} and {@code slt batch}:
 * K as text, or as the texts of squares f_i with a positive scale (K = scale * sum f_i^2, which
 * keeps the structure the engines use), optional variable order, box, weight and point, each
 * parsed with errors that name the field.
 */
record ProblemSpec(String k, List<String> squares, Rational scale, List<String> vars, Interval allRange,
        Map<String, Interval> ranges, String weight, Map<String, Rational> at) {

    /** The spec from the command line's raw option texts (each may be null: the default). */
    static ProblemSpec fromOptions(String k, List<String> vars, String box, String weight, String at) {
        Interval all = null;
        Map<String, Interval> ranges = null;
        if (box != null) {
            Map.Entry<Interval, Map<String, Interval>> b = box(box);
            all = b.getKey();
            ranges = b.getValue();
        }
        return new ProblemSpec(k, null, Rational.ONE, vars, all, ranges, weight, at == null ? null : point(at));
    }

    /** Builds and validates the problem. */
    Problem toProblem() {
        Problem.Builder b = Problem.builder();
        if (squares == null) {
            b.loss(k);
        } else {
            List<Polynomial> fs = new ArrayList<>();
            for (int i = 0; i < squares.size(); i++) {
                try {
                    fs.add(PolynomialParser.parse(squares.get(i)));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("K[" + i + "]: " + e.getMessage(), e.position());
                }
            }
            b.loss(Loss.sumOfSquares(scale, fs));
        }
        if (vars != null) {
            b.parameters(vars);
        }
        if (allRange != null) {
            b.box(allRange);
        }
        if (ranges != null) {
            ranges.forEach(b::box);
        }
        if (weight != null) {
            try {
                b.weight(weight);
            } catch (InvalidInputException e) {
                throw new InvalidInputException("weight: " + e.getMessage(), e.position());
            }
        }
        if (at != null) {
            b.at(at);
        }
        return b.build();
    }

    /** Reads {@code LO:HI} into an interval; {@code what} names the field in errors. */
    static Interval interval(String text, String what) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            throw new InvalidInputException(what + ": expected LO:HI such as -1:1 or 0:1/2, got '" + text + "'");
        }
        return range(number(text.substring(0, colon), what), number(text.substring(colon + 1), what), what);
    }

    /** An interval from two exact ends, with the field's name in errors. */
    static Interval range(Rational lo, Rational hi, String what) {
        if (lo.compareTo(hi) >= 0) {
            throw new InvalidInputException(what + ": empty range [" + lo + ", " + hi + "]: the lower bound must be below the upper bound");
        }
        return Interval.of(lo, hi);
    }

    /** Reads an integer, fraction or decimal, naming the field in errors. */
    static Rational number(String text, String what) {
        try {
            return Rational.parse(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(what + ": " + e.getMessage());
        }
    }

    /** Reads {@code x=LO:HI,y=LO:HI} or {@code LO:HI} (every variable) into the spec's box fields. */
    static Map.Entry<Interval, Map<String, Interval>> box(String text) {
        if (!text.contains("=")) {
            return Map.entry(interval(text, "--box"), Map.of());
        }
        Map<String, Interval> m = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--box: expected NAME=LO:HI, got '" + part + "'");
            }
            String name = part.substring(0, eq).strip();
            if (m.put(name, interval(part.substring(eq + 1).strip(), "--box " + name)) != null) {
                throw new InvalidInputException("--box: range of '" + name + "' given twice");
            }
        }
        return Map.entry(Interval.standard(), m);
    }

    /** Reads {@code x=V,y=V}. */
    static Map<String, Rational> point(String text) {
        Map<String, Rational> m = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("--at: expected NAME=VALUE, got '" + part + "'");
            }
            String name = part.substring(0, eq).strip();
            if (m.put(name, number(part.substring(eq + 1).strip(), "--at " + name)) != null) {
                throw new InvalidInputException("--at: value of '" + name + "' given twice");
            }
        }
        return m;
    }
}

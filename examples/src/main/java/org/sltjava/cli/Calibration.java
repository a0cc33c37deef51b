package org.sltjava.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sltjava.core.Rational;

/**
 * The calibration of a set of {@code slt validate} lines (all of them, or one group): how many,
 * the mean bias and relative error, the z-scores' mean, RMS and maximum, the shares within 1, 2
 * and 3 standard errors against the normal's 68.3%, 95.4% and 99.7%, and the worst lines.
 * Whether a line lies within k standard errors is decided exactly, as (estimate - reference)^2
 * <= k^2 variance in rationals, so a line exactly at the edge counts as inside whatever the
 * rounding of its z in double. Lines with a one-sided reference (an upper bound) count apart.
 */
final class Calibration {

    /** How many of the worst lines a summary names. */
    static final int WORST = 3;

    /**
     * One compared line.
     *
     * @param lineNo     its 1-based input line number
     * @param id         its id
     * @param difference estimate minus reference, exact
     * @param variance   the variance of the difference: the estimate's, plus the reference's when that is an estimate
     * @param reference  the reference's value (its centre)
     * @param oneSided   whether the reference is only an upper bound
     */
    record Point(int lineNo, JsonNode id, Rational difference, Rational variance, Rational reference, boolean oneSided) {

        /**
         * The z-score (difference over its standard error) from the exact z^2 = difference^2 / variance, rounded once
         * before the square root; for display, decisions use {@link #within(Rational)}.
         */
        double z() {
            return difference.signum() * Math.sqrt(difference.multiply(difference).divide(variance).doubleValue());
        }

        /** Whether |difference| <= k standard errors, decided exactly. */
        boolean within(Rational k) {
            return difference.multiply(difference).compareTo(k.multiply(k).multiply(variance)) <= 0;
        }

        /** Whether the line fails the check at {@code k} standard errors: two-sided |z| > k, or one-sided z > k. */
        boolean exceeds(Rational k) {
            return !within(k) && (!oneSided || difference.signum() > 0);
        }

        /** The smallest of 1, 2, 3 standard errors that holds the difference, or 0 when none does. */
        int withinSe() {
            for (int k = 1; k <= 3; k++) {
                if (within(Rational.of(k))) {
                    return k;
                }
            }
            return 0;
        }
    }

    private final List<Point> points = new ArrayList<>();
    private int lines;
    private int unanswered;

    /** Counts a line that was read (compared or not). */
    void countLine() {
        lines++;
    }

    /** Counts a line that got no comparison (refused input, or no reference). */
    void countUnanswered() {
        unanswered++;
    }

    void add(Point p) {
        points.add(p);
    }

    private List<Point> twoSided() {
        return points.stream().filter(p -> !p.oneSided()).toList();
    }

    /** The exact mean of estimate minus reference over the two-sided lines, or null when there is none. */
    Rational meanBias() {
        List<Point> ps = twoSided();
        if (ps.isEmpty()) {
            return null;
        }
        Rational sum = Rational.ZERO;
        for (Point p : ps) {
            sum = sum.add(p.difference());
        }
        return sum.divide(Rational.of(ps.size()));
    }

    /** Whether any line fails the check at {@code k} standard errors. */
    boolean anyExceeds(Rational k) {
        return points.stream().anyMatch(p -> p.exceeds(k));
    }

    /** Writes the summary's fields into {@code o}. */
    void put(ObjectNode o) {
        List<Point> ps = twoSided();
        List<Point> bounds = points.stream().filter(Point::oneSided).toList();
        o.put("lines", lines);
        o.put("compared", ps.size());
        o.put("oneSided", bounds.size());
        o.put("unanswered", unanswered);
        if (!ps.isEmpty()) {
            o.put("meanBias", meanBias().doubleValue());
            List<Point> positive = ps.stream().filter(p -> p.reference().signum() > 0).toList();
            if (!positive.isEmpty()) {
                o.put("meanRelativeError", positive.stream().mapToDouble(p -> p.difference().divide(p.reference()).doubleValue())
                        .average().orElseThrow());
                o.put("meanAbsRelativeError", positive.stream()
                        .mapToDouble(p -> p.difference().abs().divide(p.reference()).doubleValue()).average().orElseThrow());
            }
            for (int k = 1; k <= 3; k++) {
                Rational bound = Rational.of(k);
                o.put("within" + k, ps.stream().filter(p -> p.within(bound)).count() / (double) ps.size());
            }
            ObjectNode normal = o.putObject("normalWithin");
            normal.put("within1", 0.6827);
            normal.put("within2", 0.9545);
            normal.put("within3", 0.9973);
            o.put("meanZ", ps.stream().mapToDouble(Point::z).average().orElseThrow());
            o.put("rmsZ", Math.sqrt(ps.stream().mapToDouble(p -> p.z() * p.z()).average().orElseThrow()));
            o.put("maxAbsZ", ps.stream().mapToDouble(p -> Math.abs(p.z())).max().orElseThrow());
            ArrayNode worst = o.putArray("worst");
            ps.stream().sorted(Comparator.comparingDouble((Point p) -> -Math.abs(p.z()))).limit(WORST).forEach(p -> {
                ObjectNode w = worst.addObject();
                w.put("line", p.lineNo());
                w.set("id", p.id());
                w.put("z", p.z());
            });
        }
        if (!bounds.isEmpty()) {
            o.put("maxZAboveBound", bounds.stream().mapToDouble(Point::z).max().orElseThrow());
        }
    }
}

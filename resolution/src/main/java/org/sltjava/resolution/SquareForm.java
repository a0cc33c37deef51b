package org.sltjava.resolution;

import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * A polynomial written as {@code K = c f^2} with {@code c > 0} and {@code f} of leading
 * coefficient one (graded lexicographic order over the given variables), found by the exact
 * square-root algorithm: if {@code K/c = g^2} and {@code f} agrees with {@code g} on its leading
 * terms, the leading term of {@code g^2 - f^2 = (g - f)(g + f)} is {@code 2 LT(g) LT(g - f)},
 * which gives the next term of {@code g}. The remainder {@code K/c - f^2} is kept exactly, term by
 * term ({@code f -> f + t} subtracts {@code 2 t f + t^2}), so f is the root exactly when it reaches
 * zero; the deadline is checked after every term.
 */
public record SquareForm(Rational scale, Polynomial root) {

    /** {@code K = scale * root^2} when {@code K} is a positive multiple of a square; empty otherwise. */
    public static Optional<SquareForm> of(Polynomial k, List<String> order) {
        return of(k, order, Deadline.none());
    }

    /** As {@link #of(Polynomial, List)}, stopping with {@link Deadline.Exceeded} at the deadline. */
    public static Optional<SquareForm> of(Polynomial k, List<String> order, Deadline deadline) {
        if (k.isZero()) {
            return Optional.empty();
        }
        TreeMap<Monomial, Rational> rest = new TreeMap<>(k.termsOver(order));
        Monomial lead = rest.firstKey();
        Rational c = rest.firstEntry().getValue();
        if (c.signum() <= 0) {
            return Optional.empty();
        }
        int[] half = lead.toArray();
        for (int i = 0; i < half.length; i++) {
            if (half[i] % 2 != 0) {
                return Optional.empty();
            }
            half[i] /= 2;
        }
        Monomial top = Monomial.of(half);
        Rational inverse = c.reciprocal();
        rest.replaceAll((m, a) -> a.multiply(inverse));
        TreeMap<Monomial, Rational> f = new TreeMap<>();
        Monomial last = null;
        Monomial next = top;
        Rational coefficient = Rational.ONE;
        int steps = 4 * rest.size() + 16;
        for (int step = 0; step < steps; step++) {
            deadline.check();
            subtractSquareStep(rest, f, next, coefficient);
            f.put(next, coefficient);
            last = next;
            if (rest.isEmpty()) {
                return Optional.of(new SquareForm(c, Polynomial.fromTerms(order, f)));
            }
            Monomial l = rest.firstKey();
            if (!top.divides(l)) {
                return Optional.empty();
            }
            next = l.divide(top);
            if (next.compareTo(last) <= 0) {
                return Optional.empty();
            }
            coefficient = rest.firstEntry().getValue().multiply(Rational.HALF);
        }
        return Optional.empty();
    }

    /** {@code rest -= 2 a m f + a^2 m^2}: the change of {@code K/c - f^2} when the term {@code a m} joins f. */
    private static void subtractSquareStep(TreeMap<Monomial, Rational> rest, TreeMap<Monomial, Rational> f, Monomial m, Rational a) {
        Rational twice = a.add(a);
        for (var e : f.entrySet()) {
            subtract(rest, e.getKey().multiply(m), e.getValue().multiply(twice));
        }
        subtract(rest, m.multiply(m), a.multiply(a));
    }

    private static void subtract(TreeMap<Monomial, Rational> rest, Monomial m, Rational a) {
        Rational now = rest.getOrDefault(m, Rational.ZERO).subtract(a);
        if (now.isZero()) {
            rest.remove(m);
        } else {
            rest.put(m, now);
        }
    }

    /** The expanded polynomial {@code scale * root^2}. */
    public Polynomial expanded() {
        return root.multiply(root).scale(scale);
    }

    /** {@code 2*(x - y)^2}. */
    @Override
    public String toString() {
        return (scale.equals(Rational.ONE) ? "" : scale + "*") + "(" + root + ")^2";
    }
}

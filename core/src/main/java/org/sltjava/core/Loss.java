package org.sltjava.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The population loss K of a problem: a polynomial, either stated directly or as
 * {@code scale * sum f_i^2} with {@code scale > 0}. The square structure is kept because the
 * engines use it (non-degeneracy of sums of squares, cheap numeric evaluation).
 */
public final class Loss {

    private final Polynomial expanded;
    private final Rational scale;
    private final List<Polynomial> squares;

    private Loss(Polynomial expanded, Rational scale, List<Polynomial> squares) {
        this.expanded = expanded;
        this.scale = scale;
        this.squares = squares;
    }

    /** K stated as a polynomial. */
    public static Loss of(Polynomial k) {
        return new Loss(k, null, null);
    }

    /** K parsed from text. */
    public static Loss parse(String k) {
        return of(PolynomialParser.parse(k));
    }

    /** K = sum f_i^2. */
    public static Loss sumOfSquares(List<Polynomial> fs) {
        return sumOfSquares(Rational.ONE, fs);
    }

    /**
     * K = scale * sum f_i^2; {@code scale} must be positive and some f_i non-zero. Zero squares
     * are dropped, so the engines only see squares that contribute. The squares are summed in
     * one pass over the union of their variables (thousands of squares stay cheap).
     */
    public static Loss sumOfSquares(Rational scale, List<Polynomial> fs) {
        if (scale.signum() <= 0) {
            throw new InvalidInputException("the scale of a sum of squares must be positive, got " + scale);
        }
        List<Polynomial> nonZero = fs.stream().filter(f -> !f.isZero()).toList();
        if (nonZero.isEmpty()) {
            throw new InvalidInputException("a sum of squares needs at least one non-zero polynomial");
        }
        SortedSet<String> names = new TreeSet<>();
        nonZero.forEach(f -> names.addAll(f.variables()));
        List<String> order = List.copyOf(names);
        Map<Monomial, Rational> sum = new HashMap<>();
        for (Polynomial f : nonZero) {
            f.multiply(f).termsOver(order).forEach((m, c) -> sum.merge(m, c, Rational::add));
        }
        return new Loss(Polynomial.fromTerms(order, sum).scale(scale), scale, nonZero);
    }

    /** K as one expanded polynomial. */
    public Polynomial expanded() {
        return expanded;
    }

    /** The polynomials f_i when K was stated as {@code scale * sum f_i^2}. */
    public Optional<List<Polynomial>> squares() {
        return Optional.ofNullable(squares);
    }

    /** The positive factor in front of the sum of squares (one when K was stated directly). */
    public Rational scale() {
        return scale == null ? Rational.ONE : scale;
    }

    /** Whether K was stated as a sum of squares. */
    public boolean isSumOfSquares() {
        return squares != null;
    }

    /** The exact value of K at a point; uses the squares when K was stated as a sum of squares. */
    public Rational evaluate(Map<String, Rational> point) {
        if (squares == null) {
            return expanded.evaluate(point);
        }
        Rational s = Rational.ZERO;
        for (Polynomial f : squares) {
            Rational v = f.evaluate(point);
            s = s.add(v.multiply(v));
        }
        return s.multiply(scale);
    }

    /** The variables of K. */
    public SortedSet<String> variables() {
        return expanded.variables();
    }

    /** K in the form it was stated: {@code (f1)^2 + (f2)^2} for sums of squares. */
    @Override
    public String toString() {
        if (squares == null) {
            return expanded.toString();
        }
        StringBuilder sb = new StringBuilder();
        if (!scale.equals(Rational.ONE)) {
            sb.append(scale).append("*(");
        }
        for (int i = 0; i < squares.size(); i++) {
            sb.append(i == 0 ? "" : " + ").append('(').append(squares.get(i)).append(")^2");
        }
        if (!scale.equals(Rational.ONE)) {
            sb.append(')');
        }
        return sb.toString();
    }
}

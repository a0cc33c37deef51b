package org.sltjava.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parser's exact expansion: polynomials as maps from sparse monomials (sorted pairs of
 * variable index and exponent) to rationals, so that a sum of thousands of squares in thousands
 * of variables costs what its terms cost, not terms times variables. Every operation counts its
 * term products against a shared {@link Limits} and refuses, naming the limit, before the work or
 * the size runs away.
 */
final class SparseExpansion {

    /** The size limits of one parse, with the work done so far. */
    static final class Limits {
        private final String text;
        private long work;

        Limits(String text) {
            this.text = text;
        }

        private void addWork(long products, int position) {
            work += products;
            if (work > PolynomialParser.MAX_WORK) {
                throw refuse("expanding the polynomial takes over " + PolynomialParser.MAX_WORK
                        + " term products (the limit MAX_WORK) by position " + position
                        + "; state K in a smaller form, e.g. as a sum of squares", position);
            }
        }

        private void checkTerms(int terms, int position) {
            if (terms > PolynomialParser.MAX_TERMS) {
                throw refuse("the expansion reaches " + terms + " terms at position " + position + ", over the limit "
                        + PolynomialParser.MAX_TERMS + " (MAX_TERMS)", position);
            }
        }

        void checkCoefficient(Rational c, int position) {
            long bits = Math.max(c.numerator().bitLength(), c.denominator().bitLength());
            if (bits > PolynomialParser.MAX_COEFFICIENT_BITS) {
                throw refuse("a coefficient reaches " + bits + " bits at position " + position + ", over the limit "
                        + PolynomialParser.MAX_COEFFICIENT_BITS + " (MAX_COEFFICIENT_BITS)", position);
            }
        }

        InvalidInputException refuse(String message, int position) {
            return new InvalidInputException("in '" + PolynomialParser.shorten(text) + "': " + message, position);
        }
    }

    /** A monomial: variable indices in increasing order with their positive exponents, interleaved. */
    private record Key(int[] pairs) {
        static final Key ONE = new Key(new int[0]);

        Key times(Key o) {
            int[] a = pairs;
            int[] b = o.pairs;
            int[] out = new int[a.length + b.length];
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < a.length || j < b.length) {
                if (j >= b.length || i < a.length && a[i] < b[j]) {
                    out[k++] = a[i++];
                    out[k++] = a[i++];
                } else if (i >= a.length || b[j] < a[i]) {
                    out[k++] = b[j++];
                    out[k++] = b[j++];
                } else {
                    out[k++] = a[i++];
                    out[k++] = a[i++] + b[j++ + 1];
                    j++;
                }
            }
            return new Key(k == out.length ? out : Arrays.copyOf(out, k));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Arrays.equals(pairs, other.pairs);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(pairs);
        }
    }

    private final Map<Key, Rational> terms;

    private SparseExpansion(Map<Key, Rational> terms) {
        this.terms = terms;
    }

    static SparseExpansion constant(Rational c) {
        Map<Key, Rational> t = new HashMap<>();
        if (!c.isZero()) {
            t.put(Key.ONE, c);
        }
        return new SparseExpansion(t);
    }

    static SparseExpansion variable(int index) {
        Map<Key, Rational> t = new HashMap<>();
        t.put(new Key(new int[] {index, 1}), Rational.ONE);
        return new SparseExpansion(t);
    }

    /** A sum of terms, added into one map (a long sum costs its terms, not their square). */
    static final class Sum {
        private final Map<Key, Rational> terms;

        Sum(SparseExpansion first) {
            terms = new HashMap<>(first.terms);
        }

        void add(SparseExpansion o, boolean subtract, Limits limits, int position) {
            limits.addWork(o.terms.size(), position);
            o.terms.forEach((k, c) -> terms.merge(k, subtract ? c.negate() : c, Rational::add));
            limits.checkTerms(terms.size(), position);
        }

        SparseExpansion result() {
            terms.values().removeIf(Rational::isZero);
            return new SparseExpansion(terms);
        }
    }

    SparseExpansion times(SparseExpansion o, Limits limits, int position) {
        limits.addWork((long) terms.size() * o.terms.size(), position);
        Map<Key, Rational> r = new HashMap<>();
        for (Map.Entry<Key, Rational> a : terms.entrySet()) {
            for (Map.Entry<Key, Rational> b : o.terms.entrySet()) {
                r.merge(a.getKey().times(b.getKey()), a.getValue().multiply(b.getValue()), Rational::add);
            }
            limits.checkTerms(r.size(), position);
        }
        r.values().removeIf(Rational::isZero);
        r.values().forEach(c -> limits.checkCoefficient(c, position));
        return new SparseExpansion(r);
    }

    SparseExpansion scale(Rational c, Limits limits, int position) {
        Map<Key, Rational> r = new HashMap<>();
        terms.forEach((k, v) -> r.put(k, v.multiply(c)));
        r.values().removeIf(Rational::isZero);
        r.values().forEach(v -> limits.checkCoefficient(v, position));
        return new SparseExpansion(r);
    }

    /** {@code this^k} by repeated multiplication with this (cheaper than squaring when this is short). */
    SparseExpansion pow(int k, Limits limits, int position) {
        SparseExpansion acc = constant(Rational.ONE);
        for (int i = 0; i < k; i++) {
            acc = acc.times(this, limits, position);
        }
        return acc;
    }

    /** The expansion as a {@link Polynomial} over {@code variables} (index i names variable i). */
    Polynomial toPolynomial(List<String> variables, Limits limits) {
        long cells = (long) terms.size() * variables.size();
        if (cells > PolynomialParser.MAX_CELLS) {
            throw limits.refuse("the expanded polynomial has " + terms.size() + " terms in " + variables.size()
                    + " variables, over the limit of " + PolynomialParser.MAX_CELLS + " exponents (MAX_CELLS)", 1);
        }
        Map<Monomial, Rational> dense = new HashMap<>();
        terms.forEach((k, c) -> {
            int[] e = new int[variables.size()];
            for (int i = 0; i < k.pairs.length; i += 2) {
                e[k.pairs[i]] = k.pairs[i + 1];
            }
            dense.put(Monomial.wrap(e), c);
        });
        return Polynomial.fromTerms(variables, dense);
    }
}

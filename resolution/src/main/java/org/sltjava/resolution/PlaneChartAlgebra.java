package org.sltjava.resolution;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * The polynomial algebra of {@link PlaneResolution}'s charts, apart from its recursion: the
 * factorisations over Q (once per polynomial), the sign flips onto a quadrant, the substitution of
 * a chart {@code x = t^p, y = t^q (s + w/E)} with s rational or in a number field Q(c), the positive
 * roots of a face polynomial, and the pieces over Q(c) of a face polynomial's multiple roots. A
 * value for one run: it keeps the run's variables, deadline and factorisations.
 */
final class PlaneChartAlgebra {

    /**
     * Most terms of a polynomial factored over Q: a factorisation in JAS cannot check the deadline
     * itself, and one left at the deadline keeps its thread (and a core) until JAS next looks at
     * the interrupt flag, so only polynomials whose factorisation is quick are handed to it (the
     * same limit as the search's, {@code SearchContext}).
     */
    private static final int MAX_TERMS_TO_FACTOR = 2000;

    private final List<String> vars;
    private final Deadline deadline;
    private final Map<Polynomial, Map<Polynomial, Integer>> factored = new LinkedHashMap<>();
    private final Function<Polynomial, Optional<Map<Polynomial, Integer>>> known;
    private final Map<Expansion, List<SoftReference<Polynomial[]>>> expansions = new HashMap<>();

    PlaneChartAlgebra(List<String> vars, Deadline deadline, Function<Polynomial, Optional<Map<Polynomial, Integer>>> known) {
        this.vars = vars;
        this.deadline = deadline;
        this.known = known;
    }

    /**
     * Most terms of a polynomial written out in a certificate: a chart's factor can have tens of
     * thousands, whose text would cost more time and memory than the chart; the chart map written
     * next to it determines it, so a larger one is named by its size.
     */
    private static final int SHOWN_TERMS = 60;

    /** The polynomial's text, or its size when it has more than {@value #SHOWN_TERMS} terms. */
    static String shown(Polynomial h) {
        return h.termCount() <= SHOWN_TERMS ? h.toString() : "a polynomial of " + h.termCount() + " terms and degree "
                + h.totalDegree() + " (not written out: the chart determines it)";
    }

    /**
     * The irreducible factors of p over Q, once per polynomial (taken from the search's
     * factorisations when it has made this one); declined above {@value #MAX_TERMS_TO_FACTOR} terms.
     */
    Map<Polynomial, Integer> factors(Polynomial p) {
        if (p.termCount() > MAX_TERMS_TO_FACTOR) {
            throw new PlaneResolution.Declined("a polynomial with " + p.termCount() + " terms (more than " + MAX_TERMS_TO_FACTOR
                    + ") would have to be factored");
        }
        return factored.computeIfAbsent(p, x -> known.apply(x).orElseGet(() -> JasAlgebra.over(vars, deadline).factors(x)));
    }

    /**
     * Squarefree, pairwise coprime factors of K with exponents whose product is K up to a
     * constant, all the resolution needs of its start: K itself with exponent 1 when it is proven
     * squarefree ({@link ModularProofs#provenSquarefree}; factoring a K that is squarefree would
     * buy nothing the resolution needs, and takes JAS seconds to minutes on a K of degree 50 to
     * 130), F with exponent 2 when {@code K = c F^2} ({@link #squareRoot}) with F so proven, else
     * the irreducible factors ({@link #factors}; declined above {@value #MAX_TERMS_TO_FACTOR} terms).
     */
    Map<Polynomial, Integer> squarefreeFactors(Polynomial k) {
        if (ModularProofs.provenSquarefree(k, vars, deadline)) {
            return Map.of(k, 1);
        }
        Optional<Polynomial> root = squareRoot(k);
        if (root.isPresent() && ModularProofs.provenSquarefree(root.get(), vars, deadline)) {
            return Map.of(root.get(), 2);
        }
        return factors(k);
    }

    /**
     * F with {@code K = c F^2} for a constant c (F's leading term monic), or empty when K is not
     * such a square. The terms of F come leading first, in the graded order of {@link Monomial}
     * (compatible with products): with {@code F_n} the terms found and R = K/c - F_n^2, the leading
     * term of R must be {@code 2 M T} (M the leading monomial of F, T the next term of F), so T is
     * R's leading term divided by 2M, below the terms found, or K is not a square; subtracting
     * {@code 2 F_n T + T^2} removes R's leading term and adds only smaller ones, so R's leading term
     * decreases strictly and the search ends, with R = 0 exactly when K = c F^2.
     */
    private Optional<Polynomial> squareRoot(Polynomial k) {
        TreeMap<Monomial, Rational> rest = new TreeMap<>(k.termsOver(vars));
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Monomial, Rational> lead = rest.pollFirstEntry();
        int[] half = lead.getKey().toArray();
        for (int i = 0; i < half.length; i++) {
            if (half[i] % 2 != 0) {
                return Optional.empty();
            }
            half[i] /= 2;
        }
        Rational c = lead.getValue();
        rest.replaceAll((m, a) -> a.divide(c));
        Monomial top = Monomial.of(half);
        Map<Monomial, Rational> root = new LinkedHashMap<>();
        root.put(top, Rational.ONE);
        Rational two = Rational.of(2);
        while (!rest.isEmpty()) {
            deadline.check();
            Map.Entry<Monomial, Rational> t = rest.firstEntry();
            if (!top.divides(t.getKey()) || root.size() > k.termCount()) {
                return Optional.empty();
            }
            Monomial next = t.getKey().divide(top);
            if (next.compareTo(top) <= 0) {
                return Optional.empty();
            }
            Rational b = t.getValue().divide(two);
            for (Map.Entry<Monomial, Rational> f : root.entrySet()) {
                rest.merge(f.getKey().multiply(next), f.getValue().multiply(b).multiply(two).negate(), PlaneChartAlgebra::sumOrNone);
            }
            rest.merge(next.multiply(next), b.multiply(b).negate(), PlaneChartAlgebra::sumOrNone);
            root.put(next, b);
        }
        return Optional.of(Polynomial.fromTerms(vars, root));
    }

    /** a + b, or null (the term removed) when it is zero. */
    private static Rational sumOrNone(Rational a, Rational b) {
        Rational sum = a.add(b);
        return sum.isZero() ? null : sum;
    }

    /** The isolating intervals of the positive roots of u (0 is not a root), refined to lie in (0, infinity). */
    static List<UnivariatePolynomial.RootInterval> positiveRoots(UnivariatePolynomial u) {
        List<UnivariatePolynomial.RootInterval> out = new ArrayList<>();
        for (UnivariatePolynomial.RootInterval c : u.realRoots()) {
            UnivariatePolynomial.RootInterval i = c;
            while (i.lo().signum() < 0 && i.hi().signum() > 0) {
                i = u.bisect(i);
            }
            if (i.lo().signum() >= 0 && !i.hi().isZero()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The plane's variables, then any other variable of h (a number field's generator). */
    List<String> order(Polynomial h) {
        List<String> order = new ArrayList<>(vars);
        h.variables().stream().filter(v -> !vars.contains(v)).forEach(order::add);
        return order;
    }

    /** The name of a number field's generator: one the question does not use. */
    String symbol() {
        String s = "theta";
        while (vars.contains(s)) {
            s = s + "1";
        }
        return s;
    }

    /**
     * Pieces of a squarefree polynomial s over Q(c) (the multiple roots of a face polynomial)
     * whose product is s up to a constant: its irreducible factors over Q when its coefficients
     * are rational, else s itself.
     */
    List<List<UnivariatePolynomial>> pieces(List<UnivariatePolynomial> s) {
        if (s.size() == 2 || !s.stream().allMatch(a -> a.degree() <= 0)) {
            return List.of(s);
        }
        String z = vars.get(1);
        Polynomial q = Polynomial.zero();
        for (int i = 0; i < s.size(); i++) {
            q = q.add(Polynomial.term(s.get(i).coefficient(0), Map.of(z, i)));
        }
        List<List<UnivariatePolynomial>> pieces = new ArrayList<>();
        for (Polynomial piece : factors(q).keySet()) {
            UnivariatePolynomial u = JasAlgebra.univariate(piece, z);
            List<UnivariatePolynomial> coefficients = new ArrayList<>();
            for (int i = 0; i <= u.degree(); i++) {
                coefficients.add(UnivariatePolynomial.of(u.coefficient(i)));
            }
            pieces.add(coefficients);
        }
        return pieces;
    }

    /** h(sx x, sy y): the signs of the terms of odd degree in a flipped variable changed. */
    Polynomial flipped(Polynomial h, int sx, int sy) {
        List<String> order = order(h);
        Map<Monomial, Rational> out = new HashMap<>();
        h.termsOver(order).forEach((m, c) -> out.put(m, (sx < 0 && m.get(0) % 2 == 1) != (sy < 0 && m.get(1) % 2 == 1) ? c.negate() : c));
        return Polynomial.fromTerms(order, out);
    }

    /**
     * h in the chart {@code x = x^p, y = x^q (s + y/E)}, r = (p, q), E > 0 the denominator of s
     * ({@link PlaneChartExpansion}), up to a positive constant, once per pair of mirrored
     * quadrants: with {@code (sx, sy) = ((-1)^p, (-1)^q)} and {@code h'(x, y) = h(sx x, sy y)},
     * {@code h'(t^p, t^q (s + w/E)) = h((-t)^p, (-t)^q (s + w/E)) = C(-t, w)} with C the chart of
     * h, and in the integer expansion the terms of h' are those of h with the sign
     * {@code (-1)^(p i + q j)}, the same on all the terms of a group of {@link PlaneChartExpansion}
     * (the same denominators, degree in y and content), so the chart of h' is exactly the chart of
     * h with t -> -t. A chart expanded in this run for h (with the same r, s and number field's
     * minimal polynomial and symbol) is therefore reused, flipped, for h' (checked exactly: h'
     * flipped back equals h); the charts are held softly, so memory may take them back and they
     * are then expanded again.
     */
    Polynomial inChart(Polynomial h, int[] r, UnivariatePolynomial s, PlaneNumberField field) {
        Expansion key = new Expansion(r[0], r[1], s, field == null ? null : field.symbol(), field == null ? null : field.minimalPolynomial());
        List<SoftReference<Polynomial[]>> done = expansions.computeIfAbsent(key, k -> new ArrayList<>());
        done.removeIf(ref -> ref.get() == null);
        Polynomial mirrored = null;
        for (SoftReference<Polynomial[]> ref : done) {
            Polynomial[] pair = ref.get();
            if (pair != null) {
                mirrored = mirrored == null ? flipped(h, r[0] % 2 == 0 ? 1 : -1, r[1] % 2 == 0 ? 1 : -1) : mirrored;
                if (mirrored.equals(pair[0])) {
                    return flipped(pair[1], -1, 1);
                }
            }
        }
        List<String> order = new ArrayList<>(vars);
        if (field != null) {
            order.add(field.symbol());
        }
        Polynomial chart = PlaneChartExpansion.expand(h, order, r, s, field, deadline);
        done.add(new SoftReference<>(new Polynomial[] {h, chart}));
        return chart;
    }

    /** What determines a chart's expansion besides the polynomial: r, the shift and the number field's minimal polynomial and symbol. */
    private record Expansion(int p, int q, UnivariatePolynomial s, String symbol, UnivariatePolynomial mu) {
    }

    /**
     * A bound on the terms of h in the chart of r: each term {@code x^i y^j} (times a power of a
     * number field's generator) gives j + 1 terms, which are {@code x^(p i + q j) y^k theta^u}
     * with k <= j and u below the field's degree (1 over Q), so there are also at most as many
     * as the distinct {@code p i + q j} times one more than the largest j times that degree.
     */
    long chartSize(Polynomial h, int[] r, int fieldDegree) {
        Set<Monomial> terms = h.termsOver(order(h)).keySet();
        long expanded = terms.stream().mapToLong(m -> m.get(1) + 1L).sum();
        long orders = terms.stream().mapToInt(m -> r[0] * m.get(0) + r[1] * m.get(1)).distinct().count();
        long top = terms.stream().mapToInt(m -> m.get(1)).max().orElse(0);
        return Math.min(expanded, orders * (top + 1) * fieldDegree);
    }
}

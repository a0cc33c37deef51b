package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sltjava.core.Loss;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * K, a product of irreducible factors over Q in the same parameters, split into parts that are
 * each non-negative on the box and whose zero sets do not meet: {@code K = P_1 * ... * P_r}.
 * A factor is proven non-negative when its power is even, or when it has degree 2 and is a
 * positive combination of squares of affine forms ({@link QuadraticSquares}, which also gives
 * its real zero set exactly). The factors not so proven form one part together with the
 * constant: since K >= 0 on the box and the other parts are >= 0 and vanish only on a nowhere
 * dense set, that part is >= 0 on the dense set where the others are positive, hence on the
 * closed box by continuity. Two factors go into one part when the ideals holding their real
 * zeros (the affine forms of a quadratic, else the factor itself) may have a common complex zero
 * (their Groebner basis is not {1}); so the real zero sets of different parts are disjoint. A
 * part that is one non-negative quadratic {@code sum d_k l_k^2} is asked as {@code sum l_k^2},
 * with which it is comparable on the whole box (between the smallest and the largest d_k times
 * it), so that it has the same lambda and m.
 *
 * <p>Theorem used by the rule that answers the parts: at a zero a of K in the box exactly one
 * part P_i vanishes; every other part is >= 0 and non-zero at a, hence a positive analytic unit U
 * near a, and {@code K = P_i U} is comparable with P_i there ({@code c1 P_i <= K <= c2 P_i}), so
 * the volumes {@code {K < eps}} and {@code {P_i < eps}} near a are comparable and the local
 * (lambda, m) are the same. The zeros of K in the box are the disjoint union of the parts' zeros,
 * so the global (lambda, m) of K is the minimum of the parts' global answers, the largest m among
 * the minimisers (Watanabe 2009, Remark 7.2: the global answer is the worst local one).
 *
 * <p>Stated squares {@code K = sum_k f_k^2} are split without factorising K when they form a
 * grid ({@link #ofSquares}): {@code f_k = mu_k a_i b_j} for lists A and B, one square per pair.
 * Then {@code K = sum mu_k^2 a_i^2 b_j^2} lies between {@code min mu_k^2} and {@code max mu_k^2}
 * times {@code (sum_i a_i^2)(sum_j b_j^2)} on the whole box, so the volumes {@code {K < eps}}
 * of the two are comparable and they have the same global (and local) lambda and m; the
 * product's parts are the two sums of squares.
 *
 * @param how how K is the product of the parts (exactly, or up to comparability)
 * @param parts the parts, the simplest (lowest degree) first
 */
public record FactorParts(String how, List<Part> parts) {

    /**
     * One part: the polynomial, its loss (a single square when every power in it is even), why
     * it is non-negative, and whether it is proven to have no real zero at all.
     *
     * @param polynomial the part, constant included
     * @param loss the part as a loss: {@code c (prod g^(e/2))^2}, the squares of a quadratic's
     *     forms, the stated squares of one side of a grid, or the expanded polynomial
     * @param nonNegative the reason the part is >= 0 on the box
     * @param noRealZero whether the part has no real zero (a quadratic whose last form is a non-zero constant)
     */
    public record Part(Polynomial polynomial, Loss loss, String nonNegative, boolean noRealZero) {
    }

    /** Parts copied. */
    public FactorParts {
        parts = List.copyOf(parts);
    }

    /**
     * The split of K (= {@code c prod factors^e}) into at least two parts with disjoint zero
     * sets, or empty when every factor's zero set meets another's (one part), or the constant is
     * negative while every factor is proven non-negative (K would not be >= 0), or the comparison
     * of the zero sets did not end by the deadline.
     */
    public static Optional<FactorParts> of(Polynomial k, Map<Polynomial, Integer> factors, List<String> vars, Deadline deadline) {
        List<Polynomial> fs = new ArrayList<>(factors.keySet());
        int n = fs.size();
        if (n < 2) {
            return Optional.empty();
        }
        Polynomial product = Polynomial.one();
        for (Polynomial f : fs) {
            product = product.multiply(f.pow(factors.get(f)));
        }
        Map.Entry<org.sltjava.core.Monomial, Rational> lead = product.termsOver(vars).entrySet().iterator().next();
        Rational c = k.termsOver(vars).getOrDefault(lead.getKey(), Rational.ZERO).divide(lead.getValue());
        if (c.isZero() || !product.scale(c).equals(k)) {
            return Optional.empty();
        }
        List<List<Polynomial>> ideals = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Optional<QuadraticSquares>> quadratics = new ArrayList<>();
        int[] group = new int[n];
        int unproven = -1;
        for (int i = 0; i < n; i++) {
            group[i] = i;
            Polynomial f = fs.get(i);
            int e = factors.get(f);
            Optional<QuadraticSquares> q = QuadraticSquares.of(f, vars);
            quadratics.add(q);
            if (q.isPresent()) {
                boolean empty = q.get().forms().stream().anyMatch(l -> l.isConstant() && !l.isZero());
                ideals.add(empty ? List.of(Polynomial.one()) : q.get().forms());
                reasons.add(f + " = " + q.get() + " (LDL^T over Q)" + (empty ? ", which has no real zero" : ", with real zero set {"
                        + String.join(", ", q.get().forms().stream().map(l -> l + " = 0").toList()) + "}"));
            } else {
                ideals.add(List.of(f));
                reasons.add(e % 2 == 0 ? "(" + f + ")^" + e + " is an even power" : "");
            }
            if (q.isEmpty() && e % 2 != 0) {
                if (unproven >= 0) {
                    union(group, unproven, i);
                } else {
                    unproven = i;
                }
            }
        }
        if (unproven < 0 && c.signum() < 0) {
            return Optional.empty();
        }
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        try {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (find(group, i) != find(group, j) && !alg.hasNoComplexZero(concat(ideals.get(i), ideals.get(j)))) {
                        union(group, i, j);
                    }
                }
            }
        } catch (Deadline.Exceeded e) {
            return Optional.empty();
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(find(group, i), g -> new ArrayList<>()).add(i);
        }
        if (members.size() < 2) {
            return Optional.empty();
        }
        int withConstant = unproven >= 0 ? find(group, unproven) : find(group, 0);
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> g : members.entrySet()) {
            List<Integer> in = g.getValue();
            Rational scale = g.getKey() == withConstant ? c : Rational.ONE;
            if (in.size() == 1 && factors.get(fs.get(in.getFirst())) == 1 && quadratics.get(in.getFirst()).isPresent()) {
                parts.add(quadratic(scale, fs.get(in.getFirst()), quadratics.get(in.getFirst()).get(), reasons.get(in.getFirst())));
            } else {
                parts.add(part(scale, in, fs, factors, ideals, reasons, unproven >= 0 && g.getKey() == withConstant));
            }
        }
        parts.sort(Comparator.comparingInt(p -> p.polynomial().totalDegree()));
        return Optional.of(new FactorParts("K is the product of the parts (its irreducible factors over Q grouped so)", parts));
    }

    /**
     * A part {@code c F} with F a positive combination {@code sum d_k l_k^2}: asked as
     * {@code sum l_k^2}, with which it is comparable on the whole box
     * ({@code c min d_k sum l_k^2 <= c F <= c max d_k sum l_k^2}), so that the volumes of
     * {@code {K < eps}} are comparable and lambda and m are the same, globally as locally.
     */
    private static Part quadratic(Rational c, Polynomial f, QuadraticSquares q, String reason) {
        boolean noRealZero = q.forms().stream().anyMatch(l -> l.isConstant() && !l.isZero());
        String why = reason + (c.equals(Rational.ONE) ? "" : "; times " + c + " > 0");
        if (noRealZero) {
            return new Part(f.scale(c), Loss.of(f.scale(c)), why, true);
        }
        return new Part(f.scale(c), Loss.sumOfSquares(q.forms()), why + "; asked as the sum of the squares of these forms,"
                + " with which it is comparable on the whole box (between the smallest and the largest weight times it), so"
                + " that the volumes {K < eps} are comparable and lambda and m are the same", false);
    }

    private static Part part(Rational c, List<Integer> members, List<Polynomial> fs, Map<Polynomial, Integer> factors,
            List<List<Polynomial>> ideals, List<String> reasons, boolean byDensity) {
        if (members.size() == 1 && ideals.get(members.getFirst()).equals(List.of(Polynomial.one()))) {
            Polynomial f = fs.get(members.getFirst()).pow(factors.get(fs.get(members.getFirst()))).scale(c);
            return new Part(f, Loss.of(f), reasons.get(members.getFirst()), true);
        }
        Polynomial p = Polynomial.constant(c);
        Polynomial root = Polynomial.constant(Rational.ONE);
        boolean square = c.signum() > 0;
        List<String> why = new ArrayList<>();
        for (int i : members) {
            Polynomial f = fs.get(i);
            int e = factors.get(f);
            p = p.multiply(f.pow(e));
            square &= e % 2 == 0;
            if (square) {
                root = root.multiply(f.pow(e / 2));
            }
            if (!reasons.get(i).isEmpty()) {
                why.add(reasons.get(i));
            }
        }
        String nonNegative = byDensity ? "K >= 0 on the box and every other part is >= 0 there and non-zero on a dense set,"
                + " so this part is >= 0 on the box (continuity)" + (why.isEmpty() ? "" : "; " + String.join("; ", why))
                : String.join("; ", why) + (c.equals(Rational.ONE) ? "" : "; times " + c + " > 0");
        return new Part(p, square ? Loss.sumOfSquares(c, List.of(root)) : Loss.of(p), nonNegative, false);
    }

    /**
     * Stated squares as a grid {@code f_k = mu_k a_i b_j} (see the type's comment) whose two sums
     * of squares have no common complex zero (Groebner basis of A and B together {1}); empty
     * otherwise. A and B are read off the first square f_0: for each non-constant proper divisor
     * a_0 of it among its gcds with the other squares, B is the set of quotients of the squares
     * that a_0 divides, A that of the squares that {@code b_0 = f_0 / a_0} divides, and every
     * square must be a multiple of exactly one product a b, each product occurring once.
     */
    public static Optional<FactorParts> ofSquares(List<Polynomial> squares, List<String> vars, Deadline deadline) {
        List<Polynomial> fs = squares.stream().filter(f -> !f.isZero()).toList();
        if (fs.size() < 2) {
            return Optional.empty();
        }
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        try {
            Polynomial f0 = fs.getFirst();
            List<Polynomial> tried = new ArrayList<>();
            for (int k = 1; k < fs.size(); k++) {
                Polynomial a0 = alg.gcd(f0, fs.get(k));
                if (a0.isConstant() || a0.totalDegree() == f0.totalDegree() || tried.contains(a0)) {
                    continue;
                }
                tried.add(a0);
                Optional<FactorParts> grid = grid(fs, a0, alg);
                if (grid.isPresent()) {
                    return grid;
                }
                Polynomial b0 = monic(alg.quotient(f0, a0).orElseThrow(), vars);
                if (!tried.contains(b0)) {
                    tried.add(b0);
                    grid = grid(fs, b0, alg);
                    if (grid.isPresent()) {
                        return grid;
                    }
                }
            }
        } catch (Deadline.Exceeded e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<FactorParts> grid(List<Polynomial> fs, Polynomial a0, JasAlgebra alg) {
        List<String> vars = alg.variables();
        Polynomial b0 = monic(alg.quotient(fs.getFirst(), a0).orElseThrow(), vars);
        List<Polynomial> as = new ArrayList<>();
        List<Polynomial> bs = new ArrayList<>();
        for (Polynomial f : fs) {
            alg.quotient(f, a0).map(q -> monic(q, vars)).filter(q -> !bs.contains(q)).ifPresent(bs::add);
            alg.quotient(f, b0).map(q -> monic(q, vars)).filter(q -> !as.contains(q)).ifPresent(as::add);
        }
        if (as.size() * bs.size() != fs.size()) {
            return Optional.empty();
        }
        boolean[][] seen = new boolean[as.size()][bs.size()];
        for (Polynomial f : fs) {
            int found = 0;
            for (int i = 0; i < as.size(); i++) {
                Optional<Polynomial> q = alg.quotient(f, as.get(i)).map(x -> monic(x, vars));
                int j = q.isPresent() ? bs.indexOf(q.get()) : -1;
                if (j >= 0) {
                    if (seen[i][j]) {
                        return Optional.empty();
                    }
                    seen[i][j] = true;
                    found++;
                }
            }
            if (found != 1) {
                return Optional.empty();
            }
        }
        if (!alg.hasNoComplexZero(concat(as, bs))) {
            return Optional.empty();
        }
        String how = "the " + fs.size() + " stated squares are f = mu * a * b, one for each pair of a in " + as + " and b in "
                + bs + " (exact divisions), so K = c sum mu^2 a^2 b^2 (c > 0 the stated scale) lies between c times the smallest and the largest mu^2 times"
                + " (sum a^2)(sum b^2) on the whole box: the volumes {K < eps} are comparable, and lambda and m are those of"
                + " this product";
        List<Part> parts = new ArrayList<>();
        for (List<Polynomial> side : List.of(as, bs)) {
            Polynomial sum = Polynomial.zero();
            for (Polynomial g : side) {
                sum = sum.add(g.multiply(g));
            }
            parts.add(new Part(sum, Loss.sumOfSquares(side), "a sum of squares", false));
        }
        parts.sort(Comparator.comparingInt(p -> p.polynomial().totalDegree()));
        return Optional.of(new FactorParts(how, parts));
    }

    private static Polynomial monic(Polynomial p, List<String> vars) {
        return p.scale(p.termsOver(vars).values().iterator().next().reciprocal());
    }

    private static List<Polynomial> concat(List<Polynomial> a, List<Polynomial> b) {
        List<Polynomial> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static int find(int[] group, int i) {
        while (group[i] != i) {
            i = group[i];
        }
        return i;
    }

    private static void union(int[] group, int i, int j) {
        group[find(group, j)] = find(group, i);
    }
}

package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sltjava.core.Box;
import org.sltjava.core.Budget;
import org.sltjava.core.Certificate;
import org.sltjava.core.Interval;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Problem;
import org.sltjava.core.Rational;
import org.sltjava.core.RationalMatrix;
import org.sltjava.core.RlctResult;

/**
 * Stratifications of the zero set Z of K over the box for the global question: Z smooth by rank
 * (Morse-Bott), and Z a union of hypersurfaces {g_i = 0} of one square {@code K = c prod g_i^(2 e_i)}
 * whose special points (singular points and intersections) are solved exactly.
 */
public final class GlobalStrata {

    /** Most c x c minors added to the rank-drop system before giving up. */
    private static final int MAX_MINORS = 600;
    /** Most candidate points tried in the search for a rational zero. */
    private static final int MAX_CANDIDATES = 40_000;

    private GlobalStrata() {
    }

    /**
     * Z smooth by rank: with {@code K = c sum f_i^2}, a generic rank r of the Jacobian of f, no
     * complex zero of f where all r x r minors vanish (Groebner basis {1}) and a zero inside the
     * open box, every zero has a neighbourhood of constant rank r (no larger rank anywhere, no
     * smaller one on Z), so Z is a smooth submanifold of codimension r and K is comparable with
     * |y|^2 in r coordinates there: lambda = r/2, m = 1 at interior zeros, and not less (m not
     * more) at zeros on the box's boundary (a smaller domain). The zero is a rational point (where
     * the rank is checked as well) or a real zero on a slice fixing d - r coordinates
     * ({@link RealZeroWitness}). The weight must be free of zeros on the box.
     */
    public static Optional<RlctResult> morseBott(Question p, SearchContext context, Certificate.Builder cert) {
        Budget budget = context.budget();
        Deadline deadline = context.deadline();
        List<String> vars = p.parameters();
        Optional<List<Polynomial>> fs = Charts.squares(p.loss(), vars, deadline);
        if (fs.isEmpty() || fs.get().isEmpty()) {
            return Optional.empty();
        }
        List<List<Polynomial>> jac = Charts.jacobian(fs.get(), vars);
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        Optional<Map<String, Rational>> rational = rationalZero(fs.get(), vars, p.box());
        int r;
        String witness;
        if (rational.isPresent()) {
            r = RationalMatrix.rank(Charts.evaluate(jac, rational.get()));
            if (r == 0 || alg.genericRank(jac) != r) {
                cert.line("smooth by rank: the Jacobian's rank " + r + " at the zero " + Problem.formatPoint(rational.get())
                        + " is not its generic rank");
                return Optional.empty();
            }
            witness = "K = c * sum f_i^2 vanishes at " + Problem.formatPoint(rational.get()) + " inside the open box, where"
                    + " the Jacobian of f has rank " + r;
        } else {
            r = alg.genericRank(jac);
            Optional<String> w = RealZeroWitness.inOpenBox(fs.get(), vars, p.box(), r, deadline);
            if (r == 0 || w.isEmpty()) {
                cert.line("smooth by rank: no zero of the squares found inside the open box (rational candidates, and slices"
                        + " fixing all but " + r + " coordinates at rational values)");
                return Optional.empty();
            }
            witness = "K = c * sum f_i^2 vanishes inside the open box: " + w.get();
        }
        List<Polynomial> system = new ArrayList<>(fs.get());
        int added = 0;
        for (Polynomial minor : minors(jac, r)) {
            if (minor.isZero()) {
                continue;
            }
            if (budget.expired()) {
                cert.line("smooth by rank: time budget used up after " + added + " minors");
                return Optional.empty();
            }
            system.add(minor);
            added++;
            if (added % 25 == 0 && !budget.expired() && alg.hasNoComplexZero(system)) {
                return Optional.of(smooth(r, witness, added, cert));
            }
            if (added >= MAX_MINORS) {
                break;
            }
        }
        if (!budget.expired() && alg.hasNoComplexZero(system)) {
            return Optional.of(smooth(r, witness, added, cert));
        }
        cert.line("smooth by rank: the rank of the Jacobian may drop to below " + r + " on Z (the system of the squares and "
                + added + " minors has a Groebner basis other than {1}): Z may be singular");
        return Optional.empty();
    }

    private static RlctResult smooth(int r, String witness, int minors, Certificate.Builder cert) {
        Rational lambda = Rational.of(r, 2);
        return RlctResult.exact(lambda, 1, ResolveEngine.NAME, cert.line(witness + "; the Jacobian's generic rank is " + r
                + " (Bareiss elimination over Q(w)), so its rank is at most " + r + " everywhere, and the squares together"
                + " with " + minors + " of its " + r + " x " + r + " minors have no common complex zero (Groebner basis {1}), so"
                + " the rank is " + r + " on a neighbourhood of every zero: Z is smooth of codimension " + r + " and K is"
                + " comparable with |y|^2 in " + r + " coordinates (constant rank theorem); lambda = " + lambda + ", m = 1 at"
                + " every interior zero, and zeros on the box's boundary have no smaller lambda (Morse-Bott; Watanabe 2009)")
                .build());
    }

    /** The r x r minors of the matrix, lazily in lexicographic order of row and column sets. */
    public static Iterable<Polynomial> minors(List<List<Polynomial>> m, int r) {
        List<int[]> rowSets = subsets(m.size(), r);
        List<int[]> colSets = subsets(m.getFirst().size(), r);
        return () -> new java.util.Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < rowSets.size() * colSets.size();
            }

            @Override
            public Polynomial next() {
                int[] rows = rowSets.get(i / colSets.size());
                int[] cols = colSets.get(i % colSets.size());
                i++;
                return determinant(m, rows, cols);
            }
        };
    }

    /** The k-element subsets of {0, ..., n-1}, in lexicographic order. */
    static List<int[]> subsets(int n, int k) {
        List<int[]> out = new ArrayList<>();
        int[] s = new int[k];
        for (int i = 0; i < k; i++) {
            s[i] = i;
        }
        while (k <= n) {
            out.add(s.clone());
            int i = k - 1;
            while (i >= 0 && s[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                break;
            }
            s[i]++;
            for (int j = i + 1; j < k; j++) {
                s[j] = s[j - 1] + 1;
            }
        }
        return out;
    }

    /** The minor of m in the given rows and columns (Laplace expansion along the first row). */
    static Polynomial determinant(List<List<Polynomial>> m, int[] rows, int[] cols) {
        if (rows.length == 1) {
            return m.get(rows[0]).get(cols[0]);
        }
        Polynomial det = Polynomial.zero();
        int[] restRows = java.util.Arrays.copyOfRange(rows, 1, rows.length);
        for (int j = 0; j < cols.length; j++) {
            Polynomial a = m.get(rows[0]).get(cols[j]);
            if (a.isZero()) {
                continue;
            }
            int[] restCols = new int[cols.length - 1];
            for (int c = 0, t = 0; c < cols.length; c++) {
                if (c != j) {
                    restCols[t++] = cols[c];
                }
            }
            Polynomial sub = a.multiply(determinant(m, restRows, restCols));
            det = j % 2 == 0 ? det.add(sub) : det.subtract(sub);
        }
        return det;
    }

    /**
     * A rational common zero of the polynomials inside the open box: points whose coordinates
     * come from growing palettes ({1}, {1, -1}, then halves and twos) with few non-zero entries
     * first, within {@link #MAX_CANDIDATES}.
     */
    public static Optional<Map<String, Rational>> rationalZero(List<Polynomial> fs, List<String> vars, Box box) {
        List<List<Rational>> palettes = List.of(List.of(Rational.ONE), List.of(Rational.ONE, Rational.MINUS_ONE),
                List.of(Rational.ONE, Rational.MINUS_ONE, Rational.HALF, Rational.of(-1, 2), Rational.of(2), Rational.of(-2)));
        int d = vars.size();
        int[] tried = {0};
        for (List<Rational> palette : palettes) {
            for (int k = 0; k <= d; k++) {
                for (int[] support : subsets(d, k)) {
                    Optional<Map<String, Rational>> z = assign(fs, vars, box, palette, support, 0, new Rational[d], tried);
                    if (z.isPresent()) {
                        return z;
                    }
                    if (tried[0] > MAX_CANDIDATES) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Map<String, Rational>> assign(List<Polynomial> fs, List<String> vars, Box box, List<Rational> palette,
            int[] support, int at, Rational[] values, int[] tried) {
        if (at == support.length) {
            tried[0]++;
            Map<String, Rational> point = new LinkedHashMap<>();
            for (int i = 0; i < vars.size(); i++) {
                point.put(vars.get(i), Rational.ZERO);
            }
            for (int s : support) {
                point.put(vars.get(s), values[s]);
            }
            for (Map.Entry<String, Rational> e : point.entrySet()) {
                if (!box.range(e.getKey()).containsInterior(e.getValue())) {
                    return Optional.empty();
                }
            }
            return fs.stream().allMatch(f -> f.evaluate(point).isZero()) ? Optional.of(point) : Optional.empty();
        }
        for (Rational v : palette) {
            values[support[at]] = v;
            Optional<Map<String, Rational>> z = assign(fs, vars, box, palette, support, at + 1, values, tried);
            if (z.isPresent() || tried[0] > MAX_CANDIDATES) {
                return z;
            }
        }
        return Optional.empty();
    }

    /**
     * Z a union of hypersurfaces: {@code K = c f^2}, {@code f = prod g_i^(e_i)} irreducible over Q.
     * A zero of K in the box is either special (a singular point of some {g_i = 0} or a point of
     * two of them) or a smooth point of exactly one {g_i = 0}, where {@code y = g_i} is a
     * coordinate and K = y^(2 e_i) times a positive unit: lambda = 1/(2 e_i), m = 1 inside the
     * box, not less (m not more) on its boundary. Special points are solved exactly: rational ones
     * are analysed locally, irrational singular points must lie outside the box, and an
     * intersection without rational solutions must be a normal crossing of exactly two components
     * ({@link #crossing}). A stratum counts with its value once a point of it inside the open box
     * is exhibited ({@link RealZeroWitness}); otherwise its points in the box could only have a
     * larger lambda, or the same with no larger m, which must not change the answer.
     */
    public static RlctResult byFactors(Question p, Polynomial f, Function<Map<String, Rational>, RlctResult> local,
            Deadline deadline, Certificate.Builder cert) {
        List<String> vars = p.parameters();
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        Map<Polynomial, Integer> factors = alg.factors(f);
        cert.line("K = c f^2 with f = " + f + " = const * " + describeFactors(factors));
        List<Polynomial> gs = new ArrayList<>(factors.keySet());
        Set<Map<String, Rational>> special = new LinkedHashSet<>();
        for (Polynomial g : gs) {
            List<Polynomial> system = new ArrayList<>();
            system.add(g);
            vars.forEach(v -> system.add(g.derivative(v)));
            if (!solveSpecial(system, "singular points of {" + g + " = 0}", vars, p.box(), special, deadline, cert)) {
                return Charts.finish(null, cert);
            }
        }
        StrataMinimum strata = new StrataMinimum();
        for (int i = 0; i < gs.size(); i++) {
            for (int j = i + 1; j < gs.size(); j++) {
                List<Polynomial> pair = List.of(gs.get(i), gs.get(j));
                String name = "intersection of {" + gs.get(i) + " = 0} and {" + gs.get(j) + " = 0}";
                Optional<List<Map<String, Rational>>> sol = alg.rationalRealSolutions(pair);
                if (sol.isPresent()) {
                    cert.line(name + ": " + (sol.get().isEmpty() ? "none (Groebner basis and elimination)"
                            : sol.get().stream().map(Problem::formatPoint).toList()
                                    + " (Groebner basis, rational roots of the eliminant)"));
                    special.addAll(sol.get());
                } else if (!crossing(p, gs, i, j, factors, strata, deadline, cert)) {
                    return Charts.finish(null, cert.line("the " + name + " has no rational solution set and is not"
                            + " proven a normal crossing of two components: this part of Z is not stratified"));
                }
            }
        }
        Rational bound = null;
        for (Map<String, Rational> point : special) {
            if (!p.box().contains(point)) {
                cert.line("special point " + Problem.formatPoint(point) + " lies outside the box");
                continue;
            }
            RlctResult r = local.apply(point);
            cert.nest("special point " + Problem.formatPoint(point) + ": " + r, r.certificate());
            if (!r.isExact()) {
                bound = Charts.min(bound, r.lambdaUpper().orElse(null));
                if (r.lambdaUpper().isEmpty()) {
                    return Charts.finish(bound, cert.line("the special point " + Problem.formatPoint(point)
                            + " is unresolved"));
                }
                continue;
            }
            strata.attained(r.lambda().orElseThrow(), r.m().orElseThrow());
        }
        for (Polynomial g : gs) {
            Rational value = Rational.of(1, 2L * factors.get(g));
            List<Polynomial> others = gs.stream().filter(o -> !o.equals(g)).toList();
            Optional<String> w = RealZeroWitness.smoothPointOf(g, others, vars, p.box(), deadline);
            if (w.isPresent()) {
                cert.line("component {" + g + " = 0} (multiplicity " + factors.get(g) + "): " + w.get() + "; at its smooth"
                        + " points on no other component lambda = 1/(2*" + factors.get(g) + ") = " + value + ", m = 1");
                strata.attained(value, 1);
            } else {
                cert.line("component {" + g + " = 0}: no non-special zero inside the open box was exhibited; its"
                        + " non-special zeros in the box would have lambda >= " + value + " (m = 1 at equality)");
                strata.atMostAsBad(value, 1);
            }
        }
        if (strata.lambda().isEmpty()) {
            return Charts.finish(bound, cert.line("no zero of K inside the box was exhibited"));
        }
        Rational best = strata.lambda().get();
        if (bound != null) {
            return Charts.finish(Charts.min(bound, best), cert.line("a special point in the box is not"
                    + " exact, and its lambda, only bounded above, might be below " + best));
        }
        if (!strata.settled()) {
            return Charts.finish(best, cert.line("a stratum without a witness might have a smaller lambda than "
                    + best + ", or the same with a larger m"));
        }
        cert.line("every zero in the box is special (analysed above) or a smooth point of one component: global lambda = "
                + best + ", m = " + strata.m() + " (the largest m among the minimisers)");
        return RlctResult.exact(best, strata.m(), ResolveEngine.NAME, cert.build());
    }

    /**
     * Adds the real solutions of a special system to {@code special}: its rational solutions, or
     * (for irrational ones) those exactly solved and located outside the box, which are dropped.
     * False, with the reason in the certificate, when some solution may lie in the box without
     * being rational, or the system could not be solved.
     */
    private static boolean solveSpecial(List<Polynomial> system, String name, List<String> vars, Box box,
            Set<Map<String, Rational>> special, Deadline deadline, Certificate.Builder cert) {
        Optional<List<Map<String, Rational>>> rational = JasAlgebra.over(vars, deadline).rationalRealSolutions(system);
        if (rational.isPresent()) {
            cert.line(name + ": " + (rational.get().isEmpty() ? "none (Groebner basis and elimination)"
                    : rational.get().stream().map(Problem::formatPoint).toList() + " (Groebner basis, rational roots of the eliminant)"));
            special.addAll(rational.get());
            return true;
        }
        Optional<RealSolutions> sol = RealSolutions.of(system, vars, deadline);
        if (sol.isEmpty()) {
            cert.line("the " + name + " could not be solved exactly (not zero-dimensional, or no separating variable): this"
                    + " part of Z is not stratified");
            return false;
        }
        for (RealAlgebraicPoint point : sol.get().points()) {
            Optional<Map<String, Rational>> exact = point.rational();
            RealAlgebraicPoint.Location where = point.locate(box);
            if (exact.isPresent()) {
                special.add(exact.get());
            } else if (where != RealAlgebraicPoint.Location.OUTSIDE) {
                cert.line("the " + name + " include the irrational point " + point.tightened() + " (" + sol.get().describe() + "), not"
                        + " shown outside the box (" + where + "): its local analysis needs arithmetic in a number field");
                return false;
            }
        }
        cert.line(name + ": " + sol.get().describe() + "; every irrational one lies outside the closed box (interval"
                + " enclosures of the coordinates)");
        return true;
    }

    /**
     * The intersection of {g_i = 0} and {g_j = 0} as a normal crossing: when g_i, g_j and the 2 x 2
     * minors of their gradients have no common complex zero, and no third component meets
     * both (Groebner bases {1}), then at every common zero (rational or not, of any dimension)
     * g_i and g_j are part of a coordinate system and K = unit * g_i^(2 e_i) g_j^(2 e_j):
     * lambda = min(1/(2 e_i), 1/(2 e_j)) with m = 2 when e_i = e_j, else 1 (the monomial rule).
     * The value counts when a common zero inside the open box is exhibited; a crossing proven to
     * miss the closed box adds nothing; otherwise its value is a bound (boundary points have no
     * smaller lambda and no larger m). False when the crossing is not proven normal.
     */
    private static boolean crossing(Question p, List<Polynomial> gs, int i, int j, Map<Polynomial, Integer> factors,
            StrataMinimum strata, Deadline deadline, Certificate.Builder cert) {
        List<String> vars = p.parameters();
        JasAlgebra alg = JasAlgebra.over(vars, deadline);
        Polynomial gi = gs.get(i);
        Polynomial gj = gs.get(j);
        List<Polynomial> rankDrop = new ArrayList<>(List.of(gi, gj));
        for (int a = 0; a < vars.size(); a++) {
            for (int b = a + 1; b < vars.size(); b++) {
                rankDrop.add(gi.derivative(vars.get(a)).multiply(gj.derivative(vars.get(b)))
                        .subtract(gi.derivative(vars.get(b)).multiply(gj.derivative(vars.get(a)))));
            }
        }
        if (!alg.hasNoComplexZero(rankDrop)) {
            return false;
        }
        for (int k = 0; k < gs.size(); k++) {
            if (k != i && k != j && !alg.hasNoComplexZero(List.of(gi, gj, gs.get(k)))) {
                return false;
            }
        }
        int ei = factors.get(gi);
        int ej = factors.get(gj);
        Rational lambda = Rational.of(1, 2L * Math.max(ei, ej));
        int m = ei == ej ? 2 : 1;
        String name = "{" + gi + " = 0} and {" + gj + " = 0}";
        cert.line(name + " cross normally: with the 2 x 2 minors of their gradients they have no common complex zero, and"
                + " no other component meets both (Groebner bases {1}); at each common zero K = unit * g_i^" + 2 * ei
                + " g_j^" + 2 * ej + " in coordinates containing g_i, g_j: lambda = min(1/" + 2 * ei + ", 1/" + 2 * ej + ") = "
                + lambda + ", m = " + m + " (monomial rule)");
        Optional<RealSolutions> sol = vars.size() == 2 ? RealSolutions.of(List.of(gi, gj), vars, deadline) : Optional.empty();
        if (sol.isPresent()) {
            List<RealAlgebraicPoint.Location> where = sol.get().points().stream().map(x -> x.locate(p.box())).toList();
            cert.line("the crossing points: " + sol.get().describe() + "; located " + where);
            if (where.contains(RealAlgebraicPoint.Location.INSIDE)) {
                strata.attained(lambda, m);
            } else if (!where.stream().allMatch(RealAlgebraicPoint.Location.OUTSIDE::equals)) {
                strata.atMostAsBad(lambda, m);
            }
            return true;
        }
        Optional<String> w = RealZeroWitness.inOpenBox(List.of(gi, gj), vars, p.box(), 2, deadline);
        if (w.isPresent()) {
            cert.line("a crossing point inside the open box: " + w.get());
            strata.attained(lambda, m);
        } else {
            cert.line("no crossing point inside the open box was exhibited: crossing points in the box would have lambda >= "
                    + lambda + " (m <= " + m + " at equality)");
            strata.atMostAsBad(lambda, m);
        }
        return true;
    }

    private static String describeFactors(Map<Polynomial, Integer> factors) {
        StringBuilder sb = new StringBuilder();
        factors.forEach((g, e) -> sb.append(sb.isEmpty() ? "" : " * ").append('(').append(g).append(")^").append(e));
        return sb.toString();
    }
}

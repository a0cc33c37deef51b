package org.sltjava.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sltjava.core.Monomial;
import org.sltjava.core.Polynomial;
import org.sltjava.core.Rational;

/**
 * Non-negative weights q under which K and the weight are quasi-homogeneous: every term of K has
 * the same weighted degree {@code <q, alpha> = D > 0}, and every term of the weight the same
 * degree e. The scaling {@code w -> t^q w} then multiplies K by {@code t^D} and the weight by
 * {@code t^e}. Among all such q the one returned has the largest support (the parameters that
 * scale), found by an exact linear program.
 */
public record QuasiHomogeneity(Rational[] q, Rational degree) {

    /** Whether every parameter scales. */
    public boolean isPositive() {
        return Arrays.stream(q).allMatch(x -> x.signum() > 0);
    }

    /** Whether parameter j scales. */
    public boolean scales(int j) {
        return q[j].signum() > 0;
    }

    /** The weighted degree of p, or empty when its terms have different weighted degrees (zero for a constant). */
    public Optional<Rational> degreeOf(Polynomial p, List<String> vars) {
        Rational d = null;
        for (Monomial m : p.termsOver(vars).keySet()) {
            Rational e = Rational.ZERO;
            for (int j = 0; j < q.length; j++) {
                e = e.add(q[j].multiply(Rational.of(m.get(j))));
            }
            if (d != null && !d.equals(e)) {
                return Optional.empty();
            }
            d = e;
        }
        return Optional.of(d == null ? Rational.ZERO : d);
    }

    /**
     * The weights of largest support for K and the weight over {@code vars}, with q_j = 0 where
     * {@code mayScale[j]} is false, or empty when only q = 0 works or K has weighted degree 0.
     * The program: maximise {@code sum s_j} over
     * {@code q >= s >= 0}, {@code s <= 1}, {@code <q, alpha - beta> = 0} for the terms of K and of
     * the weight. The feasible q form a cone closed under addition, so the optimum has
     * {@code s_j = 1} exactly on the largest support.
     */
    public static Optional<QuasiHomogeneity> of(Polynomial k, Polynomial weight, List<String> vars, boolean[] mayScale) {
        int n = vars.size();
        if (n == 0 || !k.constantTerm().isZero()) {
            return Optional.empty();
        }
        Set<List<Integer>> diffs = new LinkedHashSet<>();
        for (Polynomial poly : List.of(k, weight)) {
            List<Monomial> terms = new ArrayList<>(poly.termsOver(vars).keySet());
            for (int i = 1; i < terms.size(); i++) {
                List<Integer> d = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    d.add(terms.get(i).get(j) - terms.getFirst().get(j));
                }
                diffs.add(d);
            }
        }
        int cols = 4 * n;
        List<Rational[]> rows = new ArrayList<>();
        List<Rational> rhs = new ArrayList<>();
        for (List<Integer> d : diffs) {
            Rational[] row = zeros(cols);
            for (int j = 0; j < n; j++) {
                row[j] = Rational.of(d.get(j));
            }
            rows.add(row);
            rhs.add(Rational.ZERO);
        }
        for (int j = 0; j < n; j++) {
            Rational[] slack = zeros(cols);
            slack[j] = Rational.ONE;
            slack[n + j] = Rational.ONE.negate();
            slack[2 * n + j] = Rational.ONE.negate();
            rows.add(slack);
            rhs.add(Rational.ZERO);
            Rational[] cap = zeros(cols);
            cap[n + j] = Rational.ONE;
            cap[3 * n + j] = Rational.ONE;
            rows.add(cap);
            rhs.add(Rational.ONE);
            if (!mayScale[j]) {
                Rational[] pin = zeros(cols);
                pin[j] = Rational.ONE;
                rows.add(pin);
                rhs.add(Rational.ZERO);
            }
        }
        Rational[] objective = zeros(cols);
        for (int j = 0; j < n; j++) {
            objective[n + j] = Rational.ONE;
        }
        ExactLp.Solution s = ExactLp.maximize(rows.toArray(Rational[][]::new), rhs.toArray(Rational[]::new), objective);
        if (!s.isOptimal() || s.value().isZero()) {
            return Optional.empty();
        }
        Rational[] q = Arrays.copyOf(s.x(), n);
        QuasiHomogeneity h = new QuasiHomogeneity(q, Rational.ZERO);
        Optional<Rational> kd = h.degreeOf(k, vars);
        if (kd.isEmpty() || kd.get().signum() <= 0 || h.degreeOf(weight, vars).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new QuasiHomogeneity(q, kd.get()));
    }

    private static Rational[] zeros(int n) {
        Rational[] r = new Rational[n];
        Arrays.fill(r, Rational.ZERO);
        return r;
    }
}
